import { EventQueue, type Pending } from "./event-queue.ts"
import { Rng, streamSeed } from "./rng.ts"
import type { Micros } from "./time.ts"
import { TraceRecorder, summarize, type Trace } from "./trace.ts"
import { giveBackScratch, giveBackZeroed, takeScratch, takeZeroed } from "./buffer-pool.ts"
import type { Fact } from "./observations.ts"
import type { MachineEngine } from "./machine-actor.ts"

/** Anything delivered through the kernel: a plain object with a `type`. */
export interface SimEvent {
  readonly type: string
}

/**
 * An actor the kernel can deliver to, and the messages it takes (as
 * Stateright's `Actor` declares its `Msg`). Its state string goes into the
 * trace after each delivery.
 */
export interface Actor<M extends SimEvent = SimEvent> {
  readonly id: string
  deliver(event: M): void
  state(): string
}

/**
 * Where to send an actor messages of type M: its id, typed. An address is
 * taken from the actor itself (`addressOf`), so the compiler checks that a
 * sender only sends what the receiver takes; an `Address<Wide>` may be given
 * where an `Address<Narrow>` is wanted when Wide includes Narrow.
 */
export interface Address<in M extends SimEvent> {
  readonly id: string
  /** Never set: it carries M (contravariantly) for the compiler. */
  readonly takes?: (message: M) => void
}

/** The address of an actor, for the messages it declares. */
export const addressOf = <M extends SimEvent>(actor: Actor<M>): Address<M> => ({ id: actor.id })

interface Delivery {
  readonly actor: string
  readonly event: SimEvent
  /** A wake-up for code outside a machine (an Effect sleep): run instead of `deliver`. */
  readonly run?: () => void
}

export type Handle = Pending<Delivery>

const WAKE: SimEvent = { type: "fiber.wake" }
/** The rank of an event queued for the instant it was queued at (with priorities): after everything else due then. */
const LAST_RANK = 2 ** 32

/** The end of a host's freeze (`Kernel.freeze`). */
const THAW: SimEvent = { type: "host.thaw" }

/** A replication message's kind, for a state key (`:part`, `:ack`), or nothing. */
const messageKind = (e: SimEvent): string => {
  const kind = (e as { kind?: unknown; message?: { kind?: unknown } }).kind ?? (e as { message?: { kind?: unknown } }).message?.kind
  return typeof kind === "string" ? `:${kind}` : ""
}

/**
 * What hosts, machines and fibers use of the kernel. A run with one VM hands
 * them the kernel itself; a consolidated run hands each VM a `VmScope`, the
 * same kernel seen under the VM's name (vm-scope.ts).
 */
export interface Sim {
  readonly now: Micros
  /** How machines are run (the compiled tables by default; XState's actors to prove they agree). */
  readonly engine: MachineEngine
  register<M extends SimEvent>(actor: Actor<M>): void
  rng(stream: string): Rng
  schedule<M extends SimEvent>(at: Micros, to: Address<M>, event: M): Handle
  after<M extends SimEvent>(delayUs: Micros, to: Address<M>, event: M): Handle
  /** Run `wake` at `at` as a delivery of `actor`'s (an Effect fiber's sleep ending): traced as a `fiber.wake` event. */
  wakeAt(at: Micros, actor: string, wake: () => void): Handle
  cancel(handle: Handle | undefined): void
  observe(fact: Fact): void
  enqueueTask(task: () => void): void
  drainTasks(): void
  note(actor: string, event: SimEvent, state: string): void
  /** Whether the run records everything (payload details that only a reader of the trace needs may be skipped otherwise). */
  readonly detailed: boolean
  /** A zeroed buffer of `bytes` for this run; at dispose `zeroAgain` must make it zero again, and it is reused (buffer-pool.ts). */
  reusable(bytes: number, zeroAgain: (buffer: Uint8Array) => void): Uint8Array
  /** A buffer of `bytes` with undefined contents, reused across runs: back to the pool at `recycle` or when the run ends. */
  scratch(bytes: number): Uint8Array
  /** Nothing will read this scratch buffer (or any view of it) again. Anything else is ignored. */
  recycle(view: Uint8Array): void
  /** Run `act` just before the first delivery whose trace index is at least `index` (a fault at an event of the run). */
  beforeEvent(index: number, act: () => void): void
  /**
   * Freeze a host until `untilUs` (a long GC, a VM stall, SIGSTOP): deliveries
   * to `actor` and to the actors it owns (`actor-...`) wait, in their order,
   * until then; `thaw` runs first when it ends.
   */
  freeze(actor: string, untilUs: Micros, thaw: () => void): void
  /** When `actor`'s host thaws, if it is frozen now (what is handed to it meanwhile is read then). */
  thawsAt(actor: string): Micros | undefined
  /** The fault injector's word that a fault has just acted (an explorer may stop the run there: `KernelOptions.onFault`). */
  faultActed(): void
}

