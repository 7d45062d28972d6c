import cliProgress from "cli-progress"
import type { CampaignCoverage } from "../../fuzz/campaign.ts"
import { Worker } from "node:worker_threads"
import { counterexampleName, writeCounterexample, type Counterexample } from "../../fuzz/counterexample.ts"
import { describeFault, describeFaults, type Fault } from "../faults/schedule.ts"
import { ensureWritableDir, OutputError } from "../io/atomic-write.ts"
import { describeVariant, isEmptyVariant } from "../scenario/variant.ts"
import { describeSize } from "../scenario/swarm.ts"
import { resolveScenario, scenarioFlagsHelp, scenarioOptions } from "./scenario-flags.ts"
import { countArg, parseBug, parseSeed, positiveInt, strictArgs } from "./args.ts"
import { UsageError } from "./usage-error.ts"
import type { FuzzMessage, FuzzWork } from "./fuzz-worker.ts"

export const fuzzHelp = `epochlab fuzz [options]
  Run fast-check over fault schedules, judge every run by every property; on a
  violation, write its counterexample at once, shrink the schedule, write the
  shrunk one over it, and print how to replay it.

${scenarioFlagsHelp}
  --runs N            stop after N runs (default 100) ...
  --time SECONDS      ... or after this much wall time (not both); it covers the shrink,
                      which then keeps the smallest failing schedule found so far
  --seed N            seeds fast-check and the simulation, 0 to 4294967295 (default 1)
  --bug NAME          switch on a planted protocol bug (see: epochlab bugs)
  --max-faults N      faults per schedule, at most (default 3)
  --swarm             draw the scenario's size too (pages, epoch, link, detection timeout,
                      duration, dirty rate, clients) within the ranges it declares; the
                      drawn size shrinks toward the small end and goes into the counterexample
  --out DIR           where counterexamples go (default ./counterexamples; checked first)
  --json              print {runs, simulated, elapsedMs, coverage: {machines: [{machine, covered, total,
                      missing}], points: {reached, missing}}, violations: [{property, runsToFind, faults,
                      shrunkFaults, file}]}

  At the end it reports the search's coverage: for each statechart the transitions that fired
  of those it has, the ones that never did by name, and the protocol points the runs reached.

  Ctrl-C (or SIGTERM) stops the campaign: a violation already found is on disk.
  Exit: 0 no violation, 1 violation found, 2 bad input, 130 interrupted before finding one.`

/** `epochlab fuzz`: the campaign runs in a worker thread; this thread keeps the files, the bar and the signals. */
export const fuzzCommand = async (argv: string[]): Promise<number> => {
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
  const maxFaults = positiveInt("--max-faults", values["max-faults"], 100)
  const timeMs = values.time !== undefined ? positiveInt("--time", values.time, 365 * 24 * 3600) * 1000 : undefined
  const runs = values.runs !== undefined ? countArg("--runs", values.runs) : timeMs === undefined ? 100 : undefined
  if (values.swarm && !scenario.swarm) throw new UsageError(`--swarm: scenario ${scenario.name} declares no swarm ranges`)
  try {
    ensureWritableDir(values.out, "--out")
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.message)
    throw e
  }

  const work: FuzzWork = { options: { scenario, seed, bug, runs, timeMs, maxFaults, swarm: values.swarm }, bug, variant }
  const what = `${scenario.name}${isEmptyVariant(variant) ? "" : ` (${describeVariant(variant)})`}, seed ${seed}${bug ? `, bug ${bug}` : ""}`
  const started = performance.now()
  const progress = progressReporter(runs, timeMs)
  let found: { cx: Counterexample; file: string; name: string; runsToFind: number } | undefined
  let lastRuns = 0

  const url = new URL(import.meta.url.endsWith(".ts") ? "./fuzz-worker.ts" : "./fuzz-worker.js", import.meta.url)
  const worker = new Worker(url, { workerData: work, execArgv: import.meta.url.endsWith(".ts") ? ["--import", "tsx"] : [] })

  return await new Promise<number>((resolve, reject) => {
    const stop = (signal: string) => {
      progress.stop()
      void worker.terminate()
      const s = ((performance.now() - started) / 1000).toFixed(1)
      if (found) console.error(`epochlab fuzz: ${signal} after ${lastRuns} runs (${s} s); ${found.cx.property} was violated: ${found.file} (not shrunk)`)
      else console.error(`epochlab fuzz: ${signal} after ${lastRuns} runs (${s} s); no violation found`)
      resolve(found ? 1 : 130)
    }
    const onInt = () => stop("interrupted")
    const onTerm = () => stop("terminated")
    process.once("SIGINT", onInt)
    process.once("SIGTERM", onTerm)
    const done = (code: number) => {
      process.off("SIGINT", onInt)
      process.off("SIGTERM", onTerm)
      resolve(code)
    }
    worker.on("error", (e) => {
      progress.stop()
      reject(e)
    })
    worker.on("message", (m: FuzzMessage) => {
      if (m.type === "progress") {
        lastRuns = m.runs
        progress.update(m.runs, m.phase)
      } else if (m.type === "found") {
        // On disk at once: an interruption from here on loses nothing.
        const name = counterexampleName(m.cx)
        found = { cx: m.cx, name, file: writeCounterexample(values.out, m.cx, name), runsToFind: m.runsToFind }
        lastRuns = m.runsToFind
        progress.found()
      } else {
        progress.stop()
        const written = m.violations.map((v) => ({ ...v, file: writeCounterexample(values.out, v.cx, found?.name) }))
        if (values.json) {
          console.log(
            JSON.stringify({
              runs: m.runs,
              simulated: m.simulated,
              elapsedMs: m.elapsedMs,
              coverage: m.coverage,
              violations: written.map((v) => ({ property: v.cx.property, runsToFind: v.runsToFind, ...(v.cx.size ? { size: v.cx.size } : {}), faults: v.faults, shrunkFaults: v.shrunkFaults, file: v.file })),
            }),
          )
        } else {
          if (written.length === 0) console.log(`epochlab fuzz: ${what}: no violation in ${m.runs} runs (${(m.elapsedMs / 1000).toFixed(1)} s)`)
          for (const v of written) report(what, v)
          console.log(coverageReport(m.coverage))
        }
        done(written.length > 0 ? 1 : 0)
      }
    })
  })
}

