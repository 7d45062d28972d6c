import type { Sim } from "../sim/kernel.ts"
import type { HostId } from "../sim/observations.ts"
import type { Fault, ProtocolPoint } from "./schedule.ts"

type PointFault = Extract<Fault, { kind: "crash-at" }>

/**
 * Crashes attached to named protocol points. Hosts call `reached` as they pass
 * a point; a matching fault crashes its host at once, inside the same step, so
 * nothing the host would have done next happens. Each fault fires once.
 */
export class FaultInjector {
  private readonly pending: PointFault[]
  private readonly crash: (host: HostId, why: string) => void

  constructor(kernel: Sim, faults: readonly Fault[]) {
    this.pending = faults.filter((f): f is PointFault => f.kind === "crash-at")
    this.crash = (host, why) => {
      kernel.note(host, { type: "fault.crash", at: why } as never, "crashing")
      kernel.actor(host).deliver({ type: "fault.crash" })
    }
  }

  reached(point: ProtocolPoint, epoch: number): void {
    if (this.pending.length === 0) return
    for (const f of [...this.pending]) {
      if (f.point !== point || (point !== "during-failover" && f.epoch !== epoch)) continue
      this.pending.splice(this.pending.indexOf(f), 1)
      this.crash(f.host, `${point}${point === "during-failover" ? "" : `:${epoch}`}`)
    }
  }
}
