import type { AnyStateMachine, StateValue } from "xstate"
import { activeCoverage, type Chart } from "./coverage.ts"

/**
 * XState's semantics, compiled from a machine's own resolved state-node graph
 * into cached transition tables, for the kernel's hot path.
 *
 * The machines in machines/ stay the protocol: this runs exactly their
 * config, guards and actions (read from `machine.root` and
 * `machine.implementations`, so `machine.provide(...)` variants work), with
 * the algorithm of XState 5.33's interpreter (transition selection per
 * region, conflict removal, exit / transition / entry order, eventless
 * transitions to a fixpoint, root-level final states), but without the
 * per-event snapshot objects, inspection events and deferred-callback
 * plumbing. What depends only on the active configuration (candidate
 * transitions, exit and entry sets, the next configuration, the state value
 * and its string) is computed once per configuration and cached.
 *
 * Supported: atomic, compound, parallel and root-level final states; `on`
 * with exact event types; `always`; inline and named guards; `assign`,
 * `emit` and `enqueueActions` (enqueue, enqueue.assign, enqueue.emit,
 * check), named actions and plain function actions; entry and exit actions.
 * Anything else (invoke, delayed transitions, history, wildcards, raise,
 * built-in guard combinators, final states below the root) is refused when
 * the machine is compiled, with the feature named: run that machine on
 * XState. test/compiled-machine.test.ts runs both in lockstep.
 */

// XState's state nodes and transitions as far as this module reads them (its own types are internal).
interface XNode {
  key: string
  id: string
  type: "atomic" | "compound" | "parallel" | "final" | "history"
  order: number
  parent?: XNode
  states: Record<string, XNode>
  transitions: Map<string, XTransition[]>
  always?: XTransition[]
  entry: unknown[]
  exit: unknown[]
  invoke: unknown[]
  after: unknown[]
  initial: XTransition
  config: { after?: unknown; history?: unknown }
}
interface XTransition {
  source: XNode
  target?: XNode[]
  reenter: boolean
  guard?: unknown
  actions: unknown[]
}

type Ctx = Record<string, unknown>
type Ev = { type: string }
type Action = unknown

interface Node {
  readonly x: XNode
  readonly index: number
  readonly parent: Node | undefined
  readonly children: Node[]
  readonly type: XNode["type"]
  readonly key: string
  readonly order: number
  /** Its transitions per event type and its eventless ones, compiled (filled once the whole chart is). */
  on: Map<string, Transition[]>
  always: Transition[] | undefined
}

interface Transition {
  readonly id: number
  /** Its place in the chart's list of transitions (coverage). */
  readonly chart: number
  readonly source: Node
  readonly targets: Node[] | undefined
  readonly reenter: boolean
  readonly guard: unknown
  readonly actions: Action[]
}

/** What a set of enabled transitions does from one configuration: cached. */
interface Step {
  /** Its actions in order, each resolved (what the interpreter does with it). */
  readonly resolved: Resolved[]
  readonly next: Config
  readonly done: boolean
}

/** An active configuration (XState's `_nodes`, in its insertion order) and everything derived from it. */
class Config {
  readonly set: Set<Node>
  readonly atomics: Node[]
  readonly value: StateValue
  readonly stateString: string
  readonly done: boolean
  /** Per event type, the active nodes with transitions for it (document order): most events concern one node. */
  readonly handlers = new Map<string, Node[]>()
  /** Per atomic node, its ancestors-or-self with `always` transitions; undefined until first asked, null when there are none at all. */
  eventless: Node[][] | null | undefined
  /** Steps of one transition (the common case) and of several (keyed by their ids). */
  readonly stepOf = new Map<Transition, Step>()
  readonly steps = new Map<string, Step>()
  private matched: Map<string, boolean> | undefined

  constructor(
    readonly key: string,
    readonly nodes: Node[],
    root: Node,
  ) {
    this.set = new Set(nodes)
    this.atomics = nodes.filter((n) => n.type === "atomic" || n.type === "final")
    this.value = stateValue(root, nodes)
    this.stateString = flatten(this.value).join("|")
    this.done = root.children.some((c) => c.type === "final" && this.set.has(c))
  }

