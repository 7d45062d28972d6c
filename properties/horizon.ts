import type { Fault } from "../src/faults/schedule.ts"
import { kindOf } from "../src/faults/kinds/index.ts"
import type { Observation } from "../src/sim/observations.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { TCP_MIN_RTO_US } from "../src/net/tcp-params.ts"
import { defaultPolicy, policyCeilingUs } from "../src/policy/index.ts"

/**
 * The fault horizon of a run (TigerBeetle's VOPR idea): the instant after
 * which no fault acts any more and everything a fault disturbed has been
 * repaired. Every run has one; a fault-free run's is before it starts. After
 * the horizon plus the time the protocol needs to settle, the system must
 * converge as if nothing had happened since (properties/progress.ts).
 *
 * When a fault acts comes from the run (its `crash`, `pause` and `fault-acted` facts);
 * a windowed fault that acted lasts to the end of its window; a lost
 * segment or packet is repaired a retransmission later. A fault in the
 * schedule that never acted moves nothing.
 */
export interface Horizon {
  /** When the first fault acted (Infinity if none did): the run is fault-free before it. */
  firstFault: number
  /** By when the protocol has recovered from every fault that acted (-1 if none did; see recoveryUs). */
  healed: number
  /** From `healed` on, plus one checkpoint's worst case, the protocol must run as if nothing had happened. */
  settleUs: number
}

/** The longest epoch the scenario's checkpoint policy can allow (its declared ceiling). */
export const longestEpochUs = (s: Scenario): number => policyCeilingUs(s.policy ?? defaultPolicy, s.host)

/** The largest response the guest sends, in any of its phases. */
export const largestResponseBytes = (s: Scenario): number => Math.max(s.host.workload.maxResponseBytes, ...(s.host.workload.phases ?? []).map((p) => p.maxResponseBytes ?? 0))

/** Scheduling slack on top of every computed bound. */
export const SLACK_US = 1000

export const horizonOf = (scenario: Scenario, faults: readonly Fault[], facts: readonly Observation[], except?: Observation): Horizon => {
  const r = recoveryUs(scenario)
  let first = Infinity
  let last = -1
  const acted = new Set<string>()
  for (const f of facts) {
    if (f === except) continue
    if (f.kind === "crash") last = Math.max(last, f.t + (f.host === "primary" ? r.primaryCrash : r.backupCrash))
    // A paused host is as good as dead until it wakes, and then it must catch up.
    else if (f.kind === "pause") last = Math.max(last, f.untilUs + r.lostMessage)
    else if (f.kind === "fault-acted") {
      // A window struck at a protocol point (a partition) heals at its end, like a scheduled one.
      last = Math.max(last, (f.untilUs ?? f.t) + r.lostMessage)
      acted.add(f.fault)
    } else continue
    first = Math.min(first, f.t)
  }
  // A window that acted heals at its end, and what it held back is recovered after that.
  for (const f of faults) {
    const w = acted.has(f.kind) ? kindOf(f).window?.(f) : undefined
    if (w) last = Math.max(last, w.atUs + w.durationUs + r.lostMessage)
  }
  return { firstFault: first, healed: last, settleUs: checkpointBoundUs(scenario) }
}

/**
 * How long the protocol may take to recover from each kind of fault, worst
 * case. A failover: the backup hears nothing for its detection timeout,
 * claims the activation record, restores and resumes; a client request the
 * dead primary swallowed is sent again after the client's timeout, which
 * may have backed off once (2 x minimum RTO after the resume). A dead
 * backup: the primary's detector runs from its next checkpoint (within an
 * epoch), then it claims and releases what it held. A lost segment or
 * packet is resent an RTO later, by which time the silence may have made
 * either host fail over: that recovery on top.
 */
export const recoveryUs = (s: Scenario) => {
  const failover = s.link.latencyUs + s.host.detectionTimeoutUs + 2 * s.host.storageLatencyUs + s.host.restoreUs + 2 * s.client.minRtoUs + SLACK_US
  const resend = Math.max(TCP_MIN_RTO_US, s.client.minRtoUs) + s.link.latencyUs + s.clientPath.latencyUs
  return {
    primaryCrash: failover,
    backupCrash: longestEpochUs(s) + s.host.detectionTimeoutUs + 2 * s.host.storageLatencyUs + s.host.releaseLatencyUs + SLACK_US,
    lostMessage: resend + failover,
  }
}

/**
 * The most one checkpoint can carry: every page raw (a record is 4104 bytes,
 * its share of part and commit headers under 100), the epoch's held output
 * (a response per client, with segment headers), with a file workload every
 * cached block written back, with real TCP the send buffers and the held
 * speculative output.
 */
export const checkpointBytesBound = (s: Scenario): number => {
  const w = s.host.workload
  const output = s.clients * 2 * (largestResponseBytes(s) + 1024)
  const disk = w.files ? Math.ceil(s.host.pages * w.files.cacheShare) * (4096 + 64) : 0
  const tcp = s.tcp ? s.clients * s.tcp.guestSendBufferBytes + s.tcp.specBufferBytes : 0
  return s.host.pages * 4200 + output + disk + tcp + 4096
}

/**
 * The longest one checkpoint may take from the moment it is due to its
 * acknowledgement, whatever else is going on: an epoch and the pause of a
 * capture of every page, the whole memory across the link (with its
 * headers), applied page by page, both latencies, and the release.
 */
export const checkpointBoundUs = (s: Scenario): number => {
  const h = s.host
  const pages = h.pages
  const pause = h.pauseBaseUs + h.pauseUsPerPage * pages
  const transfer = Math.ceil((checkpointBytesBound(s) * 1_000_000) / s.link.bytesPerSecond)
  return longestEpochUs(s) + pause + transfer + Math.ceil(pages * h.applyUsPerPage) + 2 * s.link.latencyUs + h.releaseLatencyUs + SLACK_US
}
