import { isDeepStrictEqual } from "node:util"
import { createActor, type ActorLogic, type AnyActorRef, type AnyStateMachine, type StateValue } from "xstate"
import type { Address, Sim, Handle } from "./kernel.ts"
import type { TimerCommand, TimerEvent } from "./commands.ts"
import { CompiledActor, CompiledMachine } from "./compiled-machine.ts"
import { firstDifference } from "./first-difference.ts"

/**
 * How a machine is run: `compiled` (the default: XState's semantics from the
 * machine's own graph, cached per configuration, compiled-machine.ts) or
 * `xstate` (XState's own actor). Both give the same states, context and
 * commands after every event; `lockstep` runs both and throws at the first
 * event after which they differ (test/compiled-machine.test.ts runs the
 * corpus and random event sequences that way). The flag exists to prove the
 * two agree and to debug with XState's tools.
 */
export type MachineEngine = "compiled" | "xstate" | "lockstep"

export const machineEngines: readonly MachineEngine[] = ["compiled", "xstate", "lockstep"]

/** One running machine, whichever engine runs it. */
interface Running {
  send(event: { type: string }): void
  readonly value: StateValue
  stateString(): string
  matches(path: string): boolean
  readonly context: unknown
  persisted(): unknown
}

const compiled = new WeakMap<AnyStateMachine, CompiledMachine>()

/** The compiled form of `machine`, built once per machine definition. */
export const compile = (machine: AnyStateMachine): CompiledMachine => {
  let c = compiled.get(machine)
  if (!c) compiled.set(machine, (c = new CompiledMachine(machine)))
  return c
}

/** Start `machine` on `engine`; what it emits is pushed to `out` as it is emitted. */
export const startMachine = (engine: MachineEngine, machine: AnyStateMachine, input: unknown, out: Array<{ type: string }>, snapshot?: unknown): Running => {
  if (engine === "lockstep") return new Lockstep(machine, input, out, snapshot)
  if (engine === "compiled") return new CompiledRunning(new CompiledActor(compile(machine), input, out, snapshot as never), out)
  const ref: AnyActorRef = createActor(machine, snapshot === undefined ? { input } : { input, snapshot: snapshot as never })
  ref.on("*", (cmd: { type: string }) => out.push(cmd))
  ref.start()
  return new XstateRunning(ref)
}

// The engines' Running objects are classes, not object literals with getters: a literal's accessors are
// closures made per machine, so each machine's object got a map of its own (in V8's old space), and that
// map kept the machine's whole run alive through young-generation collections (docs/performance.md).

class CompiledRunning implements Running {
  constructor(
    private readonly a: CompiledActor,
    private readonly out: Array<{ type: string }>,
  ) {}
  send(e: { type: string }): void {
    this.a.send(e, this.out)
  }
  get value(): StateValue {
    return this.a.value
  }
  stateString(): string {
    return this.a.stateString()
  }
  matches(path: string): boolean {
    return this.a.matches(path)
  }
  get context(): unknown {
    return this.a.context
  }
  persisted(): unknown {
    return this.a.persisted()
  }
}

class XstateRunning implements Running {
  constructor(private readonly ref: AnyActorRef) {}
  /** A machine in a final state takes nothing more (XState would only warn about it). */
  send(e: { type: string }): void {
    if (this.ref.getSnapshot().status === "active") this.ref.send(e)
  }
  get value(): StateValue {
    return this.ref.getSnapshot().value
  }
  stateString(): string {
    return flatten(this.ref.getSnapshot().value).join("|")
  }
  matches(path: string): boolean {
    return this.ref.getSnapshot().matches(path)
  }
  get context(): unknown {
    return this.ref.getSnapshot().context
  }
  persisted(): unknown {
    return this.ref.getPersistedSnapshot()
  }
}

/** Both engines side by side: the compiled one's commands go out; any difference after an event throws, naming it. */
class Lockstep implements Running {
  private readonly fromCompiled: Array<{ type: string }> = []
  private readonly fromXstate: Array<{ type: string }> = []
  private readonly c: Running
  private readonly x: Running

  constructor(
    private readonly machine: AnyStateMachine,
    input: unknown,
    private readonly out: Array<{ type: string }>,
    snapshot?: unknown,
  ) {
    this.c = startMachine("compiled", machine, input, this.fromCompiled, snapshot)
    this.x = startMachine("xstate", machine, input, this.fromXstate, snapshot)
    this.check("at start")
  }