/**
 * What a run records. `full`: every delivered event (summary, the receiver's
 * state after it) and every fact, hashed: what replays, counterexample files,
 * `run --trace` and the determinism check read. `facts`: the facts alone
 * (what properties judge), for fuzzing; a failing run is simulated again
 * with `full` (a run is deterministic). Event indices are the same in both.
 */
export type Recording = "full" | "facts"

export interface KernelOptions {
  record?: Recording
  engine?: MachineEngine
  /**
   * Test-only: `actor` ignores events of type `event` (or "type:kind" for a
   * kind of replication message): its reaction to them is deleted, without
   * editing its code (test/sabotage.test.ts).
   */
  ignore?: { actor: string; event: string }
  /**
   * Told each time a fault acts, with the protocol state it left (`Kernel.stateKey`, computed
   * only if asked for) and how many deliveries the run had made when it struck; returning "stop" ends the run there
   * (an explorer that has seen that state before needs nothing more from it).
   */
  onFault?: (stateKey: () => string, event: number) => "stop" | void
  /**
   * PCT-style interleaving (fuzz --strategy pct): a seed that gives every
   * actor a random priority; events that were waiting for an instant go to
   * their actors in priority order instead of the order they were queued
   * (an actor's own events keep their order; what is queued during the
   * instant for the instant comes after, in queue order). 0 or absent: the
   * order they were queued.
   */
  priorities?: number
  /** Filled with the trace index and time of every delivery (an explorer's list of fault points). */
  deliveries?: Array<{ event: number; at: Micros }>
}

/**
 * The deterministic core: one virtual clock, one event queue ordered by
 * (time, sequence), named random streams, the trace. Effect fibers run on a
 * task queue that the kernel drains after every delivery, so they too advance
 * only inside a delivery.
 */
export class Kernel implements Sim {
  now: Micros = 0
  readonly trace: TraceRecorder
  readonly engine: MachineEngine
  private readonly full: boolean
  private readonly leases: Array<{ buffer: Uint8Array; zeroAgain: (buffer: Uint8Array) => void }> = []
  private readonly scratchLeases = new Set<ArrayBuffer>()
  private readonly queue = new EventQueue<Delivery>()
  private readonly actors = new Map<string, Actor<never>>()
  private readonly tasks: Array<() => void> = []
  private draining = false
  private currentEvent = -1
  private deliveries = 0
  /** Acts due before a delivery with a trace index at least theirs, in index order. */
  private readonly eventHooks: Array<{ index: number; act: () => void }> = []
  private halted = false
  /** Frozen hosts (by actor id) and until when. */
  private readonly frozen = new Map<string, Micros>()
  private readonly onFault: KernelOptions["onFault"]

  constructor(
    readonly seed: number,
    options: KernelOptions = {},
  ) {
    this.full = (options.record ?? "full") === "full"
    this.trace = new TraceRecorder(this.full)
    this.engine = options.engine ?? "compiled"
    this.ignore = options.ignore
    this.onFault = options.onFault
    this.priorities = options.priorities || undefined
    this.deliveryLog = options.deliveries
  }

  private readonly deliveryLog: KernelOptions["deliveries"]
  private readonly priorities: number | undefined
  private readonly ranks = new Map<string, number>()

  /** An actor's rank among same-instant events: 0 for all without priorities; else a hash of (seed, actor). */
  private rankOf(actor: string): number {
    if (this.priorities === undefined) return 0
    let r = this.ranks.get(actor)
    if (r === undefined) this.ranks.set(actor, (r = streamSeed(this.priorities, actor) >>> 0))
    return r
  }

  private readonly ignore: KernelOptions["ignore"]