  /** XState's `snapshot.matches(path)` ("a.b" or "a"), cached per path. */
  matches(path: string, root: Node): boolean {
    this.matched ??= new Map()
    let m = this.matched.get(path)
    if (m === undefined) {
      let node: Node | undefined = root
      for (const key of path.split(".")) node = node?.children.find((c) => c.key === key)
      m = node !== undefined && this.set.has(node)
      this.matched.set(path, m)
    }
    return m
  }
}

/** A machine compiled for fast delivery. One per machine definition; any number of instances. */
export class CompiledMachine {
  readonly root: Node
  private readonly nodes: Node[] = []
  private readonly byX = new Map<XNode, Node>()
  private readonly transitionsOf = new Map<XTransition, Transition>()
  private readonly configs = new Map<string, Config>()
  private readonly guards: Record<string, unknown>
  private readonly actionImpls: Record<string, unknown>

  /** Every transition of the chart, named (coverage.ts): the order is the machine's, state by state. */
  readonly chart: Chart

  constructor(readonly machine: AnyStateMachine) {
    const impl = machine.implementations as { guards: Record<string, unknown>; actions: Record<string, unknown> }
    this.guards = impl.guards ?? {}
    this.actionImpls = impl.actions ?? {}
    this.root = this.node(machine.root as unknown as XNode, undefined)
    const names: string[] = []
    for (const n of this.nodes) {
      for (const [event, candidates] of n.x.transitions) n.on.set(event, candidates.map((t) => this.transition(t, names, event)))
      if (n.x.always) n.always = n.x.always.map((t) => this.transition(t, names, "always"))
    }
    this.chart = { id: machine.id, transitions: names }
  }

  /** A transition as the chart draws it: `source on event [guard] -> target`. */
  private describe(t: XTransition, event: string): string {
    const path = (x: XNode) => (x.parent ? x.id.slice(this.machine.id.length + 1) : "(machine)")
    const g = t.guard
    const guard = g === undefined ? "" : ` [${typeof g === "string" ? g : ((g as { name?: string }).name ?? "guard")}]`
    return `${path(t.source)} on ${event}${guard} -> ${t.target?.map(path).join(", ") ?? "(stays)"}`
  }

  private node(x: XNode, parent: Node | undefined): Node {
    const where = `state "${x.id}" of machine "${this.machine.id}"`
    if (x.type === "history") throw new Error(`${where}: history states are not supported by the compiled interpreter`)
    if (x.invoke.length) throw new Error(`${where}: invoke is not supported by the compiled interpreter`)
    if (x.config.after) throw new Error(`${where}: delayed transitions are not supported (machines ask the kernel for timers)`)
    if (x.type === "final" && parent && parent.parent) throw new Error(`${where}: final states below the root are not supported by the compiled interpreter`)
    for (const descriptor of x.transitions.keys())
      if (descriptor.includes("*")) throw new Error(`${where}: wildcard event "${descriptor}" is not supported by the compiled interpreter`)
    const n: Node = { x, index: this.nodes.length, parent, children: [], type: x.type, key: x.key, order: x.order, on: new Map(), always: undefined }
    this.nodes.push(n)
    this.byX.set(x, n)
    for (const child of Object.values(x.states)) n.children.push(this.node(child, n))
    return n
  }

  private of(x: XNode): Node {
    const n = this.byX.get(x)
    if (!n) throw new Error(`machine "${this.machine.id}": unknown state node ${x.id}`)
    return n
  }

