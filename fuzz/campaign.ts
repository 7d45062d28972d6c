import fc from "fast-check"
import type { BugName } from "../src/bugs/bugs.ts"
import type { Fault } from "../src/faults/schedule.ts"
import { runScenario, type RunReport } from "../src/run/run.ts"
import type { Verdict } from "../properties/index.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { scheduleArb, sizeArb } from "./arbitraries.ts"
import { applySize, fitFaults, largest, type ScenarioSize } from "../src/scenario/swarm.ts"
import { inertIn, type Reach } from "../src/faults/reach.ts"
import { collectCoverage } from "../src/sim/coverage.ts"
import { CoverageTally, type CampaignCoverage } from "./coverage-tally.ts"
import { drawableKinds } from "./arbitraries.ts"

export type { CampaignCoverage } from "./coverage-tally.ts"

/** Search and shrink only need the verdicts: no event trace. Reports are simulated again in full. */
const FACTS = { record: "facts" } as const

export interface CampaignOptions {
  scenario: Scenario
  /** Seeds both fast-check and the simulation. */
  seed: number
  bug?: BugName
  /** Stop after this many runs ... */
  runs?: number
  /** ... or after this much wall time (whichever comes first); it covers the shrink too, which then keeps the smallest failing schedule found so far. */
  timeMs?: number
  maxFaults?: number
  /** Shrink what the search finds (default true). */
  shrink?: boolean
  onRun?: (runs: number, phase: "search" | "shrink") => void
  /** Called the moment the search finds a violation, before shrinking: the unshrunk violation, its run recorded in full (so it can be saved at once). */
  onFound?: (v: Violation) => void
  /** Swarm: draw the scenario's size within its declared ranges as well as the faults (the scenario must declare them). */
  swarm?: boolean
  /**
   * Many machines, no coordinator: this campaign judges only the runs whose
   * index i (counted from 0 in the campaign's sequence) has i mod `count` ==
   * `index` (0-based). Run i's case is a function of (seed, i) alone, so the
   * shards of one seed together judge exactly the runs of the unsharded
   * campaign, and the first violation is the one with the lowest index.
   */
  shard?: { index: number; count: number }
  /** Resuming a campaign from its journal: the runs before `nextIndex` were judged already, and what they covered counts. */
  resume?: SearchJournal
  /** Every so often (and at the end of the search), where the search stands: for a journal. */
  onJournal?: (j: SearchJournal) => void
  /**
   * Several workers on one campaign: a failure below this index was found
   * elsewhere, so the search stops once it passes it (read before each run).
   */
  stopBeyond?: () => number
  /** ... and shrinks what it found only if it is still the lowest (default: always). */
  shrinkIf?: (runIndex: number) => boolean
  /**
   * random (this file); pct (this file: each run also draws the priorities
   * that order same-instant events); or coverage (fuzz/guided-campaign.ts:
   * one thread, no shards, no resuming).
   */
  strategy?: "random" | "coverage" | "pct"
}

/** Where a search stands: every run below `nextIndex` (of this shard) is judged and passed. */
export interface SearchJournal {
  nextIndex: number
  runs: number
  simulated: number
  coverage: CampaignCoverage
}

export interface Violation {
  property: string
  /** With swarm: the drawn size of the shrunk run. */
  size?: ScenarioSize
  /** With --strategy pct: the priorities that ordered same-instant events in the shrunk run (src/sim/kernel.ts). */
  priorities?: number
  /** Runs until the first failing one, that one included. */
  runsToFind: number
  /** Its index in the campaign's sequence of runs (the same on any shard). */
  runIndex: number
  msToFind: number
  faults: Fault[]
  shrunkFaults: Fault[]
  shrinkRuns: number
  /** The shrunk run, whose trace goes into the counterexample file. */
  report: RunReport
}

