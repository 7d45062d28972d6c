import { createActor, type AnyActorRef, type AnyStateMachine, type StateValue } from "xstate"
import type { Sim, Handle } from "./kernel.ts"
import type { TimerCommand } from "../../machines/commands.ts"

/**
 * Runs one XState machine inside the kernel. Events go in with `send`; the
 * machine's emitted commands come out in order. Timer commands are handled
 * here (the kernel delivers `{ type: "timer", name }` back to `id`); every
 * other command goes to the host's `execute`.
 */
export class MachineActor<Ev extends { type: string }, Cmd extends { type: string }> {
  private readonly ref: AnyActorRef
  private readonly timers = new Map<string, Handle>()
  private readonly pending: Cmd[] = []
  private flushing = false

  constructor(
    private readonly kernel: Sim,
    readonly id: string,
    machine: AnyStateMachine,
    input: unknown,
    private readonly execute: (cmd: Exclude<Cmd, TimerCommand>) => void,
    /** Start from a persisted snapshot (a restored guest's connection) rather than from the input. */
    snapshot?: unknown,
  ) {
    this.ref = createActor(machine, snapshot === undefined ? { input } : { input, snapshot: snapshot as never })
    this.ref.on("*", (cmd: Cmd) => this.pending.push(cmd))
    this.ref.start()
    this.flush()
  }

  send(event: Ev): void {
    this.ref.send(event)
    this.flush()
  }

  /** The active leaf states, e.g. `alive.guest.running|alive.protection.protected`. */
  state(): string {
    return flatten(this.ref.getSnapshot().value).join("|")
  }

  /** Whether the machine is in state `path` (XState's own check: no string building on the per-event path). */
  matches(path: string): boolean {
    return this.ref.getSnapshot().matches(path)
  }

  /** Arm timer `name` as if the machine had asked (a restored machine's running timers). */
  arm(name: string, afterUs: number): void {
    this.setTimer({ name, afterUs })
  }

  /** The machine's state as plain data, for a checkpoint. */
  persisted(): unknown {
    return this.ref.getPersistedSnapshot()
  }

  /** The machine's context. */
  context<C>(): C {
    return this.ref.getSnapshot().context as C
  }

  /** Forget every timer (the host crashed). */
  cancelTimers(): void {
    for (const h of this.timers.values()) this.kernel.cancel(h)
    this.timers.clear()
  }

  private flush(): void {
    if (this.flushing) return
    this.flushing = true
    try {
      while (this.pending.length > 0) {
        const cmd = this.pending.shift()!
        if (cmd.type === "timer.set") this.setTimer(cmd as unknown as Extract<TimerCommand, { type: "timer.set" }>)
        else if (cmd.type === "timer.cancel") this.cancelTimer((cmd as unknown as TimerCommand).name)
        else this.execute(cmd as Exclude<Cmd, TimerCommand>)
      }
    } finally {
      this.flushing = false
    }
  }

  private setTimer(cmd: { name: string; afterUs: number }): void {
    this.cancelTimer(cmd.name)
    this.timers.set(cmd.name, this.kernel.after(cmd.afterUs, this.id, { type: "timer", name: cmd.name } as never))
  }

  private cancelTimer(name: string): void {
    this.kernel.cancel(this.timers.get(name))
    this.timers.delete(name)
  }
}

const flatten = (value: StateValue, prefix = ""): string[] => {
  if (typeof value === "string") return [prefix + value]
  const out: string[] = []
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue
    out.push(...flatten(v as StateValue, `${prefix}${k}.`))
  }
  return out
}
