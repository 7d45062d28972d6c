import type { ActorLogic, AnyStateMachine } from "xstate"
import type { TcpCommand, TcpEndpointContext, TcpEvent, TcpInput } from "../../machines/tcp-endpoint.ts"
import type { TimerCommand, TimerEvent } from "../sim/commands.ts"
import { addressOf, type Actor, type Sim } from "../sim/kernel.ts"
import { MachineActor } from "../sim/machine-actor.ts"
import { PERSIST_TIMER, RTO_TIMER } from "../../machines/tcp-sender.ts"
import { DELACK_TIMER } from "../../machines/tcp-receive.ts"

export type EndpointCommand = Exclude<TcpCommand, TimerCommand>

/**
 * One TCP connection end as a kernel actor of its own, so its timers (rto,
 * persist, delack) have an address apart from its host's. A restored guest's
 * connection starts from the snapshot its checkpoint carried and re-arms the
 * timers the snapshot says were running.
 */
export class TcpEndpointActor implements Actor<TimerEvent> {
  private readonly machine: MachineActor<TcpEvent, TcpCommand>
  private stopped = false

  constructor(
    sim: Sim,
    readonly id: string,
    machine: AnyStateMachine & ActorLogic<any, TcpEvent, TcpInput, any, TcpCommand>,
    input: TcpInput,
    execute: (cmd: EndpointCommand) => void,
    snapshot?: unknown,
    /** When a timer may fire into the machine: a guest's connection waits while the guest is paused. */
    private readonly gate: (fire: () => void) => void = (fire) => fire(),
  ) {
    this.machine = new MachineActor(sim, addressOf<TimerEvent>(this), machine, input, (c) => !this.stopped && execute(c), snapshot)
    sim.register(this)
    if (snapshot !== undefined) this.rearmTimers()
  }

  /** A timer fired (the only events the kernel delivers here). */
  deliver(event: TimerEvent): void {
    this.gate(() => this.send(event))
  }

  send(event: TcpEvent): void {
    if (!this.stopped) this.machine.send(event)
  }

  state(): string {
    return this.machine.state()
  }

  get context(): TcpEndpointContext {
    return this.machine.context<TcpEndpointContext>()
  }

  persisted(): unknown {
    return this.machine.persisted()
  }

  /** The host crashed: no more timers, no more commands. */
  stop(): void {
    this.stopped = true
    this.machine.cancelTimers()
  }

  /** A restored connection's timers ran in the old host; they start again here, whole (the guest lost the time in between). */
  private rearmTimers(): void {
    const { sender, receiver } = this.context
    if (sender.rtoArmed) this.machine.arm(RTO_TIMER, sender.rtoUs)
    if (sender.persistArmed) this.machine.arm(PERSIST_TIMER, sender.rtoUs)
    if (receiver.delackArmed) this.machine.arm(DELACK_TIMER, receiver.delayedAckUs)
  }
}
