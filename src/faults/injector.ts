import type { Actor, Sim, SimEvent } from "../sim/kernel.ts"
import type { HostId } from "../sim/observations.ts"
import type { Fault, ProtocolPoint } from "./schedule.ts"
import { pointKey } from "./reach.ts"

type PointFault = Extract<Fault, { kind: "crash-at" }>

/** What the injector acts on: the hosts it can crash and the link it can cut. */
export interface FaultTargets {
  hosts: Partial<Record<HostId, { crash(): void }>>
  link: { disconnect(): void }
}

/**
 * The kernel's hand that applies a VM's fault schedule (the faults that act
 * on a host or the whole link; link and client faults that shape single
 * segments are applied by the link and the client network as segments pass).
 * Timed faults are events of this actor, `faults`; a crash attached to a
 * protocol point strikes when a host reports reaching that point, inside the
 * same step, so nothing the host would have done next happens. A host does
 * not receive its crash as a message it could ignore: the injector calls it.
 */
export class FaultInjector implements Actor {
  readonly id = "faults"
  private readonly pending: PointFault[]
  private targets: FaultTargets | undefined
  /** The protocol points the run reached (for Reach). */
  readonly points = new Set<number>()

  constructor(
    private readonly sim: Sim,
    faults: readonly Fault[],
  ) {
    this.pending = faults.filter((f): f is PointFault => f.kind === "crash-at")
    for (const f of faults) {
      if (f.kind === "crash") sim.schedule(f.atUs, this.id, { type: "fault.crash", host: f.host } as SimEvent)
      if (f.kind === "link-disconnect") sim.schedule(f.atUs, this.id, { type: "fault.disconnect" })
    }
  }

  /** The hosts and link of this VM, once they exist. */
  attach(targets: FaultTargets): void {
    this.targets = targets
  }

  deliver(event: SimEvent): void {
    if (event.type === "fault.crash") this.targets?.hosts[(event as SimEvent & { host: HostId }).host]?.crash()
    else if (event.type === "fault.disconnect") this.targets?.link.disconnect()
  }

  state(): string {
    return this.pending.length ? `armed:${this.pending.length}` : "idle"
  }

  reached(point: ProtocolPoint, epoch: number): void {
    this.points.add(pointKey(point, epoch))
    if (this.pending.length === 0) return
    for (const f of [...this.pending]) {
      if (f.point !== point || (point !== "during-failover" && f.epoch !== epoch)) continue
      this.pending.splice(this.pending.indexOf(f), 1)
      this.sim.note(f.host, { type: "fault.crash", at: `${point}${point === "during-failover" ? "" : `:${epoch}`}` } as SimEvent, "crashing")
      this.targets?.hosts[f.host]?.crash()
    }
  }
}
