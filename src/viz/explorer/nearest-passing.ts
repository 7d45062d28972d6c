import { replay } from "../../../fuzz/replay.ts"
import type { Counterexample } from "../../../fuzz/counterexample.ts"
import type { BugName } from "../../bugs/bugs.ts"
import { describeFault, type Fault } from "../../faults/schedule.ts"
import { allPass, type RunReport } from "../../run/run.ts"

/** A run next to a counterexample's in which every property holds: what was taken away, and the run. */
export interface Neighbour {
  how: string
  faults: readonly Fault[]
  bug: BugName | null
  report: RunReport
}

/**
 * The nearest passing run of a counterexample, re-simulated (runs are
 * deterministic, so nothing needs storing): its schedule minus one fault,
 * the last first (a shrunk schedule usually passes without any of its
 * faults); else, for a planted bug, the same schedule on the correct
 * protocol. Undefined with the reason when neither passes (a violation
 * with no fault in the correct protocol has no neighbour of this kind).
 */
export const nearestPassing = (cx: Counterexample): Neighbour | { none: string } => {
  // The counterexample's own scenario, size, seed and interleaving, with another schedule or without its bug.
  const run = (faults: readonly Fault[], bug: BugName | null) => replay({ ...cx, shrunkFaults: [...faults], bug }).report
  const tried: string[] = []
  for (let i = cx.shrunkFaults.length - 1; i >= 0; i--) {
    const faults = cx.shrunkFaults.filter((_, j) => j !== i)
    const how = `the counterexample without its fault ${describeFault(cx.shrunkFaults[i])}`
    const report = run(faults, cx.bug)
    if (allPass(report)) return { how, faults, bug: cx.bug, report }
    tried.push(how)
  }
  if (cx.bug) {
    const report = run(cx.shrunkFaults, null)
    const how = `the same schedule on the correct protocol (without the planted bug ${cx.bug})`
    if (allPass(report)) return { how, faults: cx.shrunkFaults, bug: null, report }
    tried.push(how)
  }
  return { none: tried.length ? `no passing neighbour: ${tried.join("; ")} still fail` : "no passing neighbour: the correct protocol fails with no fault at all" }
}
