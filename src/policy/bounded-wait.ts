import { Effect } from "effect"
import { sleepUs } from "../sim/effect-runtime.ts"
import type { Micros } from "../sim/time.ts"
import type { HypervisorView, PolicyObservation } from "./observation.ts"
import type { PolicyKind, PolicySetup } from "./policy.ts"

/** How often a policy that waits for a condition looks again when nothing tells it a sooner time. */
export const LOOK_EVERY_US = 1000

/** A page on the wire (a raw record): what a policy estimates a dirty page costs to send. */
export const PAGE_WIRE_BYTES = 4104

/**
 * The one waiting loop every conditional policy uses: never checkpoint
 * before `floorUs` of the epoch, always by `ceilingUs`, and in between as
 * soon as `due` says so. `due` answers from one observation, and may name
 * the instant it would next become true (an age reaching its limit), so the
 * loop sleeps to it rather than looking every millisecond.
 *
 * Planted bug policy-starves (`ceiling: "deferred-while-dirtying"`): while
 * the guest dirties memory faster than `deferAbovePagesPerSecond`, the loop
 * keeps deferring (memory-heavy phases want long epochs), past the ceiling
 * too, waiting for the burst to pass.
 */
export const boundedWait = (view: HypervisorView, b: Bounds) => Effect.gen(() => waitWithin(view, b))

interface Bounds {
  floorUs: Micros
  ceilingUs: Micros
  due(o: PolicyObservation): boolean | Micros
  ceiling?: "enforced" | "deferred-while-dirtying"
  deferAbovePagesPerSecond?: number
}

// Declared once, not per wait (a generator function made per call keeps finished runs alive: src/epoch/epoch-loop.ts).
function* waitWithin(view: HypervisorView, b: Bounds) {
  while (true) {
    const o = view.observe()
    const start = o.epochStartedAt
    const ceilingAt = start + b.ceilingUs
    const starving = b.ceiling === "deferred-while-dirtying" && o.dirtyPagesPerSecond > (b.deferAbovePagesPerSecond ?? Infinity)
    if (o.now >= ceilingAt && !starving) return
    const floorAt = start + b.floorUs
    const due = o.now >= floorAt && !starving ? b.due(o) : false
    if (due === true) return
    // Sleep to the soonest of: the floor, the instant `due` named, the ceiling, the next look.
    let next = o.now + LOOK_EVERY_US
    if (o.now < floorAt) next = floorAt
    if (typeof due === "number" && due > o.now) next = Math.min(next, due)
    if (!starving) next = Math.min(next, ceilingAt)
    yield* sleepUs(Math.max(1, next - o.now))
  }
}

/** The estimated time to send the dirty set at the bandwidth the link has shown (undefined before it has shown any). */
export const dirtyTransferUs = (o: PolicyObservation): Micros | undefined =>
  o.linkBytesPerSecond === undefined ? undefined : (o.dirtyPages * PAGE_WIRE_BYTES * 1e6) / o.linkBytesPerSecond

/** The instant the oldest held packet reaches `maxAgeUs` (undefined: nothing held). */
export const heldAgeDeadline = (o: PolicyObservation, maxAgeUs: Micros): Micros | undefined => (o.oldestHeldAt === undefined ? undefined : o.oldestHeldAt + maxAgeUs)

/**
 * A policy that decides by what it sees: its rule (`due`), its floor and
 * declared ceiling, waited out by `boundedWait`.
 */
export const conditionalPolicy = <S extends { kind: string }>(k: {
  kind: S["kind"]
  summary: string
  params: PolicyKind<S>["params"]
  floorUs(spec: S): Micros
  ceilingUs(spec: S): Micros
  due(setup: PolicySetup<S>): (o: PolicyObservation) => boolean | Micros
  deferAbovePagesPerSecond?(spec: S): number
}): PolicyKind<S> => ({
  kind: k.kind,
  summary: k.summary,
  params: k.params,
  conditional: true,
  ceilingUs: (spec) => k.ceilingUs(spec),
  create: (setup) => ({
    awaitCheckpoint: () =>
      boundedWait(setup.view, {
        floorUs: k.floorUs(setup.spec),
        ceilingUs: setup.ceilingUs,
        ceiling: setup.ceiling,
        deferAbovePagesPerSecond: k.deferAbovePagesPerSecond?.(setup.spec),
        due: k.due(setup),
      }),
  }),
})
