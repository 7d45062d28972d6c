import fc from "fast-check"
import type { Fault } from "../src/faults/schedule.ts"
import { kindOf } from "../src/faults/kinds/index.ts"
import { runScenario } from "../src/run/run.ts"
import { applySize, fitFaults, largest, type ScenarioSize } from "../src/scenario/swarm.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { collectCoverage } from "../src/sim/coverage.ts"
import { Rng } from "../src/sim/rng.ts"
import { arbitraryWorld, drawableKinds, faultArb, scheduleArb, sizeArb } from "./arbitraries.ts"
import type { CampaignOptions, CampaignResult, Violation } from "./campaign.ts"
import { CoverageTally, type CampaignCoverage } from "./coverage-tally.ts"


/** One case: a size (swarm only) and a schedule. */
type Case = { size?: ScenarioSize; faults: Fault[] }

/**
 * `fuzz --strategy coverage`: a coverage-guided search. Half the runs draw a
 * fresh case from the same fast-check arbitraries as the random search; the
 * other half mutate a kept case (replace a fault by a fresh one, add one,
 * remove one, or move one's time, epoch or number a little). A case is kept
 * when its run covered something no run before it had: a statechart
 * transition, a protocol point, a fault kind acting. Run i depends on what
 * runs before it found, so this search runs on one thread and is not
 * sharded; it is deterministic all the same (seed, budget). A violation is
 * shrunk greedily: drop faults, then try each fault's own shrinks.
 */
export const guidedCampaign = (o: CampaignOptions): CampaignResult => {
  const started = performance.now()
  const scenario = o.scenario
  if (o.swarm && !scenario.swarm) throw new Error(`scenario ${scenario.name} declares no swarm ranges`)
  const drawScenario = o.swarm ? applySize(scenario, largest(scenario)) : scenario
  const world = (c: Case) => {
    const s = c.size ? applySize(scenario, c.size) : scenario
    return { scenario: s, faults: c.size ? fitFaults(s, c.faults) : c.faults }
  }
  const tally = new CoverageTally(drawableKinds(scenario))
  const score = (c: CampaignCoverage) => c.machines.reduce((n, m) => n + m.covered, 0) + c.points.reached.length + (c.faults?.acted.length ?? 0)
  const kept: Case[] = []
  let best = 0
  let simulated = 0
  const maxFaults = o.maxFaults ?? 3
  const runs = o.runs ?? 1_000_000_000
  const deadline = o.timeMs === undefined ? Infinity : started + o.timeMs
  /** The first property a case violates, if any. */
  const judge = (c: Case): string | undefined => {
    const w = world(c)
    const r = collectCoverage(tally.machines, () => runScenario(w.scenario, o.seed, w.faults, o.bug, { record: "facts" }))
    simulated++
    tally.run(w.faults, r.reach, r.trace.facts)
    return r.verdicts.find((v) => !v.ok)?.property
  }
  const freshFault = (rand: Rng) => fc.sample(faultArb(drawScenario), { seed: rand.u32() | 0, numRuns: 1 })[0]
  const fresh = (i: number): Case => {
    const seed = new Rng(o.seed, `guided/fresh/${i}`).u32() | 0
    const faults = fc.sample(scheduleArb(drawScenario, maxFaults), { seed, numRuns: 1 })[0]
    return o.swarm ? { size: fc.sample(sizeArb(scenario.swarm!), { seed: seed ^ 0x5bd1e995, numRuns: 1 })[0], faults } : { faults }
  }
  const mutate = (c: Case, rand: Rng): Case => {
    const faults = [...c.faults]
    const op = faults.length === 0 ? 1 : rand.int(0, 3)
    const at = rand.int(0, Math.max(0, faults.length - 1))
    if (op === 0) faults[at] = freshFault(rand)
    else if (op === 1 && faults.length < maxFaults) faults.push(freshFault(rand))
    else if (op === 2 && faults.length > 1) faults.splice(at, 1)
    else faults[at] = nudge(faults[at], rand, drawScenario.durationUs)
    return { ...c, faults }
  }

  let runsDone = 0
  for (let i = 0; i < runs && performance.now() < deadline; i++) {
    const rand = new Rng(o.seed, `guided/${i}`)
    const c = kept.length > 0 && rand.chance(0.5) ? mutate(kept[rand.int(0, kept.length - 1)], rand) : fresh(i)
    runsDone++
    o.onRun?.(runsDone, "search")
    const failed = judge(c)
    const now = score(tally.report())
    if (now > best) {
      best = now
      kept.push(c)
    }
    if (!failed) continue
    const msToFind = Math.round(performance.now() - started)
    const found = (x: Case, shrinkRuns: number): Violation => {
      const w = world(x)
      return {
        property: failed,
        ...(x.size ? { size: x.size } : {}),
        runsToFind: runsDone,
        runIndex: i,
        msToFind,
        faults: world(c).faults,
        shrunkFaults: w.faults,
        shrinkRuns,
        report: runScenario(w.scenario, o.seed, w.faults, o.bug),
      }
    }
    o.onFound?.(found(c, 0))
    const { shrunk, shrinkRuns } = o.shrink === false ? { shrunk: c, shrinkRuns: 0 } : shrinkCase(c, drawScenario, (x) => judge(x) === failed, () => performance.now() > deadline, (n) => o.onRun?.(runsDone + n, "shrink"))
    return { runs: runsDone, simulated, elapsedMs: Math.round(performance.now() - started), violations: [found(shrunk, shrinkRuns)], coverage: tally.report() }
  }
  return { runs: runsDone, simulated, elapsedMs: Math.round(performance.now() - started), violations: [], coverage: tally.report() }
}

