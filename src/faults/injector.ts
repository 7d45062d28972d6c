import { addressOf, type Actor, type Sim } from "../sim/kernel.ts"
import type { FaultTargets, InjectorEvent, Strike } from "./kind.ts"
import { kindOf } from "./kinds/index.ts"
import { pointKey, type ProtocolPoint } from "./points.ts"
import type { Fault } from "./schedule.ts"

export type { FaultTargets } from "./kind.ts"

type Armed = { point: string; epoch: number | undefined; strike: Strike; kind: string }

/**
 * The kernel's hand that applies a VM's fault schedule: the kinds that act
 * at an instant (`timed`), at a protocol point (`atPoint`) or at an event of
 * the run (`atEvent`); link and client faults that shape single segments are
 * applied by the link and the client network as segments pass. Timed faults
 * are events of this actor, `faults`; a fault attached to a protocol point
 * strikes when a host reports reaching that point, inside the same step, so
 * nothing the host would have done next happens; one attached to an event
 * strikes just before the kernel delivers it. A host does not receive its
 * crash as a message it could ignore: the injector calls it. Each strike is
 * reported to the kernel (`faultActed`), which an explorer listens to.
 */
export class FaultInjector implements Actor<InjectorEvent> {
  readonly id = "faults"
  private readonly pending: Armed[] = []
  /** Each scheduled event and what it does when it comes due. */
  private readonly due = new Map<InjectorEvent, (t: FaultTargets) => void>()
  private targets: FaultTargets | undefined
  /** The protocol points the run reached (for Reach), in the order it reached them. */
  readonly points = new Set<number>()
  /** How many points were reached when a fault first struck. */
  pointsBeforeFault: number | undefined
  /** The kinds of fault that struck. */
  readonly struck = new Set<string>()

  constructor(
    private readonly sim: Sim,
    faults: readonly Fault[],
  ) {
    for (const f of faults) {
      const kind = kindOf(f)
      const armed = kind.atPoint?.(f)
      if (armed) this.pending.push({ ...armed, kind: f.kind })
      const atEvent = kind.atEvent?.(f)
      if (atEvent) sim.beforeEvent(atEvent.event, () => this.strike(atEvent.strike, `event:${atEvent.event}`, f.kind))
      if (kind.timed && "atUs" in f) {
        const { event, act } = kind.timed
        const e = event(f)
        this.due.set(e, (t) => {
          act(t, f)
          this.struck.add(f.kind)
        })
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
    if (!act || !this.targets) return
    act(this.targets)
    this.afterStrike()
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
      this.strike(f.strike, `${point}${f.epoch === undefined ? "" : `:${epoch}`}`, f.kind)
    }
  }

  private strike(s: Strike, at: string, kind: string): void {
    if (!this.targets) return
    this.struck.add(kind)
    const event: { type: string; at: string } = { type: s.type, at }
    this.sim.note(s.actor, event, strikeState[s.type])
    s.act(this.targets, this.sim.now)
    this.afterStrike()
  }

  private afterStrike(): void {
    this.pointsBeforeFault ??= this.points.size
    this.sim.faultActed()
  }
}

/** The injector's state in the trace while a strike happens. */
const strikeState: Record<Strike["type"], string> = { "fault.crash": "crashing", "fault.disconnect": "cutting", "fault.pause": "pausing", "fault.partition": "partitioning" }
