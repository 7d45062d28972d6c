import { writeFileAtomic } from "../io/atomic-write.ts"
import type { RunReport } from "../run/run.ts"
import { VERSION } from "../version.ts"

/** Write a run's full trace as JSON: events, facts, hash, and what produced it. */
export const writeTraceFile = (path: string, r: RunReport): void => {
  const doc = {
    format: "epochlab-trace",
    version: 1,
    epochlab: VERSION,
    scenario: r.scenario.name,
    seed: r.seed,
    faults: r.faults,
    traceHash: r.trace.hash,
    verdicts: r.verdicts,
    events: r.trace.events,
    facts: r.trace.facts,
  }
  writeFileAtomic(path, JSON.stringify(doc) + "\n")
}