  private ignored(actor: string, event: SimEvent): boolean {
    const i = this.ignore!
    if (i.actor !== actor) return false
    const kind = (event as { kind?: unknown }).kind
    return i.event === event.type || (typeof kind === "string" && i.event === `${event.type}:${kind}`)
  }

  register<M extends SimEvent>(actor: Actor<M>): void {
    if (this.actors.has(actor.id)) throw new Error(`actor ${actor.id} registered twice`)
    this.actors.set(actor.id, actor)
  }

  /**
   * The kernel's one adapter between typed messages and its queue: an event
   * was queued through an `Address<M>` of the actor filed under that id, so
   * it is one of the actor's messages.
   */
  private actor(id: string): Actor<SimEvent> {
    const a = this.actors.get(id)
    if (!a) throw new Error(`no actor ${id}`)
    return a as Actor<SimEvent>
  }

  /** A random stream of its own for `stream` (by convention the actor id, or "actor/purpose"). */
  rng(stream: string): Rng {
    return new Rng(this.seed, stream)
  }

  schedule<M extends SimEvent>(at: Micros, to: Address<M>, event: M): Handle {
    return this.push(at, to.id, event)
  }

  after<M extends SimEvent>(delayUs: Micros, to: Address<M>, event: M): Handle {
    return this.push(this.now + Math.max(0, Math.round(delayUs)), to.id, event)
  }

  wakeAt(at: Micros, actor: string, wake: () => void): Handle {
    return this.push(at, actor, WAKE, wake)
  }

  /** Queue a delivery to the actor filed under `actor` (a VM scope's name for it). */
  push(at: Micros, actor: string, event: SimEvent, run?: () => void): Handle {
    if (!Number.isInteger(at)) throw new Error(`event ${event.type} for ${actor} at non-integer time ${at}`)
    if (at < this.now) throw new Error(`event ${event.type} for ${actor} scheduled in the past (${at} < ${this.now})`)
    // Something queued for the current instant goes after what was already due then, in queue order: priorities
    // reorder only events that were waiting for the instant, so an actor that waits on another with zero delay cannot starve it.
    return this.queue.push(at, { actor, event, run }, this.priorities !== undefined && at === this.now ? LAST_RANK : this.rankOf(actor))
  }

  cancel(handle: Handle | undefined): void {
    if (handle) this.queue.cancel(handle)
  }

  get detailed(): boolean {
    return this.full
  }

  reusable(bytes: number, zeroAgain: (buffer: Uint8Array) => void): Uint8Array {
    const buffer = takeZeroed(bytes)
    this.leases.push({ buffer, zeroAgain })
    return buffer
  }

  scratch(bytes: number): Uint8Array {
    const view = takeScratch(bytes)
    this.scratchLeases.add(view.buffer as ArrayBuffer)
    return view
  }

  recycle(view: Uint8Array): void {
    const buffer = view.buffer as ArrayBuffer
    if (this.scratchLeases.delete(buffer)) giveBackScratch(buffer)
  }

  /** The run is over and nothing will read its hosts again: leased buffers go back to the pool. */
  dispose(): void {
    for (const { buffer, zeroAgain } of this.leases.splice(0)) {
      zeroAgain(buffer)
      giveBackZeroed(buffer)
    }
    for (const buffer of this.scratchLeases) giveBackScratch(buffer)
    this.scratchLeases.clear()
  }

  freeze(actor: string, untilUs: Micros, thaw: () => void): void {
    this.frozen.set(actor, Math.max(untilUs, this.frozen.get(actor) ?? 0))
    // Below every rank: with priorities, the thaw still comes before what waited for it (which would otherwise wait again, for ever).
    this.queue.push(
      untilUs,
      {
        actor,
        event: THAW,
        run: () => {
          if ((this.frozen.get(actor) ?? 0) > this.now) return
          this.frozen.delete(actor)
          thaw()
        },
      },
      -1,
    )
  }

  thawsAt(actor: string): Micros | undefined {
    return this.frozen.size ? this.frozenUntil(actor) : undefined
  }

  /**
   * When the host owning `actor` thaws, if it is frozen now. What falls due
   * at the thaw instant itself waits too: what queued during the freeze came
   * first (a timer that expires as the host wakes finds the messages that
   * arrived meanwhile already read).
   */
  private frozenUntil(actor: string): Micros | undefined {
    for (const [host, until] of this.frozen) if (until >= this.now && (actor === host || actor.startsWith(`${host}-`))) return until
    return undefined
  }