  /** The compiled form of `t`; `chart` (at construction): name it there. */
  transition(t: XTransition, chart?: string[], event?: string): Transition {
    let c = this.transitionsOf.get(t)
    if (!c) {
      const g = t.guard
      if (g !== undefined && typeof g !== "function" && typeof g !== "string")
        throw new Error(`machine "${this.machine.id}": guard objects (${(g as { type?: string }).type}) are not supported by the compiled interpreter`)
      const place = chart && event !== undefined ? chart.push(this.describe(t, event)) - 1 : -1
      c = { id: this.transitionsOf.size, chart: place, source: this.of(t.source), targets: t.target?.map((x) => this.of(x)), reenter: t.reenter, guard: g, actions: t.actions }
      this.transitionsOf.set(t, c)
    }
    return c
  }

  config(nodes: Node[]): Config {
    const key = nodes.map((n) => n.index).join(",")
    let c = this.configs.get(key)
    if (!c) this.configs.set(key, (c = new Config(key, nodes, this.root)))
    return c
  }

  /** The configuration XState restores from a state value (getAllStateNodes(getStateNodes(root, value)), in its order). */
  configOfValue(value: StateValue): Config {
    return this.config([...allStateNodes(stateNodesOf(this.root, this.root, value))])
  }

  evalGuard(guard: unknown, context: Ctx, event: Ev): boolean {
    const fn = typeof guard === "function" ? guard : this.guards[guard as string]
    if (typeof fn !== "function") throw new Error(`machine "${this.machine.id}": guard '${String(guard)}' is not implemented`)
    if ("check" in fn) throw new Error(`machine "${this.machine.id}": built-in guard '${String(guard)}' is not supported by the compiled interpreter`)
    return Boolean((fn as (a: unknown, p: unknown) => unknown)({ context, event }, undefined))
  }

  private readonly resolvedActions = new Map<unknown, Resolved>()
  /** What to do for action `a` (an action object or the name of an implementation), resolved once. */
  resolve(a: Action): Resolved {
    let r = this.resolvedActions.get(a)
    if (!r) {
      const fn = (typeof a === "string" ? this.actionImpls[a] : a) as ((...args: unknown[]) => unknown) & { type?: string; assignment?: unknown; event?: unknown; collect?: unknown }
      if (typeof fn !== "function") throw new Error(`machine "${this.machine.id}": action '${String(a)}' is not implemented`)
      if (fn.type === "xstate.assign") r = { kind: "assign", value: fn.assignment }
      else if (fn.type === "xstate.emit") r = { kind: "emit", value: fn.event }
      else if (fn.type === "xstate.enqueueActions") r = { kind: "enqueue", value: fn.collect }
      else if (fn.type !== undefined && fn.type.startsWith("xstate.")) throw new Error(`machine "${this.machine.id}": action ${fn.type} is not supported by the compiled interpreter`)
      else r = { kind: "plain", value: fn }
      this.resolvedActions.set(a, r)
    }
    return r
  }

  /**
   * The enabled transitions for `event` (XState's transitionNode from the
   * root). When a single active node has transitions for the event type, no
   * other node competes: its first enabled candidate is the selection.
   */
  enabled(config: Config, context: Ctx, event: Ev, out: Transition[]): void {
    let handlers = config.handlers.get(event.type)
    if (!handlers) config.handlers.set(event.type, (handlers = config.nodes.filter((n) => n.on.has(event.type))))
    if (handlers.length === 0) return
    if (handlers.length === 1) this.next(handlers[0], context, event, out)
    else this.select(config, this.root, context, event, out)
  }

  /** XState's transitionNode: each region's innermost enabled transition; a node's own only if none below it has one. */
  select(config: Config, node: Node, context: Ctx, event: Ev, out: Transition[]): boolean {
    if (node.type === "atomic" || node.type === "final") return this.next(node, context, event, out)
    let found = false
    if (node.type === "compound") {
      const child = node.children.find((c) => config.set.has(c))
      if (child) found = this.select(config, child, context, event, out)
    } else {
      for (const child of node.children) if (config.set.has(child) && this.select(config, child, context, event, out)) found = true
    }
    return found || this.next(node, context, event, out)
  }