/** A fault moved a little: its instant by up to 5% of the run, its epoch or segment number by one or two, its window by half. */
const nudge = (f: Fault, rand: Rng, durationUs: number): Fault => {
  const g = { ...f } as Record<string, unknown>
  const step = () => rand.int(-2, 2) || 1
  if (typeof g.atUs === "number") g.atUs = clamp(g.atUs + rand.int(-durationUs / 20, durationUs / 20), 0, durationUs - 1)
  if (typeof g.epoch === "number") g.epoch = Math.max(1, g.epoch + step())
  if (typeof g.nth === "number") g.nth = Math.max(1, g.nth + step())
  if (typeof g.durationUs === "number") g.durationUs = Math.max(1, Math.round(g.durationUs * (0.5 + rand.int(0, 100) / 100)))
  return g as Fault
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)))

/** The cases one step smaller than `x`: each fault dropped, then each fault shrunk by its kind's arbitrary (at most 16 ways). */
function* shrinkCandidates(x: Case, world: ReturnType<typeof arbitraryWorld>): Generator<Case> {
  for (let i = 0; i < x.faults.length; i++) yield { ...x, faults: x.faults.filter((_, j) => j !== i) }
  for (let i = 0; i < x.faults.length; i++) {
    const f = x.faults[i]
    const arb = kindOf(f).arbitrary(world) as fc.Arbitrary<Fault>
    if (!arb.canShrinkWithoutContext(f)) continue
    let n = 0
    for (const s of arb.shrink(f, undefined)) {
      if (n++ >= 16) break
      yield { ...x, faults: x.faults.map((g, j) => (j === i ? s.value : g)) }
    }
  }
}

/**
 * Greedy shrink: drop a fault, or replace one by a shrink its kind's
 * arbitrary proposes, while the case still fails `property`; until nothing
 * smaller fails (or time runs out).
 */
const shrinkCase = (c: Case, scenario: Scenario, fails: (c: Case) => boolean, outOfTime: () => boolean, onRun: (n: number) => void) => {
  const world = arbitraryWorld(scenario)
  let current = c
  let shrinkRuns = 0
  const attempt = (x: Case) => {
    shrinkRuns++
    onRun(shrinkRuns)
    return fails(x)
  }
  for (let progress = true; progress && !outOfTime() && shrinkRuns < 500; ) {
    progress = false
    for (const x of shrinkCandidates(current, world)) {
      if (outOfTime()) break
      if (attempt(x)) {
        current = x
        progress = true
        break
      }
    }
  }
  return { shrunk: current, shrinkRuns }
}
