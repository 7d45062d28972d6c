import { findScenario } from "../src/scenario/builtin.ts"
import { applyVariant } from "../src/scenario/variant.ts"
import { applySize } from "../src/scenario/swarm.ts"
import { runScenario, type RunReport } from "../src/run/run.ts"
import type { Counterexample } from "./counterexample.ts"
import type { MachineEngine } from "../src/sim/machine-actor.ts"

export interface Replay {
  reproduced: boolean
  report: RunReport
}

/** Re-execute a counterexample's shrunk schedule (optionally without its bug) and compare trace hashes. */
export const replay = (cx: Counterexample, options: { withoutBug?: boolean; engine?: MachineEngine } = {}): Replay => {
  const bug = options.withoutBug ? undefined : (cx.bug ?? undefined)
  const variant = applyVariant(findScenario(cx.scenario)!, cx.variant ?? {})
  const scenario = cx.size ? applySize(variant, cx.size) : variant
  const report = runScenario(scenario, cx.seed, cx.shrunkFaults, bug, { engine: options.engine, ...(cx.priorities ? { priorities: cx.priorities } : {}) })
  return { reproduced: report.trace.hash === cx.traceHash, report }
}