  /** StateNode.next: the first candidate for this event type whose guard holds. */
  private next(node: Node, context: Ctx, event: Ev, out: Transition[]): boolean {
    const candidates = node.on.get(event.type)
    if (!candidates) return false
    for (let i = 0; i < candidates.length; i++) {
      const t = candidates[i]
      if (t.guard === undefined || this.evalGuard(t.guard, context, event)) {
        out.push(t)
        return true
      }
    }
    return false
  }

  /** selectEventlessTransitions: per atomic state (in configuration order), the first enabled `always` up its ancestors. */
  selectEventless(config: Config, context: Ctx, event: Ev): Transition[] {
    if (config.eventless === undefined) {
      const chains = config.atomics.map((atomic) => {
        const chain: Node[] = []
        for (let s: Node | undefined = atomic; s; s = s.parent) if (s.always) chain.push(s)
        return chain
      })
      config.eventless = chains.some((c) => c.length) ? chains : null
    }
    if (config.eventless === null) return NONE
    let enabled: Transition[] | undefined
    for (const chain of config.eventless) {
      loop: for (const s of chain) {
        for (const t of s.always!) {
          if (t.guard === undefined || this.evalGuard(t.guard, context, event)) {
            // A set, in the order first enabled (atomic states under one ancestor find the same transition).
            if (!enabled) enabled = [t]
            else if (!enabled.includes(t)) enabled.push(t)
            break loop
          }
        }
      }
    }
    return enabled ? this.removeConflicts(enabled, config) : NONE
  }

  /** The microstep of `transitions` from `config`: its actions in order, the next configuration (cached per set of transitions). */
  step(config: Config, transitions: Transition[]): Step {
    if (transitions.length === 1) {
      let s = config.stepOf.get(transitions[0])
      if (!s) config.stepOf.set(transitions[0], (s = this.computeStep(config, transitions)))
      return s
    }
    const key = transitions.map((t) => t.id).join(",")
    let s = config.steps.get(key)
    if (!s) config.steps.set(key, (s = this.computeStep(config, transitions)))
    return s
  }

  private computeStep(config: Config, enabled: Transition[]): Step {
    const transitions = this.removeConflicts(enabled, config)
    const set = new Set(config.nodes)
    const actions: Action[] = []
    const exits = this.exitSet(transitions, config).sort((a, b) => b.order - a.order)
    for (const s of exits) {
      actions.push(...s.x.exit)
      set.delete(s)
    }
    for (const t of transitions) actions.push(...t.actions)
    const { enter, defaultEntry } = this.entrySet(transitions)
    let done = false
    for (const s of [...enter].sort((a, b) => a.order - b.order)) {
      set.add(s)
      actions.push(...s.x.entry)
      if (defaultEntry.has(s)) actions.push(...s.x.initial.actions)
      if (s.type === "final" && s.parent === this.root) done = true
    }
    const nodes = [...set]
    if (done) for (const n of [...nodes].sort((a, b) => b.order - a.order)) actions.push(...n.x.exit)
    return { resolved: actions.map((a) => this.resolve(a)), next: this.config(nodes), done }
  }

  removeConflicts(enabled: Transition[], config: Config): Transition[] {
    if (enabled.length === 1) return enabled
    const filtered = new Set<Transition>()
    for (const t1 of enabled) {
      let preempted = false
      const remove = new Set<Transition>()
      for (const t2 of filtered) {
        if (intersects(this.exitSet([t1], config), this.exitSet([t2], config))) {
          if (isDescendant(t1.source, t2.source)) remove.add(t2)
          else {
            preempted = true
            break
          }
        }
      }
      if (!preempted) {
        for (const t of remove) filtered.delete(t)
        filtered.add(t1)
      }
    }
    return [...filtered]
  }

  private domain(t: Transition): Node | undefined {
    const targets = t.targets ?? []
    if (!t.reenter && targets.every((x) => x === t.source || isDescendant(x, t.source))) return t.source
    const lca = leastCommonAncestor([...targets, t.source])
    if (lca) return lca
    if (t.reenter) return undefined
    return this.root
  }

