import { readFileSync } from "node:fs"
import { parseCrash } from "../faults/crash-flag.ts"
import { parseSchedule, FaultScheduleError } from "../faults/parse.ts"
import { describeFault, describeFaults, type Fault } from "../faults/schedule.ts"
import { checkFaultsFit, InertFaultError } from "../scenario/fit-faults.ts"
import { ensureWritableFile, OutputError } from "../io/atomic-write.ts"
import { resolveScenario, scenarioFlagsHelp, scenarioOptions } from "./scenario-flags.ts"
import { allPass, runScenario, type RunReport } from "../run/run.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { bytes, row, us } from "./format.ts"
import { engineHelp, parseBug, parseEngine, parseSeed, strictArgs } from "./args.ts"
import { writeTraceFile } from "./trace-file.ts"
import { UsageError } from "./usage-error.ts"

export const runHelp = `epochlab run [options]
  Simulate one protected run and judge it by every property.

${scenarioFlagsHelp}
  --seed N               run seed, a 32-bit integer (default 1)
  --crash HOST@MS        crash primary or backup at MS virtual milliseconds (repeatable);
                         in a consolidated scenario VM:HOST@MS, e.g. vm2:primary@1000
  --faults FILE          apply a fault schedule (format epochlab-faults v1, see docs/faults.md)
  --bug NAME             switch on a planted protocol bug (see: epochlab bugs)
  --trace FILE           write the full trace (events, facts, hash) as JSON
  --json                 print one JSON object instead of the summary
  --check-determinism    run twice; exit 3 if the trace hashes differ
${engineHelp}

  Exit: 0 every property holds, 1 a property fails, 2 bad input, 3 nondeterminism.`

/** `epochlab run`: returns the exit code. */
export const runCommand = (argv: string[]): number => {
  const { values } = strictArgs(argv, {
    ...scenarioOptions,
    seed: { type: "string", default: "1" },
    crash: { type: "string", multiple: true, default: [] },
    bug: { type: "string" },
    faults: { type: "string" },
    trace: { type: "string" },
    json: { type: "boolean", default: false },
    "check-determinism": { type: "boolean", default: false },
    engine: { type: "string" },
  })
  const engine = { engine: parseEngine(values.engine) }
  const bug = parseBug(values.bug)
  const { scenario } = resolveScenario(values, bug)
  const seed = parseSeed(values.seed)
  const faults: Fault[] = values.crash.map((c) => {
    try {
      return parseCrash(c)
    } catch (e) {
      throw new UsageError((e as Error).message)
    }
  })
  if (values.faults) faults.push(...readFaults(values.faults))
  try {
    checkFaultsFit(scenario, faults)
  } catch (e) {
    if (e instanceof InertFaultError) throw new UsageError(e.message)
    throw e
  }
  if (values.trace) {
    try {
      ensureWritableFile(values.trace, "--trace")
    } catch (e) {
      if (e instanceof OutputError) throw new UsageError(e.message)
      throw e
    }
  }

  const report = runScenario(scenario, seed, faults, bug, engine)
  if (values.trace) writeTraceFile(values.trace, report)
  let code = allPass(report) ? 0 : 1
  let determinism: { hashes: string[]; same: boolean } | undefined
  if (values["check-determinism"]) {
    const again = runScenario(scenario, seed, faults, bug, engine)
    determinism = { hashes: [report.trace.hash, again.trace.hash], same: again.trace.hash === report.trace.hash }
    if (!determinism.same) code = 3
  }
  console.log(values.json ? JSON.stringify(toJson(report, determinism)) : toText(report, determinism))
  return code
}

const toJson = (r: RunReport, determinism?: { hashes: string[]; same: boolean }) => ({
  scenario: r.scenario.name,
  seed: r.seed,
  ...(r.bug ? { bug: r.bug } : {}),
  traceHash: r.trace.hash,
  verdicts: Object.fromEntries(r.verdicts.map((v) => [v.property, v.ok ? "pass" : "fail"])),
  metrics: r.metrics,
  ...(r.verdicts.some((v) => !v.ok) ? { witnesses: Object.fromEntries(r.verdicts.filter((v) => !v.ok).map((v) => [v.property, v.witness])) } : {}),
  ...(determinism ? { determinism } : {}),
})

const toText = (r: RunReport, determinism?: { hashes: string[]; same: boolean }): string => {
  const m = r.metrics
  const faults = describeFaults(r.faults)
  const lines = [
    `epochlab run: ${r.scenario.name}, seed ${r.seed}, ${faults}${r.bug ? `, planted bug ${r.bug}` : ""}, ${r.scenario.durationUs / 1e6} simulated s`,
    row("epochs committed", String(m.epochsCommitted)),
    row("replication bytes", bytes(m.replicationBytes)),
    row("dirty pages sent", `${m.dirtyPages} (${bytes(m.dirtyPages * PAGE_SIZE)} raw; memory ${r.scenario.host.workload.memory}, compressor ${r.scenario.host.compression.compressor})`),
    row("mean pause", us(m.meanPauseUs)),
    row("mean output delay", us(m.meanOutputDelayUs)),
    row("client bytes", bytes(m.clientBytes)),
    row(
      "failover",
      m.failover
        ? `${m.failover.vm ? `${m.failover.vm}: ` : ""}detected ${us(m.failover.detectedAtUs)}, resumed ${us(m.failover.resumedAtUs)}, restored epoch ${m.failover.restoredEpoch}`
        : "none",
    ),
    ...(m.backupHost ? backupHostRows(m.backupHost) : []),
    row("events", String(r.eventCount)),
    row("trace hash", r.trace.hash),
  ]
  if (determinism) lines.push(row("determinism", determinism.same ? "same hash twice" : `DIFFERENT: ${determinism.hashes.join(" vs ")}`))
  lines.push("verdicts")
  for (const v of r.verdicts) {
    lines.push(row(v.property, v.ok ? "pass" : `FAIL at event ${v.witness!.at} (${us(v.witness!.t)}): ${v.witness!.message}`))
  }
  return lines.join("\n")
}

const backupHostRows = (b: NonNullable<RunReport["metrics"]["backupHost"]>): string[] => [
  row("shared backup", `protects ${b.admitted.join(", ") || "nobody"}; peak ${b.peakPages} of ${b.capacityPages} pages`),
  ...b.refused.map((r) => row(`refused ${r.vm}`, r.reason)),
]

/** Read and validate a fault schedule file; any problem is one usage error line. */
export const readFaults = (path: string): Fault[] => {
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (e) {
    throw new UsageError(`--faults: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  try {
    return parseSchedule(text, path).faults
  } catch (e) {
    if (e instanceof FaultScheduleError) throw new UsageError(e.message)
    throw e
  }
}
