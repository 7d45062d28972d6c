import { judge, type Verdict } from "../../properties/index.ts"
import type { BugName } from "../bugs/bugs.ts"
import type { Trace } from "../sim/trace.ts"
import type { RunOptions } from "../scenario/simulate.ts"
import type { Fault } from "../faults/schedule.ts"
import type { Reach } from "../faults/reach.ts"
import { metricsOf, type RunMetrics } from "./metrics.ts"
import type { Scenario } from "../scenario/scenario.ts"
import { simulate } from "../scenario/simulate.ts"

export interface RunReport {
  scenario: Scenario
  seed: number
  faults: readonly Fault[]
  bug?: BugName
  trace: Trace
  eventCount: number
  metrics: RunMetrics
  verdicts: Verdict[]
  reach?: Reach
}

/** Simulate, measure, judge. `options.record: "facts"` skips the event trace and its hash (a fuzz run). */
export const runScenario = (scenario: Scenario, seed: number, faults: readonly Fault[] = [], bug?: BugName, options?: RunOptions): RunReport => {
  const sim = simulate({ scenario, seed, faults, bug, options })
  return {
    scenario,
    seed,
    faults,
    bug,
    trace: sim.trace,
    eventCount: sim.eventCount,
    metrics: metricsOf(sim.trace),
    verdicts: judge({ scenario, faults, trace: sim.trace }),
    ...(sim.reach ? { reach: sim.reach } : {}),
  }
}

export const allPass = (r: RunReport): boolean => r.verdicts.every((v) => v.ok)

/** An experiment's run must hold every property: a figure from a broken run is not a figure. Throws, naming the run and what failed. */
export const requirePasses = (r: RunReport, what: string): void => {
  const bad = r.verdicts.filter((v) => !v.ok)
  if (bad.length) throw new Error(`${what}: ${bad.map((v) => `${v.property}: ${v.witness?.message}`).join("; ")}`)
}