  private exitSet(transitions: Transition[], config: Config): Node[] {
    const out = new Set<Node>()
    for (const t of transitions) {
      if (!t.targets?.length) continue
      const domain = this.domain(t)
      if (t.reenter && t.source === domain) out.add(domain)
      for (const s of config.nodes) if (isDescendant(s, domain)) out.add(s)
    }
    return [...out]
  }

  private entrySet(transitions: Transition[]): { enter: Set<Node>; defaultEntry: Set<Node> } {
    const enter = new Set<Node>()
    const defaultEntry = new Set<Node>()
    for (const t of transitions) {
      const domain = this.domain(t)
      for (const s of t.targets ?? []) {
        if (t.source !== s || t.source !== domain || t.reenter) {
          enter.add(s)
          defaultEntry.add(s)
        }
        addDescendants(s, defaultEntry, enter)
      }
      for (const s of t.targets ?? []) {
        const ancestors = properAncestors(s, domain)
        if (domain?.type === "parallel") ancestors.push(domain)
        addAncestors(enter, defaultEntry, ancestors, !t.source.parent && t.reenter ? undefined : domain)
      }
    }
    return { enter, defaultEntry }
  }

  private initial: Step | undefined

  /** The initial microstep: enter the root's initial states from the pre-initial configuration [root] (computed once). */
  initialStep(): Step {
    return (this.initial ??= this.computeInitialStep())
  }

  private computeInitialStep(): Step {
    const pre = this.config([this.root])
    const initial: Transition = { id: -1, chart: -1, source: this.root, targets: initialStateNodes(this.root), reenter: true, guard: undefined, actions: [] }
    const { enter, defaultEntry } = this.entrySet([initial])
    defaultEntry.add(this.root)
    const set = new Set(pre.nodes)
    const actions: Action[] = []
    let done = false
    for (const s of [...enter].sort((a, b) => a.order - b.order)) {
      set.add(s)
      actions.push(...s.x.entry)
      if (defaultEntry.has(s) && s.type === "compound") actions.push(...s.x.initial.actions)
      if (s.type === "final" && s.parent === this.root) done = true
    }
    return { resolved: actions.map((a) => this.resolve(a)), next: this.config([...set]), done }
  }
}

/**
 * One running instance of a compiled machine: its configuration and context.
 * `send` appends what the machine emitted to `out`, in emission order.
 */
export class CompiledActor {
  context: Ctx
  private config: Config
  private status: "active" | "done" = "active"
  private copier: ContextCopier

  constructor(
    private readonly m: CompiledMachine,
    input: unknown,
    out: Ev[],
    persisted?: { value: StateValue; context: Ctx; status?: string },
  ) {
    if (persisted) {
      this.context = persisted.context
      this.copier = new ContextCopier(Object.keys(this.context))
      this.config = m.configOfValue(persisted.value)
      if (this.config.done) this.status = "done"
      return
    }
    const ctxConfig = (m.machine.config as { context?: unknown }).context
    const initEvent = { type: "xstate.init", input }
    this.context = typeof ctxConfig === "function" ? Object.assign({}, (ctxConfig as (a: unknown) => Ctx)({ input, spawn: undefined, self: undefined })) : ((ctxConfig as Ctx) ?? {})
    this.copier = new ContextCopier(Object.keys(this.context))
    const first = m.initialStep()
    this.context = this.run(first.resolved, this.context, initEvent, out)
    this.config = first.next
    if (first.done) this.status = "done"
    this.settle(initEvent, out)
  }

  get done(): boolean {
    return this.status === "done"
  }

  get value(): StateValue {
    return this.config.value
  }

  stateString(): string {
    return this.config.stateString
  }

  matches(path: string): boolean {
    return this.config.matches(path, this.m.root)
  }

  /** XState's getPersistedSnapshot, field for field (status, value, historyValue, context, children). */
  persisted(): unknown {
    return { status: this.status, value: this.config.value, historyValue: {}, context: persistContext(this.context), children: {} }
  }