  private check(after: string): void {
    const { c, x, machine, fromCompiled, fromXstate } = this
    const differs = (what: string, a: unknown, b: unknown) => {
      if (!isDeepStrictEqual(a, b)) throw new Error(`lockstep: machine "${machine.id}" ${after}: ${what} differ: compiled ${JSON.stringify(a)} vs xstate ${JSON.stringify(b)}`)
    }
    differs("states", c.stateString(), x.stateString())
    differs("values", c.value, x.value)
    // Contexts in one walk, key order included (what a checkpoint's JSON and digest see): cheaper than their JSON, as strict as deep equality.
    const at = firstDifference(c.context, x.context)
    if (at !== undefined) throw new Error(`lockstep: machine "${machine.id}" ${after}: contexts differ at ${at}: compiled ${JSON.stringify(c.context)} vs xstate ${JSON.stringify(x.context)}`)
    differs("commands", fromCompiled, fromXstate)
    // The rest of the persisted snapshot (status, value, history, children) as JSON; its context is the one compared above.
    differs("persisted snapshots", JSON.stringify({ ...(c.persisted() as object), context: 0 }), JSON.stringify({ ...(x.persisted() as object), context: 0 }))
    this.out.push(...fromCompiled)
    fromCompiled.length = 0
    fromXstate.length = 0
  }

  send(e: { type: string }): void {
    this.c.send(e)
    this.x.send(e)
    this.check(`after ${JSON.stringify(e)}`)
  }
  get value(): StateValue {
    return this.c.value
  }
  stateString(): string {
    return this.c.stateString()
  }
  matches(path: string): boolean {
    const m = this.c.matches(path)
    if (m !== this.x.matches(path)) throw new Error(`lockstep: machine "${this.machine.id}": matches("${path}") differs`)
    return m
  }
  get context(): unknown {
    return this.c.context
  }
  persisted(): unknown {
    return this.c.persisted()
  }
}

/**
 * Runs one XState machine inside the kernel. Events go in with `send`; the
 * machine's emitted commands come out in order. Timer commands are handled
 * here (the kernel delivers `{ type: "timer", name }` to the owner's
 * address); every other command goes to the host's `execute`. The event and
 * command types are the machine's own (from its `setup()`), inferred from
 * the machine given: a host can send it only what it declares.
 */
export class MachineActor<Ev extends { type: string }, Cmd extends { type: string }, In = unknown> {
  private readonly run: Running
  private readonly timers = new Map<string, Handle>()
  private readonly pending: Cmd[] = []
  private flushing = false

  constructor(
    private readonly kernel: Sim,
    /** The actor that owns the machine: its timers fire there. */
    private readonly owner: Address<Extract<Ev, TimerEvent>>,
    machine: AnyStateMachine & ActorLogic<any, Ev, In, any, Cmd>,
    input: In,
    private readonly execute: (cmd: Exclude<Cmd, TimerCommand>) => void,
    /** Start from a persisted snapshot (a restored guest's connection) rather than from the input. */
    snapshot?: unknown,
  ) {
    this.run = startMachine(kernel.engine, machine, input, this.pending, snapshot)
    this.flush()
  }

  send(event: Ev): void {
    this.run.send(event)
    this.flush()
  }

  /** The active leaf states, e.g. `alive.guest.running|alive.protection.protected`. */
  state(): string {
    return this.run.stateString()
  }

  /** Whether the machine is in state `path`. */
  matches(path: string): boolean {
    return this.run.matches(path)
  }

  /** Arm timer `name` as if the machine had asked (a restored machine's running timers). */
  arm(name: string, afterUs: number): void {
    this.setTimer({ name, afterUs })
  }

  /** The machine's state as plain data, for a checkpoint. */
  persisted(): unknown {
    return this.run.persisted()
  }

  /** The machine's context. */
  context<C>(): C {
    return this.run.context as C
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
      for (let i = 0; i < this.pending.length; i++) {
        const cmd = this.pending[i]
        if (cmd.type === "timer.set") this.setTimer(cmd as unknown as Extract<TimerCommand, { type: "timer.set" }>)
        else if (cmd.type === "timer.cancel") this.cancelTimer((cmd as unknown as TimerCommand).name)
        else this.execute(cmd as Exclude<Cmd, TimerCommand>)
      }
      // Emptied by pops: `length = 0` is a runtime call (half a percent of a campaign); a pop of the one or two commands inlines.
      while (this.pending.length) this.pending.pop()
    } finally {
      this.flushing = false
    }
  }

  private setTimer(cmd: { name: string; afterUs: number }): void {
    this.cancelTimer(cmd.name)
    this.timers.set(cmd.name, this.kernel.after(cmd.afterUs, this.owner as Address<TimerEvent>, { type: "timer", name: cmd.name }))
  }

  private cancelTimer(name: string): void {
    this.kernel.cancel(this.timers.get(name))
    this.timers.delete(name)
  }
}

export const flatten = (value: StateValue, prefix = ""): string[] => {
  if (typeof value === "string") return [prefix + value]
  const out: string[] = []
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue
    out.push(...flatten(v as StateValue, `${prefix}${k}.`))
  }
  return out
}
