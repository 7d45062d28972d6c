import { CounterexampleError, readCounterexample } from "../../fuzz/counterexample.ts"
import { replay } from "../../fuzz/replay.ts"
import { describeFault, describeFaults } from "../faults/schedule.ts"
import { engineHelp, parseEngine, strictArgs } from "./args.ts"
import { row } from "./format.ts"
import { UsageError } from "./usage-error.ts"
import { VERSION } from "../version.ts"

export const replayHelp = `epochlab replay FILE [--json] [--engine E]
  Re-execute a counterexample; report whether the trace hash matches and the verdicts.
${engineHelp}
  Exit: 0 reproduced and every property holds, 1 reproduced and a property fails,
  3 not reproduced (the trace hash differs), 2 a corrupt or foreign file.
  A file written by another epochlab version replays with a warning on stderr.`

/** Read a counterexample or fail with one usage line. */
export const loadCounterexample = (file: string | undefined) => {
  if (!file) throw new UsageError("expected a counterexample FILE")
  try {
    return readCounterexample(file)
  } catch (e) {
    if (e instanceof CounterexampleError) throw new UsageError(e.message)
    throw e
  }
}

export const replayCommand = (argv: string[]): number => {
  const { values, positionals } = strictArgs(argv, { json: { type: "boolean", default: false }, engine: { type: "string" } }, true)
  if (positionals.length > 1) throw new UsageError(`replay takes one FILE, got ${positionals.length}`)
  const cx = loadCounterexample(positionals[0])
  if (cx.epochlab !== VERSION) console.error(`epochlab: warning: ${positionals[0]} was written by epochlab ${cx.epochlab}, this is ${VERSION}; it may not reproduce`)
  const { reproduced, report } = replay(cx, { engine: parseEngine(values.engine) })
  const verdicts = Object.fromEntries(report.verdicts.map((v) => [v.property, v.ok ? "pass" : "fail"]))
  if (values.json) {
    console.log(JSON.stringify({ file: positionals[0], reproduced, traceHash: report.trace.hash, expectedHash: cx.traceHash, verdicts }))
  } else {
    console.log(`epochlab replay: ${positionals[0]}`)
    console.log(row("scenario", `${cx.scenario}, seed ${cx.seed}${cx.bug ? `, bug ${cx.bug}` : ""}`))
    console.log(row("faults", describeFaults(cx.shrunkFaults, "none")))
    console.log(row("reproduced", reproduced ? "yes (same trace hash)" : `NO: hash ${report.trace.hash} vs ${cx.traceHash}`))
    for (const v of report.verdicts) console.log(row(v.property, v.ok ? "pass" : `FAIL: ${v.witness!.message}`))
  }
  if (!reproduced) return 3
  return report.verdicts.every((v) => v.ok) ? 0 : 1
}