  send(event: Ev, out: Ev[]): void {
    if (this.status !== "active") return
    // One scratch list for every send (a fresh array per event was a twentieth of a campaign's allocation),
    // emptied before the step's actions run, since they may send to another machine, and emptied here
    // too, in case a guard threw during an earlier send.
    const enabled = ENABLED
    while (enabled.length) enabled.pop()
    this.m.enabled(this.config, this.context, event, enabled)
    if (enabled.length) {
      this.covered(enabled)
      const step = this.m.step(this.config, enabled)
      while (enabled.length) enabled.pop()
      this.apply(step, event, out)
    }
    this.settle(event, out)
  }

  /** Tell the campaign's coverage collector, if there is one, which transitions fire. */
  private covered(transitions: readonly Transition[]): void {
    const coverage = activeCoverage()
    if (coverage) for (const t of transitions) if (t.chart >= 0) coverage.fired(this.m.chart, t.chart)
  }

  /** Eventless transitions until none is enabled (XState's macrostep loop; nothing is ever raised internally). */
  private settle(event: Ev, out: Ev[]): void {
    while (this.status === "active") {
      const enabled = this.m.selectEventless(this.config, this.context, event)
      if (!enabled.length) return
      this.covered(enabled)
      this.apply(this.m.step(this.config, enabled), event, out)
    }
  }

  private apply(step: Step, event: Ev, out: Ev[]): void {
    this.context = this.run(step.resolved, this.context, event, out)
    this.config = step.next
    if (step.done) this.status = "done"
  }

  /** resolveAndExecuteActionsWithContext, for the action kinds the machines use (each resolved once, cached by the machine). */
  private run(actions: readonly Resolved[], context: Ctx, event: Ev, out: Ev[]): Ctx {
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]
      switch (a.kind) {
        case "assign":
          context = assignTo(this.copier, context, a.value as Assignment, event)
          break
        case "emit":
          out.push(emitted(a.value, context, event))
          break
        case "enqueue":
          context = this.enqueued(a.value as Collect, context, event, out)
          break
        case "plain":
          ;(a.value as (args: unknown, params: unknown) => void)({ context, event, self: undefined, system: undefined }, undefined)
      }
    }
    return context
  }

  /**
   * enqueueActions: run `collect` with an `enqueue` that records what it asks
   * for, then perform those in order (resolveEnqueueActions). One `enqueue`
   * object serves every call; what it records goes to the innermost call.
   */
  private enqueued(collect: Collect, context: Ctx, event: Ev, out: Ev[]): Ctx {
    const queue: unknown[] = []
    const api = enqueueApi(this.m)
    const outer = api.queue
    api.queue = queue
    api.checkContext = context
    api.checkEvent = event
    try {
      collect({ context, event, enqueue: api.enqueue, check: api.check, self: undefined, system: undefined }, undefined)
    } finally {
      api.queue = outer
    }
    for (let i = 0; i < queue.length; i += 2) {
      const kind = queue[i]
      const value = queue[i + 1]
      if (kind === "assign") context = assignTo(this.copier, context, value as Assignment, event)
      else if (kind === "emit") out.push(emitted(value, context, event))
      else context = this.run([this.m.resolve(value)], context, event, out)
    }
    return context
  }
}

type Collect = (args: unknown, params: unknown) => void

/** What the interpreter does with one action, resolved once per action object or name. */
export interface Resolved {
  kind: "assign" | "emit" | "enqueue" | "plain"
  value: unknown
}

/** The one `enqueue` object of a machine's enqueueActions calls, recording into the current queue as (kind, value) pairs. */
interface EnqueueApi {
  queue: unknown[]
  checkContext: Ctx
  checkEvent: Ev
  enqueue: ((action: Action) => void) & { assign: (x: unknown) => void; emit: (x: unknown) => void }
  check: (guard: unknown) => boolean
}

const apis = new WeakMap<CompiledMachine, EnqueueApi>()