export interface CampaignResult {
  runs: number
  /** Runs actually simulated: a schedule drawn again (fast-check draws the empty one about a quarter of the time), or one whose faults could not act, is judged from memory. */
  simulated: number
  elapsedMs: number
  violations: Violation[]
  coverage: CampaignCoverage
}

/**
 * Search fault schedules for a property violation, then shrink it. Search and
 * shrink are two fast-check passes: the search ends at the first failure
 * (within the run or time budget); the shrink replays that run by its path and
 * shrinks it with no time limit, failing only on the property that failed
 * first, so the shrunk schedule shows the same violation.
 */
/** One drawn case: a size (swarm only) and a schedule. */
type Case = [ScenarioSize | undefined, Fault[], number?]

export const campaign = (o: CampaignOptions): CampaignResult => {
  const started = performance.now()
  if (o.swarm && !o.scenario.swarm) throw new Error(`scenario ${o.scenario.name} declares no swarm ranges`)
  // With swarm, schedules are drawn against the largest size and fitted to the drawn one.
  const drawn: fc.Arbitrary<Case> = o.swarm
    ? fc.tuple(sizeArb(o.scenario.swarm!), scheduleArb(applySize(o.scenario, largest(o.scenario)), o.maxFaults))
    : scheduleArb(o.scenario, o.maxFaults).map((f): Case => [undefined, f])
  // PCT: each run also draws the priorities that order same-instant events (shrinking toward 0: queue order).
  const arb: fc.Arbitrary<Case> = o.strategy === "pct" ? fc.tuple(drawn, fc.nat()).map(([[size, f], p]): Case => [size, f, p]) : drawn
  const world = ([size, drawn, priorities]: Case) => {
    const scenario = size ? applySize(o.scenario, size) : o.scenario
    return { scenario, faults: size ? fitFaults(scenario, drawn) : drawn, size, priorities: priorities || undefined }
  }
  let runs = o.resume?.runs ?? 0
  // The index of the next case fast-check draws: it draws every index in order, whatever the shard or the resume point.
  let index = 0
  const startAt = o.resume?.nextIndex ?? 0
  let nextIndex = startAt
  const mine = (i: number) => i >= startAt && (!o.shard || i % o.shard.count === o.shard.index)
  // A run is a function of its size and schedule (the scenario, seed and bug are the campaign's): judge each once.
  // A schedule none of whose faults could act in the fault-free run of its size is that run (src/faults/reach.ts).
  const judged = new Map<string, { verdicts: Verdict[]; reach?: Reach }>()
  let simulated = o.resume?.simulated ?? 0
  const tally = new CoverageTally(drawableKinds(o.scenario))
  if (o.resume) tally.merge(o.resume.coverage)
  const coverage = (): CampaignCoverage => tally.report()
  const judge = (w: ReturnType<typeof world>) => {
    const key = JSON.stringify([w.size ?? null, w.faults, w.priorities ?? 0])
    let j = judged.get(key)
    if (!j) {
      const reference = w.faults.length ? judged.get(JSON.stringify([w.size ?? null, [], w.priorities ?? 0])) : undefined
      if (reference?.reach && w.faults.every((f) => inertIn(reference.reach!, f))) j = reference
      else {
        if (judged.size >= MEMO_LIMIT) judged.clear()
        const r = runScenario(w.scenario, o.seed, w.faults, o.bug, { ...FACTS, priorities: w.priorities })
        simulated++
        tally.run(w.faults, r.reach, r.trace.facts)
        j = { verdicts: r.verdicts, ...(w.faults.length === 0 && r.reach ? { reach: r.reach } : {}) }
      }
      judged.set(key, j)
    }
    return j.verdicts
  }
  const verdicts = (c: Case): Verdict[] => judge(world(c))
  // Without swarm every case has the scenario's own size: its fault-free run first, to know which faults cannot act.
  if (!o.swarm) judge(world([undefined, []]))
  const report = (c: Case): RunReport => {
    const w = world(c)
    return runScenario(w.scenario, o.seed, w.faults, o.bug, w.priorities ? { priorities: w.priorities } : undefined)
  }
  let firstFailure: { property: string; drawn: Case; ms: number; index: number } | undefined
  let journaledAt = performance.now()
  const journal = () => o.onJournal?.({ nextIndex, runs, simulated, coverage: coverage() })
  const search = fc.property(arb, (c) => {
    const i = index++
    // Another worker found a failure below this run: nothing here can come first any more.
    if (o.stopBeyond && i > o.stopBeyond()) throw STOPPED
    // Another shard's run, or one judged before the resume: drawn (so later indices stay where they are), not judged.
    if (!mine(i)) return true
    runs++
    o.onRun?.(runs, "search")
    const failed = verdicts(c).find((v) => !v.ok)
    if (failed) firstFailure = { property: failed.property, drawn: c, ms: performance.now() - started, index: i }
    else nextIndex = i + 1
    if (o.onJournal && performance.now() - journaledAt > JOURNAL_MS) {
      journaledAt = performance.now()
      journal()
    }
    return !failed
  })
  // Coverage is the search's: what the shrink tries is a subset of one run's neighbourhood.
  const found = collectCoverage(tally.machines, () =>
    fc.check(search, {
      seed: o.seed,
      numRuns: o.runs ?? 1_000_000_000,
      interruptAfterTimeLimit: o.timeMs,
      endOnFailure: true,
    }),
  )
  const elapsed = () => Math.round(performance.now() - started)
  journal()
  if (!found.failed || !firstFailure || found.counterexamplePath === null) return { runs, simulated, elapsedMs: elapsed(), violations: [], coverage: coverage() }

  const property = firstFailure.property
  const first = world(firstFailure.drawn)
  const violation = (shrunk: Case, shrinkRuns: number): Violation => {
    const w = world(shrunk)
    return { property, ...(w.size ? { size: w.size } : {}), ...(w.priorities ? { priorities: w.priorities } : {}), runsToFind: runs, runIndex: firstFailure!.index, msToFind: Math.round(firstFailure!.ms), faults: first.faults, shrunkFaults: w.faults, shrinkRuns, report: report(shrunk) }
  }
  const unshrunk = violation(firstFailure.drawn, 0)
  o.onFound?.(unshrunk)
  if (o.shrink === false || (o.shrinkIf && !o.shrinkIf(firstFailure.index))) return { runs, simulated, elapsedMs: elapsed(), violations: [unshrunk], coverage: coverage() }
  let shrinkRuns = 0
  const deadline = o.timeMs === undefined ? Infinity : started + o.timeMs
  const shrink = fc.property(arb, (c) => {
    // Out of time: no candidate counts as failing any more, so fast-check stops at the smallest failing schedule found so far.
    if (performance.now() > deadline) return true
    shrinkRuns++
    o.onRun?.(runs + shrinkRuns, "shrink")
    return !verdicts(c).some((v) => v.property === property && !v.ok)
  })
  const shrunk = fc.check(shrink, { seed: o.seed, path: found.counterexamplePath, numRuns: 1 })
  const last = shrunk.failed && shrunk.counterexample ? shrunk.counterexample[0] : firstFailure.drawn
  // The report is the shrunk counterexample simulated again with everything recorded.
  const v = violation(last, shrinkRuns)
  return { runs, simulated, elapsedMs: elapsed(), violations: [v], coverage: coverage() }
}

/** Thrown into fast-check to end a search another worker has made pointless (it ends like a failure; there is none). */
const STOPPED = new Error("stopped: a lower run failed on another worker")

/** How often a search tells its journal where it stands (wall time: it only decides how much a kill loses). */
const JOURNAL_MS = 500

/** Distinct cases remembered at most: a long campaign forgets and starts again rather than growing without bound. */
const MEMO_LIMIT = 200_000
