import type { Sim } from "../sim/kernel.ts"
import type { ReplicationTransport } from "../transport/transport.ts"
import type { HostId } from "../sim/observations.ts"
import type { GuestExecution } from "./guest-execution.ts"

/** What these helpers need of a host's machine (method syntax: any host's event union fits). */
interface HostMachine {
  send(event: { type: "crash" } | { type: "lease.result"; granted: boolean }): void
  cancelTimers(): void
}

/**
 * Crash-stop of a host, the same for both: the machine goes to `crashed`, its
 * timers die, the host's own work stops (`stopWork`), the trace records it,
 * and the transport learns that this endpoint is gone.
 */
export const crashStop = (kernel: Sim, host: HostId, machine: HostMachine, link: ReplicationTransport, stopWork: () => void): void => {
  machine.send({ type: "crash" })
  machine.cancelTimers()
  stopWork()
  kernel.observe({ kind: "crash", host })
  link.endpointCrashed(host)
}

/** A claim on the activation record has reached shared storage: record the answer and tell the machine. */
export const answerClaim = (kernel: Sim, host: HostId, machine: HostMachine, granted: boolean): void => {
  kernel.observe({ kind: "lease", host, granted })
  machine.send({ type: "lease.result", granted })
}

/**
 * A host's freezes (the host-pause faults), the same for both: the `pause`
 * fact, the kernel deferring what arrives, the guest running no slice, and
 * the commands its machine gives meanwhile held until it thaws (a pause at a
 * protocol point strikes inside a step; the rest of that step, an
 * acknowledgement to send, waits like everything else).
 */
export class HostFreeze<C> {
  private held: Array<() => void> | undefined

  constructor(
    private readonly kernel: Sim,
    private readonly host: HostId,
    private readonly execute: (command: C) => void,
  ) {}

  /** Frozen now (what the host does next waits for the thaw). */
  get frozen(): boolean {
    return this.held !== undefined
  }

  /** A command of the host's machine: carried out now, or when the host thaws. */
  command(c: C): void {
    // No closure on the hot path: only a frozen host keeps one.
    if (this.held) this.held.push(() => this.execute(c))
    else this.execute(c)
  }

  /** The rest of a step (after a protocol point a pause may have struck at): now, or when the host thaws, in order with its commands. */
  defer(rest: () => void): void {
    if (this.held) this.held.push(rest)
    else rest()
  }

  /** Freeze the host until `untilUs`; `guest` is its guest's execution, if it runs one. */
  freeze(untilUs: number, guest: () => GuestExecution | undefined): void {
    this.kernel.observe({ kind: "pause", host: this.host, untilUs })
    guest()?.freeze(this.kernel.now)
    this.held ??= []
    this.kernel.freeze(this.host, untilUs, () => {
      guest()?.thaw(this.kernel.now)
      const held = this.held ?? []
      this.held = undefined
      for (const rest of held) rest()
    })
  }
}