  beforeEvent(index: number, act: () => void): void {
    const at = this.eventHooks.findIndex((h) => h.index > index)
    this.eventHooks.splice(at < 0 ? this.eventHooks.length : at, 0, { index, act })
  }

  faultActed(): void {
    if (this.onFault?.(() => this.stateKey(), this.deliveries) === "stop") this.halted = true
  }

  /** Whether the run was ended early (`onFault` said stop). */
  get stopped(): boolean {
    return this.halted
  }

  /**
   * The protocol state of the world, abstracted: every actor's machine state,
   * how many facts of each kind the run has recorded (its protocol counters:
   * checkpoints sent, applied, acknowledged, released, bytes delivered...)
   * and what is pending (receiver, message type, how far ahead). Two fault
   * points that leave the same key are treated as one by `explore`.
   */
  stateKey(): string {
    const states = [...this.actors].map(([id, a]) => `${id}=${a.state()}`).sort()
    const counts = new Map<string, number>()
    for (const f of this.trace.facts) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1)
    const pending = this.queue
      .live()
      .map((p) => `${p.item.actor}:${p.item.event.type}${messageKind(p.item.event)}+${p.at - this.now}`)
      .sort()
    return JSON.stringify([states, [...counts].sort(([a], [b]) => (a < b ? -1 : 1)), pending])
  }

  /** Record a fact, attributed to the event being delivered. */
  observe(fact: Fact): void {
    this.trace.fact(this.now, this.currentEvent, fact)
  }

  /** Queue an Effect runtime task; it runs before the current delivery ends. */
  enqueueTask(task: () => void): void {
    this.tasks.push(task)
  }

  drainTasks(): void {
    if (this.draining) return
    this.draining = true
    try {
      for (let i = 0; i < this.tasks.length; i++) this.tasks[i]()
      // Setting an array's length is a runtime call: only when there is something to drop.
      if (this.tasks.length) this.tasks.length = 0
    } finally {
      this.draining = false
    }
  }

  /** Deliver events in order until the queue is empty or the next event lies after `untilUs`. */
  run(untilUs: Micros): void {
    this.drainTasks()
    for (;;) {
      const next = this.queue.peek()
      if (!next) {
        if (this.now < untilUs) this.trace.fact(this.now, this.currentEvent, { kind: "quiescent" })
        break
      }
      if (next.at > untilUs || this.halted) break
      this.queue.pop()
      if (next.cancelled) continue
      this.now = next.at
      if (this.frozen.size && next.item.event !== THAW) {
        const until = this.frozenUntil(next.item.actor)
        // Queued behind the freeze, in the order it would have been delivered (the thaw was queued before any of it).
        if (until !== undefined) {
          // Rank -1, as the thaw's: after it, in the order they fell due, before anything else due at that instant.
          this.queue.requeue(next, until, -1)
          continue
        }
      }
      if (this.eventHooks.length) {
        this.runEventHooks()
        // The act may have crashed this delivery's receiver, cancelling it.
        if (next.cancelled) continue
      }
      this.deliver(next.item)
    }
    this.now = Math.max(this.now, untilUs)
  }

  get eventCount(): number {
    return this.deliveries
  }

  finish(): Trace {
    return this.trace.finish()
  }

  /**
   * Record an event that a host gave its own machine synchronously (the epoch
   * loop reporting a phase), so the trace shows every transition.
   */
  note(actor: string, event: SimEvent, state: string): void {
    if (this.full) this.trace.event(this.now, actor, event.type, summarize(event), state)
    else this.trace.reserve()
  }

  private runEventHooks(): void {
    while (this.eventHooks.length && this.eventHooks[0].index <= this.trace.next) this.eventHooks.shift()!.act()
    this.drainTasks()
  }

  private deliver(d: Delivery): void {
    const actor = this.actor(d.actor)
    const slot = this.trace.reserve()
    this.deliveryLog?.push({ event: slot, at: this.now })
    this.currentEvent = slot
    this.deliveries++
    if (d.run) d.run()
    else if (!this.ignore || !this.ignored(d.actor, d.event)) actor.deliver(d.event)
    this.drainTasks()
    if (this.full) this.trace.fill(slot, this.now, d.actor, d.event.type, summarize(d.event), actor.state())
  }
}