const enqueueApi = (m: CompiledMachine): EnqueueApi => {
  let api = apis.get(m)
  if (!api) {
    const a: EnqueueApi = {
      queue: [],
      checkContext: {},
      checkEvent: { type: "" },
      enqueue: Object.assign((action: Action) => void a.queue.push("action", action), {
        assign: (x: unknown) => void a.queue.push("assign", x),
        emit: (x: unknown) => void a.queue.push("emit", x),
      }),
      check: (guard: unknown) => m.evalGuard(guard, a.checkContext, a.checkEvent),
    }
    apis.set(m, (api = a))
  }
  return api
}

/** An assign's argument: a function of (context, event) giving the partial context, or an object of values and property assigners. */
type Assignment = ((args: unknown, params: unknown) => Ctx) | Ctx

/**
 * resolveAssign: Object.assign({}, context, partial), as XState does: a copy
 * of the context with the partial's keys stored over it. Every property
 * assigner reads the context before the assign (the copy is a new object).
 */
const assignTo = (copier: ContextCopier, context: Ctx, assignment: Assignment, event: Ev): Ctx => {
  const args = { context, event, spawn: undefined, self: undefined, system: undefined }
  const next = copier.copy(context)
  const assigners = typeof assignment !== "function"
  const partial = assigners ? assignment : assignment(args, undefined)
  for (const key in partial) {
    if (!(key in next)) copier.add(key)
    const v = partial[key]
    next[key] = assigners && typeof v === "function" ? v(args, undefined) : v
  }
  return next
}

/**
 * Shallow copies of one actor's contexts, keys in order ({...context}). One
 * object-spread site shared by every machine's contexts is megamorphic and
 * slow in V8; a copier generated for the actor's own keys (cached by key
 * list, so actors of one machine share it) is not. Every context of an actor
 * descends from its first one by assigns, so its keys are the first
 * context's plus any an assign added (`add`).
 */
class ContextCopier {
  copy: (c: Ctx) => Ctx

  constructor(private keys: string[]) {
    this.copy = copierFor(keys)
  }

  add(key: string): void {
    this.keys = [...this.keys, key]
    this.copy = copierFor(this.keys)
  }
}

const copiers = new Map<string, (c: Ctx) => Ctx>()

const copierFor = (keys: string[]): ((c: Ctx) => Ctx) => {
  const id = JSON.stringify(keys)
  let f = copiers.get(id)
  if (!f) {
    const fields = keys.map((k) => `${JSON.stringify(k)}: c[${JSON.stringify(k)}]`).join(", ")
    copiers.set(id, (f = new Function("c", `return { ${fields} }`) as (c: Ctx) => Ctx))
  }
  return f
}

/** resolveEmit: the event, or what its expression makes of the context now. */
const emitted = (e: unknown, context: Ctx, event: Ev): Ev =>
  typeof e === "function" ? e({ context, event, self: undefined, system: undefined }, undefined) : (e as Ev)

const isDescendant = (child: Node, parent: Node | undefined): boolean => {
  let m = child
  while (m.parent && m.parent !== parent) m = m.parent
  return m.parent === parent
}

const properAncestors = (node: Node, to: Node | undefined): Node[] => {
  const out: Node[] = []
  if (to === node) return out
  for (let m = node.parent; m && m !== to; m = m.parent) out.push(m)
  return out
}

const leastCommonAncestor = (nodes: Node[]): Node | undefined => {
  const [head, ...tail] = nodes
  for (const a of properAncestors(head, undefined)) if (tail.every((n) => isDescendant(n, a))) return a
  return undefined
}

const intersects = (a: Node[], b: Node[]): boolean => a.some((x) => b.includes(x))

const NONE: Transition[] = []

/** CompiledActor.send's list of enabled transitions: empty between sends. */
const ENABLED: Transition[] = []

const initialOf = (n: Node): Node => {
  const target = n.x.initial.target?.[0]
  const child = n.children.find((c) => c.x === target)
  if (!child) throw new Error(`state "${n.x.id}": no initial state`)
  return child
}

