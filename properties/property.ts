import type { Fault } from "../src/faults/schedule.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import type { Trace } from "../src/sim/trace.ts"

/** The first event that breaks a property, and why. */
export interface Witness {
  /** Index of the delivered trace event during which the violation happened. */
  at: number
  t: number
  message: string
}

export interface Verdict {
  property: string
  ok: boolean
  witness?: Witness
}

/** What a property may look at: the trace of a run, the scenario and the faults that set it up (for bounds). */
export interface RunRecord {
  scenario: Scenario
  faults: readonly Fault[]
  trace: Trace
}

/** A safety or liveness property (stable id from the primer, section 3): a function from a run to a verdict. */
export interface Property {
  id: string
  /** One sentence a reader of a counterexample needs. */
  explanation: string
  check(run: RunRecord): Verdict
}

export const pass = (property: string): Verdict => ({ property, ok: true })

export const fail = (property: string, at: number, t: number, message: string): Verdict => ({
  property,
  ok: false,
  witness: { at, t, message },
})
