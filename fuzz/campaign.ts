import fc from "fast-check"
import type { BugName } from "../src/bugs/bugs.ts"
import type { Fault } from "../src/faults/schedule.ts"
import { runScenario, type RunReport } from "../src/scenario/run.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { scheduleArb } from "./arbitraries.ts"

/** Search and shrink only need the verdicts: no event trace. Reports are simulated again in full. */
const FACTS = { record: "facts" } as const

export interface CampaignOptions {
  scenario: Scenario
  /** Seeds both fast-check and the simulation. */
  seed: number
  bug?: BugName
  /** Stop after this many runs ... */
  runs?: number
  /** ... or after this much wall time (whichever comes first). */
  timeMs?: number
  maxFaults?: number
  /** Shrink what the search finds (default true). */
  shrink?: boolean
  onRun?: (runs: number, phase: "search" | "shrink") => void
}

export interface Violation {
  property: string
  /** Runs until the first failing one, that one included. */
  runsToFind: number
  msToFind: number
  faults: Fault[]
  shrunkFaults: Fault[]
  shrinkRuns: number
  /** The shrunk run, whose trace goes into the counterexample file. */
  report: RunReport
}

export interface CampaignResult {
  runs: number
  elapsedMs: number
  violations: Violation[]
}

/**
 * Search fault schedules for a property violation, then shrink it. Search and
 * shrink are two fast-check passes: the search ends at the first failure
 * (within the run or time budget); the shrink replays that run by its path and
 * shrinks it with no time limit, failing only on the property that failed
 * first, so the shrunk schedule shows the same violation.
 */
export const campaign = (o: CampaignOptions): CampaignResult => {
  const started = performance.now()
  const arb = scheduleArb(o.scenario, o.maxFaults)
  let runs = 0
  let firstFailure: { property: string; faults: Fault[]; ms: number } | undefined
  const search = fc.property(arb, (faults) => {
    runs++
    o.onRun?.(runs, "search")
    const failed = runScenario(o.scenario, o.seed, faults, o.bug, FACTS).verdicts.find((v) => !v.ok)
    if (failed) firstFailure = { property: failed.property, faults, ms: performance.now() - started }
    return !failed
  })
  const found = fc.check(search, {
    seed: o.seed,
    numRuns: o.runs ?? 1_000_000_000,
    interruptAfterTimeLimit: o.timeMs,
    endOnFailure: true,
  })
  if (!found.failed || !firstFailure || found.counterexamplePath === null)
    return { runs, elapsedMs: Math.round(performance.now() - started), violations: [] }

  const property = firstFailure.property
  if (o.shrink === false) {
    const report = runScenario(o.scenario, o.seed, firstFailure.faults, o.bug)
    const v = { property, runsToFind: runs, msToFind: Math.round(firstFailure.ms), faults: firstFailure.faults, shrunkFaults: firstFailure.faults, shrinkRuns: 0, report }
    return { runs, elapsedMs: Math.round(performance.now() - started), violations: [v] }
  }
  let shrinkRuns = 0
  const shrink = fc.property(arb, (faults) => {
    shrinkRuns++
    o.onRun?.(runs + shrinkRuns, "shrink")
    const r = runScenario(o.scenario, o.seed, faults, o.bug, FACTS)
    return !r.verdicts.some((v) => v.property === property && !v.ok)
  })
  const shrunk = fc.check(shrink, { seed: o.seed, path: found.counterexamplePath, numRuns: 1 })
  const shrunkFaults = shrunk.failed && shrunk.counterexample ? shrunk.counterexample[0] : firstFailure.faults
  // Re-run the final schedule so the report is exactly the shrunk counterexample's.
  const report = runScenario(o.scenario, o.seed, shrunkFaults, o.bug)
  return {
    runs,
    elapsedMs: Math.round(performance.now() - started),
    violations: [
      {
        property,
        runsToFind: runs,
        msToFind: Math.round(firstFailure.ms),
        faults: firstFailure.faults,
        shrunkFaults,
        shrinkRuns,
        report,
      },
    ],
  }
}