/** What the search exercised: per statechart, transitions fired of those drawn, the others named; protocol points reached. */
export const coverageReport = (c: CampaignCoverage): string => {
  const width = Math.max(...c.machines.map((m) => m.machine.length), 0)
  const lines = ["coverage of the search (statechart transitions fired):"]
  for (const m of c.machines) {
    lines.push(`  ${m.machine.padEnd(width)}  ${m.covered}/${m.total}${m.missing.length ? ", never:" : ""}`)
    for (const t of m.missing) lines.push(`    ${t}`)
  }
  const points = c.points.reached.length + c.points.missing.length
  lines.push(`  protocol points reached: ${c.points.reached.length}/${points}${c.points.missing.length ? ` (never: ${c.points.missing.join(", ")})` : ""}`)
  return lines.join("\n")
}

const list = (fs: readonly Fault[]) => describeFaults(fs, "no faults at all")

const report = (what: string, v: { cx: Counterexample; runsToFind: number; msToFind: number; shrinkRuns: number; file: string }): void => {
  const { cx } = v
  console.log(`epochlab fuzz: ${what}: ${cx.property} VIOLATED after ${v.runsToFind} runs (${(v.msToFind / 1000).toFixed(1)} s)`)
  console.log(`  witness    ${(cx.witness.t / 1000).toFixed(3)} ms: ${cx.witness.message}`)
  if (cx.size) console.log(`  size       ${describeSize(cx.size)}`)
  console.log(`  found with ${list(cx.faults)}`)
  console.log(`  shrunk to  ${list(cx.shrunkFaults)} (${v.shrinkRuns} shrink runs)`)
  console.log(`  written    ${v.file}`)
  console.log(`  replay:    npx epochlab replay ${v.file}`)
}

/**
 * The campaign's progress on stderr: a bar on a terminal (phase, runs, elapsed,
 * estimate), a line every five seconds otherwise.
 */
const progressReporter = (runs: number | undefined, timeMs: number | undefined) => {
  const started = performance.now()
  const tty = process.stderr.isTTY
  const bar = tty
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: "fuzz {bar} {phase} | {runs} runs | {duration_formatted} elapsed | {left}", hideCursor: true, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  // The bar measures runs against --runs, or seconds against --time.
  const total = runs ?? Math.round((timeMs ?? 0) / 1000)
  bar?.start(total, 0, { phase: "searching", runs: 0, left: "" })
  let lastLine = started
  let phase: "searching" | "shrinking" = "searching"
  let shrinkFrom = 0
  return {
    update(n: number, p: "search" | "shrink") {
      const now = performance.now()
      if (p === "shrink" && phase === "searching") {
        phase = "shrinking"
        shrinkFrom = n
      }
      const elapsedS = (now - started) / 1000
      if (bar) {
        const value = runs ? Math.min(n, runs) : Math.min(Math.round(elapsedS), total)
        const rate = n / Math.max(elapsedS, 1e-3)
        const left = phase === "shrinking" ? `${n - shrinkFrom} shrink runs` : runs ? `about ${Math.round((runs - n) / rate)} s left` : `${Math.max(0, Math.round(total - elapsedS))} s left`
        bar.update(value, { phase, runs: n, left })
      } else if (now - lastLine >= 5000) {
        lastLine = now
        console.error(`epochlab fuzz: ${phase}, ${n} runs, ${elapsedS.toFixed(0)} s`)
      }
    },
    found() {
      if (!bar) console.error(`epochlab fuzz: violation found, written; shrinking`)
    },
    stop() {
      bar?.stop()
    },
  }
}
