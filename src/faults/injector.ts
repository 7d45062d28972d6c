import { addressOf, type Actor, type Sim } from "../sim/kernel.ts"
import type { HostId } from "../sim/observations.ts"
import type { FaultTargets, InjectorEvent } from "./kind.ts"
import { kindOf } from "./kinds/index.ts"
import { pointKey, type ProtocolPoint } from "./points.ts"
import type { Fault } from "./schedule.ts"

export type { FaultTargets } from "./kind.ts"

type Armed = { host: HostId; point: string; epoch: number | undefined }

/**
 * The kernel's hand that applies a VM's fault schedule: the kinds that act
 * at an instant (`timed`) or at a protocol point (`atPoint`); link and
 * client faults that shape single segments are applied by the link and the
 * client network as segments pass. Timed faults are events of this actor,
 * `faults`; a crash attached to a protocol point strikes when a host reports
 * reaching that point, inside the same step, so nothing the host would have
 * done next happens. A host does not receive its crash as a message it
 * could ignore: the injector calls it.
 */
export class FaultInjector implements Actor<InjectorEvent> {
  readonly id = "faults"
  private readonly pending: Armed[] = []
  /** Each scheduled event and what it does when it comes due. */
  private readonly due = new Map<InjectorEvent, (t: FaultTargets) => void>()
  private targets: FaultTargets | undefined
  /** The protocol points the run reached (for Reach). */
  readonly points = new Set<number>()

  constructor(
    private readonly sim: Sim,
    faults: readonly Fault[],
  ) {
    for (const f of faults) {
      const kind = kindOf(f)
      const armed = kind.atPoint?.(f)
      if (armed) this.pending.push(armed)
      if (kind.timed && "atUs" in f) {
        const { event, act } = kind.timed
        const e = event(f)
        this.due.set(e, (t) => act(t, f))
        sim.schedule(f.atUs, addressOf<InjectorEvent>(this), e)
      }
    }
  }

  /** The hosts and link of this VM, once they exist. */
  attach(targets: FaultTargets): void {
    this.targets = targets
  }

  deliver(event: InjectorEvent): void {
    const act = this.due.get(event)
    if (act && this.targets) act(this.targets)
  }

  state(): string {
    return this.pending.length ? `armed:${this.pending.length}` : "idle"
  }

  reached(point: ProtocolPoint, epoch: number): void {
    this.points.add(pointKey(point, epoch))
    if (this.pending.length === 0) return
    for (const f of [...this.pending]) {
      if (f.point !== point || (f.epoch !== undefined && f.epoch !== epoch)) continue
      this.pending.splice(this.pending.indexOf(f), 1)
      const crash = { type: "fault.crash", at: `${point}${f.epoch === undefined ? "" : `:${epoch}`}` }
      this.sim.note(f.host, crash, "crashing")
      this.targets?.hosts[f.host]?.crash()
    }
  }
}
