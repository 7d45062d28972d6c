import type { Observation } from "../src/sim/observations.ts"
import type { Verdict } from "./property.ts"

/**
 * The facts most properties read, folded once and in one way: what the
 * primary captured and when, which checkpoints arrived whole and were
 * acknowledged, what the backup restored and when it resumed, who holds the
 * activation record, what output the world has seen. A property walks the
 * trace with it (`walk`) and judges each fact against what was known just
 * before it, instead of re-deriving these itself.
 */
export class Projection {
  /** Epochs whose acknowledgement reached the primary. */
  readonly acked = new Set<number>()
  /** The primary's capture times, in order (a packet's epoch is the number of captures before its newest byte). */
  readonly captureTimes: number[] = []
  /** Each captured epoch's state digest (ground truth recorded at capture). */
  readonly captureDigest = new Map<number, string>()
  /** Checkpoints that arrived at the backup completely. */
  readonly complete = new Set<number>()
  /** With speculation: per epoch, the stream bytes the primary's hypervisor owned when its barrier closed. */
  readonly owedAt = new Map<number, Record<string, [number, number]>>()
  /** The epoch the backup restored (-1: none). */
  restored = -1
  /** When a restored guest first ran (Infinity: never). */
  resumedAt = Infinity
  /** The primary won the activation record exclusively: there is no replica left. */
  primaryAlone = false
  /** The newest epoch whose output the world saw from the primary: a packet, or a protected write on shared storage. */
  newestSeen = -1
  /** When the backup first released a packet (-1: never). */
  backupReleasingSince = -1

  /** The epoch whose state produced a byte made at `producedAt`: the number of primary captures strictly before it. */
  epochOf(producedAt: number): number {
    // Capture times ascend: binary search (judging runs this for every packet of every run).
    let lo = 0
    let hi = this.captureTimes.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.captureTimes[mid] < producedAt) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  add(f: Observation): void {
    switch (f.kind) {
      case "capture":
        if (f.host !== "primary") return
        this.captureTimes.push(f.t)
        this.captureDigest.set(f.epoch, f.digest)
        return
      case "checkpoint-sent":
        if (f.owes) this.owedAt.set(f.epoch, f.owes)
        return
      case "checkpoint-complete":
        this.complete.add(f.epoch)
        return
      case "ack-received":
        this.acked.add(f.epoch)
        return
      case "restore":
        this.restored = f.epoch
        return
      case "resumed":
        this.resumedAt = Math.min(this.resumedAt, f.t)
        return
      case "lease":
        if (f.granted && f.host === "primary") this.primaryAlone = true
        return
      case "packet-out":
        if (f.host === "primary") this.newestSeen = Math.max(this.newestSeen, f.epoch)
        else if (this.backupReleasingSince < 0) this.backupReleasingSince = f.t
        return
      case "storage-land":
        if (f.host === "primary" && f.mode === "protected") this.newestSeen = Math.max(this.newestSeen, f.epoch)
        return
      // Facts the projection does not fold (the properties that need them read them themselves).
      case "apply":
      case "ack-sent":
      case "client-recv":
      case "crash":
      case "claim":
      case "failover-detected":
      case "failover-refused":
      case "unprotected":
      case "disk-write":
      case "admission":
      case "backup-charge":
      case "file-ops":
      case "cow-copies":
      case "soft-rebuilt":
      case "fault-acted":
      case "pause":
      case "fiber-died":
      case "quiescent":
      case "presend":
      case "early-apply":
      case "slave-hashes":
      case "slave-need":
        return
      default:
        // A plain switch (judging runs it for every fact of every run), exhaustive all the same: a new fact is a compile error here.
        return f satisfies never
    }
  }
}

/** Judge each fact in order against the projection as it stood just before it; the first failure, if any. */
export const walk = (facts: readonly Observation[], judge: (f: Observation, p: Projection) => Verdict | undefined): Verdict | undefined => {
  const p = new Projection()
  for (const f of facts) {
    const v = judge(f, p)
    if (v) return v
    p.add(f)
  }
  return undefined
}
