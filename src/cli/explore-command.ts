import cliProgress from "cli-progress"
import { explore, type ExploreResult, type ExploreViolation } from "../../fuzz/explore.ts"
import { coverageReport } from "../../fuzz/coverage-report.ts"
import { toCounterexample, writeCounterexample } from "../../fuzz/counterexample.ts"
import { describeFaults } from "../faults/schedule.ts"
import { ensureWritableDir, OutputError } from "../io/atomic-write.ts"
import { describeVariant, isEmptyVariant } from "../scenario/variant.ts"
import { parseBug, parseSeed, strictArgs } from "./args.ts"
import { resolveScenario, scenarioFlagsHelp, scenarioOptions } from "./scenario-flags.ts"
import { UsageError } from "./usage-error.ts"

export const exploreHelp = `epochlab explore [options]
  Systematic exploration of a scenario's fault points, no random search. The
  fault-free run says where faults can strike; depth 1 crashes the primary,
  crashes the backup and breaks the replication connection at every protocol
  point of every epoch it reached and just before every event it delivered,
  pauses either host at every protocol point, and partitions the link one way
  (each way) at every instant it delivered something (pauses and partitions
  last twice the detection timeout); depth 2 adds, after each fault at a
  protocol point, a second fault (crash or disconnection, another target) at
  every protocol point its run reached afterwards. Fault points that leave a
  protocol state an earlier one left are pruned. The first violation of each
  property is written as a counterexample (replayable like fuzz's).

${scenarioFlagsHelp}
  --depth 1|2         one fault per run, or pairs as well (default 1)
  --seed N            the runs' seed, 0 to 4294967295 (default 1)
  --bug NAME          switch on a planted protocol bug (see: epochlab bugs)
  --first             stop at the first run that violates a property
  --no-prune          run every fault point to the end (pruning merges points by an
                      abstraction of the state, which this checks)
  --out DIR           where counterexamples go (default ./counterexamples; checked first)
  --json              print {scenario, seed, depth, points, stoppedEarly, runs, pruned, events: {simulated,
                      beforeFault}, elapsedMs, coverage, violations: [{property, points, faults, file}]}

  Exit: 0 no violation, 1 a property violated, 2 bad input.`

export const exploreCommand = (argv: string[]): number => {
  const { values } = strictArgs(argv, {
    ...scenarioOptions,
    depth: { type: "string" },
    seed: { type: "string" },
    bug: { type: "string" },
    "no-prune": { type: "boolean", default: false },
    first: { type: "boolean", default: false },
    out: { type: "string" },
    json: { type: "boolean", default: false },
  })
  const depth = values.depth ?? "1"
  if (depth !== "1" && depth !== "2") throw new UsageError(`--depth: expected 1 or 2, got "${depth}"`)
  const seed = parseSeed(values.seed ?? "1")
  const bug = parseBug(values.bug)
  const { scenario, variant } = resolveScenario(values, bug)
  if (scenario.consolidation) throw new UsageError(`explore: scenario ${scenario.name} runs several VMs; explore places faults in one VM's run (use fuzz)`)
  const out = values.out ?? "counterexamples"
  try {
    ensureWritableDir(out, "--out")
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.message)
    throw e
  }
  const progress = progressBar()
  const r = explore({ scenario, seed, bug, depth: depth === "1" ? 1 : 2, prune: !values["no-prune"], stopAtFirst: values.first, onRun: progress.update })
  progress.stop()
  const written = r.violations.map((v) => ({ v, file: writeCounterexample(out, toCounterexample(v, bug, variant)) }))
  const what = `${scenario.name}${isEmptyVariant(variant) ? "" : ` (${describeVariant(variant)})`}, seed ${seed}${bug ? `, bug ${bug}` : ""}, depth ${depth}`
  if (values.json) {
    const { coverage, points, stoppedEarly, runs, pruned, events, elapsedMs } = r
    const violations = written.map(({ v, file }) => ({ property: v.property, points: v.points, faults: v.faults, file }))
    console.log(JSON.stringify({ scenario: scenario.name, seed, ...(bug ? { bug } : {}), depth: Number(depth), points, stoppedEarly, runs, pruned, events, elapsedMs, coverage, violations }))
  } else {
    console.log(summary(what, r))
    for (const { v, file } of written) console.log(violationLines(v, file))
    console.log(coverageReport(r.coverage))
  }
  return written.length ? 1 : 0
}

const summary = (what: string, r: ExploreResult): string => {
  const share = r.events.simulated ? Math.round((100 * r.events.beforeFault) / r.events.simulated) : 0
  return [
    `epochlab explore: ${what}: ${r.violations.length ? `${r.violations.map((v) => v.property).join(", ")} VIOLATED` : "no violation"}`,
    `  fault points  ${r.points}${r.stoppedEarly ? ` (stopped at the first violation, after ${r.runs + r.pruned - 1})` : ""}`,
    `  runs          ${r.runs} (the fault-free reference included)`,
    `  pruned        ${r.pruned} (their fault left a protocol state an earlier point had left)`,
    `  events        ${r.events.simulated} simulated, ${share}% of them re-simulating a prefix before the first fault`,
    `  elapsed       ${(r.elapsedMs / 1000).toFixed(1)} s`,
  ].join("\n")
}

const violationLines = (v: ExploreViolation, file: string): string => {
  const witness = v.report.verdicts.find((x) => x.property === v.property)?.witness
  return [
    `${v.property} VIOLATED at ${v.points} fault points; the first:`,
    `  faults     ${describeFaults(v.faults, "none (the fault-free run)")}`,
    ...(witness ? [`  witness    ${(witness.t / 1000).toFixed(3)} ms: ${witness.message}`] : []),
    `  written    ${file}`,
    `  replay:    npx epochlab replay ${file}`,
    `  explore:   npx epochlab show ${file} --open`,
  ].join("\n")
}

/** Fault points done of those known, with an estimate of the time left: a bar on a terminal, a line every five seconds otherwise. */
const progressBar = () => {
  const started = performance.now()
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: "explore {bar} {value}/{total} fault points | {duration_formatted} elapsed | about {eta_formatted} left", hideCursor: true, etaBuffer: 200 }, cliProgress.Presets.shades_classic)
    : undefined
  let lastLine = started
  let startedBar = false
  return {
    update: (done: number, known: number) => {
      if (bar) {
        if (!startedBar) bar.start(known, 0)
        startedBar = true
        bar.setTotal(known)
        bar.update(done)
      } else if (performance.now() - lastLine >= 5000) {
        lastLine = performance.now()
        const rate = done / ((lastLine - started) / 1000)
        console.error(`epochlab explore: ${done}/${known} fault points, about ${Math.round((known - done) / rate)} s left`)
      }
    },
    stop: () => bar?.stop(),
  }
}
