import cliProgress from "cli-progress"
import { campaign } from "../../fuzz/campaign.ts"
import { toCounterexample, writeCounterexample } from "../../fuzz/counterexample.ts"
import { describeFault } from "../faults/schedule.ts"
import { describeVariant, isEmptyVariant } from "../scenario/variant.ts"
import { describeSize } from "../scenario/swarm.ts"
import { resolveScenario, scenarioFlagsHelp, scenarioOptions } from "./scenario-flags.ts"
import { parseBug, parseSeed, positiveInt, strictArgs } from "./args.ts"
import { UsageError } from "./usage-error.ts"

export const fuzzHelp = `epochlab fuzz [options]
  Run fast-check over fault schedules, judge every run by every property; on a
  violation, shrink the schedule, write a counterexample file and print how to replay it.

${scenarioFlagsHelp}
  --runs N            stop after N runs (default 100) ...
  --time SECONDS      ... or after this much wall time (not both)
  --seed N            seeds fast-check and the simulation (default 1)
  --bug NAME          switch on a planted protocol bug (see: epochlab bugs)
  --max-faults N      faults per schedule, at most (default 3)
  --swarm             draw the scenario's size too (pages, epoch, link, detection timeout,
                      duration, dirty rate, clients) within the ranges it declares; the
                      drawn size shrinks toward the small end and goes into the counterexample
  --out DIR           where counterexamples go (default ./counterexamples)
  --json              print {runs, elapsedMs, violations: [{property, runsToFind, faults, shrunkFaults, file}]}

  Exit: 0 no violation, 1 violation found, 2 bad input.`

export const fuzzCommand = (argv: string[]): number => {
  const { values } = strictArgs(argv, {
    ...scenarioOptions,
    runs: { type: "string" },
    time: { type: "string" },
    seed: { type: "string", default: "1" },
    bug: { type: "string" },
    "max-faults": { type: "string", default: "3" },
    out: { type: "string", default: "counterexamples" },
    json: { type: "boolean", default: false },
    swarm: { type: "boolean", default: false },
  })
  const bug = parseBug(values.bug)
  const { scenario, variant } = resolveScenario(values, bug)
  if (values.runs !== undefined && values.time !== undefined) throw new UsageError("--runs and --time: give one or the other")
  const seed = parseSeed(values.seed)
  const maxFaults = positiveInt("--max-faults", values["max-faults"])
  const timeMs = values.time !== undefined ? positiveInt("--time", values.time) * 1000 : undefined
  const runs = values.runs !== undefined ? positiveInt("--runs", values.runs) : timeMs === undefined ? 100 : undefined
  if (values.swarm && !scenario.swarm) throw new UsageError(`--swarm: scenario ${scenario.name} declares no swarm ranges`)

  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: "fuzz {bar} {value}/{total} runs ({phase})", hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  bar?.start(runs ?? 0, 0, { phase: "search" })
  const result = campaign({
    scenario,
    seed,
    bug,
    runs,
    timeMs,
    maxFaults,
    swarm: values.swarm,
    onRun: (n, phase) => {
      if (!bar) return
      if (phase === "shrink" && bar.getTotal() < n) bar.setTotal(n)
      if (!runs && bar.getTotal() < n) bar.setTotal(n)
      bar.update(n, { phase })
    },
  })
  bar?.stop()

  const written = result.violations.map((v) => ({ v, file: writeCounterexample(values.out, toCounterexample(v, bug, variant)) }))
  if (values.json) {
    console.log(
      JSON.stringify({
        runs: result.runs,
        elapsedMs: result.elapsedMs,
        violations: written.map(({ v, file }) => ({ property: v.property, runsToFind: v.runsToFind, ...(v.size ? { size: v.size } : {}), faults: v.faults, shrunkFaults: v.shrunkFaults, file })),
      }),
    )
  } else {
    const what = `${scenario.name}${isEmptyVariant(variant) ? "" : ` (${describeVariant(variant)})`}, seed ${seed}${bug ? `, bug ${bug}` : ""}`
    if (written.length === 0) console.log(`epochlab fuzz: ${what}: no violation in ${result.runs} runs (${(result.elapsedMs / 1000).toFixed(1)} s)`)
    for (const { v, file } of written) {
      const w = v.report.verdicts.find((x) => x.property === v.property)!.witness!
      const list = (fs: typeof v.faults) => (fs.length ? fs.map(describeFault).join("; ") : "no faults at all")
      console.log(`epochlab fuzz: ${what}: ${v.property} VIOLATED after ${v.runsToFind} runs (${(v.msToFind / 1000).toFixed(1)} s)`)
      console.log(`  witness    ${(w.t / 1000).toFixed(3)} ms: ${w.message}`)
      if (v.size) console.log(`  size       ${describeSize(v.size)}`)
      console.log(`  found with ${list(v.faults)}`)
      console.log(`  shrunk to  ${list(v.shrunkFaults)} (${v.shrinkRuns} shrink runs)`)
      console.log(`  written    ${file}`)
      console.log(`  replay:    npx epochlab replay ${file}`)
    }
  }
  return written.length > 0 ? 1 : 0
}