const initialStateNodes = (n: Node): Node[] => {
  const out: Node[] = []
  const walk = (s: Node) => {
    if (s.type === "compound") walk(initialOf(s))
    else if (s.type === "parallel") s.children.forEach(walk)
    else out.push(s)
  }
  walk(n)
  return out
}

const addDescendants = (s: Node, defaultEntry: Set<Node>, enter: Set<Node>): void => {
  if (s.type === "compound") {
    const initial = initialOf(s)
    enter.add(initial)
    defaultEntry.add(initial)
    addDescendants(initial, defaultEntry, enter)
    addAncestors(enter, defaultEntry, properAncestors(initial, s), undefined)
  } else if (s.type === "parallel") {
    for (const child of s.children) {
      if (![...enter].some((e) => isDescendant(e, child))) {
        enter.add(child)
        defaultEntry.add(child)
        addDescendants(child, defaultEntry, enter)
      }
    }
  }
}

const addAncestors = (enter: Set<Node>, defaultEntry: Set<Node>, ancestors: Node[], reentrancyDomain: Node | undefined): void => {
  for (const anc of ancestors) {
    if (!reentrancyDomain || isDescendant(anc, reentrancyDomain)) enter.add(anc)
    if (anc.type === "parallel") {
      for (const child of anc.children) {
        if (![...enter].some((e) => isDescendant(e, child))) {
          enter.add(child)
          addDescendants(child, defaultEntry, enter)
        }
      }
    }
  }
}

/** getStateNodes: the nodes a state value names, in XState's order. */
const stateNodesOf = (root: Node, node: Node, value: StateValue): Node[] => {
  const child = (key: string) => {
    const c = node.children.find((x) => x.key === key)
    if (!c) throw new Error(`state '${key}' does not exist on '${node.x.id}'`)
    return c
  }
  if (typeof value === "string") return [node, child(value)]
  const keys = Object.keys(value)
  return [root, node, ...keys.map(child), ...keys.flatMap((k) => stateNodesOf(root, child(k), value[k] as StateValue))]
}

/** getAllStateNodes: add default descendants and every ancestor, in XState's order. */
const allStateNodes = (nodes: Node[]): Set<Node> => {
  const set = new Set(nodes)
  const hasChildIn = (s: Node) => s.children.some((c) => set.has(c))
  for (const s of set) {
    if (s.type === "compound" && !hasChildIn(s)) {
      for (const n of initialWithAncestors(s)) set.add(n)
    } else if (s.type === "parallel") {
      for (const child of s.children) if (!set.has(child)) for (const n of initialWithAncestors(child)) set.add(n)
    }
  }
  for (const s of set) for (let m = s.parent; m; m = m.parent) set.add(m)
  return set
}

const initialWithAncestors = (s: Node): Node[] => {
  const out = new Set<Node>()
  for (const leaf of initialStateNodes(s)) for (let m: Node | undefined = leaf; m && m !== s.parent; m = m.parent) out.add(m)
  return [...out]
}

/** getStateValue(root, nodes): the state value XState derives from a configuration, keys in its order. */
const stateValue = (root: Node, nodes: Node[]): StateValue => {
  const all = allStateNodes(nodes)
  const adj = new Map<Node, Node[]>()
  for (const s of all) {
    if (!adj.has(s)) adj.set(s, [])
    if (s.parent) {
      if (!adj.has(s.parent)) adj.set(s.parent, [])
      adj.get(s.parent)!.push(s)
    }
  }
  const fromAdj = (base: Node): StateValue => {
    const children = adj.get(base)
    if (!children) return {}
    if (base.type === "compound") {
      const c = children[0]
      if (!c) return {}
      if (c.type === "atomic" || c.type === "final") return c.key
    }
    const out: Record<string, StateValue> = {}
    for (const c of children) out[c.key] = fromAdj(c)
    return out
  }
  return fromAdj(root)
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

/**
 * XState's persistContext: the context itself unless it holds actor references
 * (which machines run by the kernel never do), so a persisted snapshot shares
 * the live context, exactly as XState's does.
 */
const persistContext = (part: Ctx): Ctx => part
