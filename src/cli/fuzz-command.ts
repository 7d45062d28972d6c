import cliProgress from "cli-progress"
import { coverageReport } from "../../fuzz/coverage-report.ts"
import { counterexampleName, writeCounterexample, type Counterexample } from "../../fuzz/counterexample.ts"
import { describeFault, describeFaults, type Fault } from "../faults/schedule.ts"
import { ensureWritableDir, OutputError } from "../io/atomic-write.ts"
import { describeVariant, isEmptyVariant } from "../scenario/variant.ts"
import { describeSize } from "../scenario/swarm.ts"
import { resolveScenario, scenarioFlagsHelp, scenarioOptions } from "./scenario-flags.ts"
import { countArg, parseBug, parseSeed, positiveInt, strictArgs } from "./args.ts"
import { UsageError } from "./usage-error.ts"
import type { FuzzWork } from "./fuzz-worker.ts"
import { startPool } from "./fuzz-pool.ts"
import { availableParallelism } from "node:os"
import { dirname, join } from "node:path"
import { findJournal, journalName, JournalError, newJournal, readJournal, writeJournal, type Journal, type JournalCampaign } from "../../fuzz/journal.ts"

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
  --out DIR           where counterexamples and the campaign's journal go (default ./counterexamples;
                      checked first)
  --shard K/N         judge only runs K, K+N, K+2N, ... of the campaign (K from 1): N machines with
                      the same seed and budget together judge exactly the runs of the whole
                      campaign; combine their journals with epochlab merge
  --workers N         threads for the campaign (default: $EPOCHLAB_WORKERS, else the machine's
                      cores); run i is a function of (seed, i), and the violation reported is the
                      lowest-indexed failing run, so the result is the same on 1 or 16 workers
  --strategy S        random (default): fast-check draws each run's schedule from (seed, i); pct: each
                      run also draws priorities that order the events falling due at one instant
                      (PCT-style, written into the counterexample); coverage: half the runs mutate
                      a kept schedule, one whose run covered a transition, protocol point or fault
                      kind no run before it had (one thread; no --shard or --resume)
  --resume PATH       continue a campaign that was stopped or killed, from its journal (a
                      journal-*.json, or the folder holding it); it ends as the uninterrupted
                      campaign would (for a --runs budget; a --time budget gets the time left)
  --json              print {runs, simulated, elapsedMs, coverage: {machines: [{machine, covered, total,
                      missing}], points: {reached, missing}}, violations: [{property, runsToFind, faults,
                      shrunkFaults, file}]}

  At the end it reports the search's coverage: for each statechart the transitions that fired
  of those it has, the ones that never did by name, and the protocol points the runs reached.

  The campaign journals as it goes (<out>/journal-<scenario>-seed<N>[-<bug>][-shardKofN].json:
  its options, the runs judged so far, coverage, what it found).
  Ctrl-C (or SIGTERM) stops the campaign: a violation already found is on disk.
  Exit: 0 no violation, 1 violation found, 2 bad input, 130 interrupted before finding one.`

/** `epochlab fuzz`: the campaign runs in a worker thread; this thread keeps the files, the bar and the signals. */
export const fuzzCommand = async (argv: string[]): Promise<number> => {
  const { values } = strictArgs(argv, {
    ...scenarioOptions,
    runs: { type: "string" },
    time: { type: "string" },
    seed: { type: "string" },
    bug: { type: "string" },
    "max-faults": { type: "string" },
    out: { type: "string" },
    json: { type: "boolean", default: false },
    swarm: { type: "boolean", default: false },
    shard: { type: "string" },
    resume: { type: "string" },
    workers: { type: "string" },
    strategy: { type: "string" },
  })
  const { asked, journal: resumed, journalFile: resumedFile } = values.resume !== undefined ? fromJournal(values) : { asked: fromFlags(values), journal: undefined, journalFile: undefined }
  if (resumed?.done) {
    const v = resumed.violations
    console.log(`epochlab fuzz: ${resumedFile}: the campaign already ended (${resumed.runs} runs${v.length ? `; ${v[0].property} violated: ${v[0].file}` : ", no violation"})`)
    return v.length ? 1 : 0
  }
  const out = values.out ?? (resumedFile ? dirname(resumedFile) : "counterexamples")
  const bug = parseBug(asked.bug)
  const { scenario, variant } = resolveScenario(asked.flags, bug)
  if (asked.swarm && !scenario.swarm) throw new UsageError(`--swarm: scenario ${scenario.name} declares no swarm ranges`)
  try {
    ensureWritableDir(out, "--out")
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.message)
    throw e
  }
  const { seed, runs, maxFaults } = asked
  // A resumed time-boxed campaign gets the time it had left.
  const timeMs = asked.timeMs === undefined ? undefined : Math.max(1000, asked.timeMs - (resumed?.elapsedMs ?? 0))
  const journalFile = resumedFile ?? join(out, journalName(scenario.name, asked))
  const journal: Journal = resumed ?? newJournal(asked)
  const elapsedBefore = resumed?.elapsedMs ?? 0
  const saveJournal = (j: Partial<Journal>) => {
    Object.assign(journal, j, { elapsedMs: elapsedBefore + Math.round(performance.now() - started) })
    writeJournal(journalFile, journal)
  }
  const shard = asked.shard && { index: asked.shard.index - 1, count: asked.shard.count }
  const resume = resumed && { nextIndex: resumed.nextIndex, runs: resumed.runs, simulated: resumed.simulated, coverage: resumed.coverage }
  const work: FuzzWork = { options: { scenario, seed, bug, runs, timeMs, maxFaults, swarm: asked.swarm, strategy: asked.strategy ?? "random", ...(shard ? { shard } : {}), ...(resume ? { resume } : {}) }, bug, variant }
  const what = `${scenario.name}${isEmptyVariant(variant) ? "" : ` (${describeVariant(variant)})`}, seed ${seed}${bug ? `, bug ${bug}` : ""}${asked.shard ? `, shard ${asked.shard.index}/${asked.shard.count}` : ""}${resumed ? `, resumed at run ${resumed.nextIndex}` : ""}`
  const started = performance.now()
  const progress = progressReporter(runs, timeMs)
  let found: { cx: Counterexample; file: string; name: string; runsToFind: number } | undefined
  let lastRuns = 0

  return await new Promise<number>((resolve, reject) => {
    // Every way out (the end, a signal, an error) stops the threads and takes back both signal handlers:
    // the command may run inside a longer-lived process (the tests run it in theirs).
    let over = false
    const end = () => {
      over = true
      progress.stop()
      pool.terminate()
      process.off("SIGINT", onInt)
      process.off("SIGTERM", onTerm)
    }
    const stop = (signal: string) => {
      end()
      const s = ((performance.now() - started) / 1000).toFixed(1)
      if (found) console.error(`epochlab fuzz: ${signal} after ${lastRuns} runs (${s} s); ${found.cx.property} was violated: ${found.file} (not shrunk)`)
      else console.error(`epochlab fuzz: ${signal} after ${lastRuns} runs (${s} s); no violation found`)
      resolve(found ? 1 : 130)
    }
    const onInt = () => stop("interrupted")
    const onTerm = () => stop("terminated")
    process.once("SIGINT", onInt)
    process.once("SIGTERM", onTerm)
    const fail = (e: unknown) => {
      end()
      reject(e)
    }
    // A handler that throws (a counterexample or journal that cannot be written) fails the command, as the
    // pool's own errors do, instead of escaping from a thread's message event; a message still queued when
    // the command ended is not acted on.
    const guard =
      <A extends unknown[]>(handle: (...a: A) => void) =>
      (...a: A) => {
        if (over) return
        try {
          handle(...a)
        } catch (e) {
          fail(e)
        }
      }
    const workerJournals = resumed?.workers ?? (resumed ? [resumed] : undefined)
    const pool = startPool(work, asked.workers ?? 1, workerJournals, {
      error: fail,
      progress: guard((runs, phase) => {
        lastRuns = runs
        progress.update(runs, phase)
      }),
      journal: guard((j) => saveJournal(j)),
      found: guard((m) => {
        // On disk at once: an interruption from here on loses nothing.
        const name = counterexampleName(m.cx)
        found = { cx: m.cx, name, file: writeCounterexample(out, m.cx, name), runsToFind: m.runsToFind }
        lastRuns = m.runsToFind
        saveJournal({ violations: [{ property: m.cx.property, runIndex: m.runIndex, runsToFind: m.runsToFind, file: found.file }] })
        progress.found()
      }),
      done: guard((m) => {
        end()
        const written = m.violations.map((v) => ({ ...v, file: writeCounterexample(out, v.cx, found?.name) }))
        saveJournal({ runs: m.runs, simulated: m.simulated, coverage: m.coverage, done: true, violations: written.map((v) => ({ property: v.cx.property, runIndex: v.runIndex, runsToFind: v.runsToFind, file: v.file })) })
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
        resolve(written.length > 0 ? 1 : 0)
      }),
    })
  })
}

type FuzzValues = { strategy?: string; workers?: string; scenario?: string; memory?: string; compressor?: string; vms?: string; policy?: string; runs?: string; time?: string; seed?: string; bug?: string; "max-faults"?: string; swarm?: boolean; shard?: string; resume?: string; out?: string; json?: boolean }

/** The campaign the flags ask for. */
const fromFlags = (values: FuzzValues): JournalCampaign => {
  if (values.runs !== undefined && values.time !== undefined) throw new UsageError("--runs and --time: give one or the other")
  const timeMs = values.time !== undefined ? positiveInt("--time", values.time, 365 * 24 * 3600) * 1000 : undefined
  const runs = values.runs !== undefined ? countArg("--runs", values.runs) : timeMs === undefined ? 100 : undefined
  const flags = Object.fromEntries((["scenario", "memory", "compressor", "vms", "policy"] as const).filter((k) => values[k] !== undefined).map((k) => [k, values[k]]))
  const strategy = values.strategy ?? "random"
  if (strategy !== "random" && strategy !== "coverage" && strategy !== "pct") throw new UsageError(`--strategy: expected random, coverage or pct, got "${strategy}"`)
  // A coverage-guided run depends on the runs before it: one thread, one machine, no journal to resume from.
  if (strategy === "coverage") {
    if (values.shard !== undefined) throw new UsageError("--strategy coverage: each run depends on the ones before it, so it cannot be sharded (drop --shard)")
    if (values.workers !== undefined && values.workers !== "1") throw new UsageError("--strategy coverage runs on one thread (drop --workers)")
  }
  return {
    flags,
    seed: parseSeed(values.seed ?? "1"),
    ...(values.bug !== undefined ? { bug: values.bug } : {}),
    ...(runs !== undefined ? { runs } : {}),
    ...(timeMs !== undefined ? { timeMs } : {}),
    maxFaults: positiveInt("--max-faults", values["max-faults"] ?? "3", 100),
    swarm: values.swarm ?? false,
    ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
    workers: strategy === "coverage" ? 1 : values.workers !== undefined ? positiveInt("--workers", values.workers, 256) : defaultWorkers(),
    ...(strategy !== "random" ? { strategy } : {}),
  }
}

/**
 * Threads when --workers is not given: EPOCHLAB_WORKERS, else the machine's
 * cores. A thread costs its start and a second or two of JIT warm-up, more
 * than a campaign of a few hundred remus-mini runs gains from it (120 runs:
 * 1.6 s on one thread, 2.0 s on two), so a box running many small campaigns
 * side by side (the test suite's CLI tests) sets 1.
 */
const defaultWorkers = (): number => {
  const env = process.env.EPOCHLAB_WORKERS
  return env === undefined || env === "" ? availableParallelism() : positiveInt("EPOCHLAB_WORKERS", env, 256)
}

/** The campaign a journal holds (--resume): it takes nothing else from the flags but --out and --json. */
const fromJournal = (values: FuzzValues): { asked: JournalCampaign; journal: Journal; journalFile: string } => {
  const extra = (Object.keys(values) as (keyof FuzzValues)[]).find((k) => !["resume", "out", "json"].includes(k) && values[k] !== undefined && values[k] !== false)
  if (extra) throw new UsageError(`--resume takes the campaign from its journal: drop --${extra}`)
  try {
    const journalFile = findJournal(values.resume!)
    const journal = readJournal(journalFile)
    if (journal.campaign.strategy === "coverage" && !journal.done) throw new UsageError(`--resume: ${journalFile}: a coverage-guided campaign cannot be resumed (each run depends on the ones before it); run it again`)
    return { asked: journal.campaign, journal, journalFile }
  } catch (e) {
    if (e instanceof JournalError) throw new UsageError(`--resume: ${e.message}`)
    throw e
  }
}

export const parseShard = (s: string): { index: number; count: number } => {
  const m = /^(\d+)\/(\d+)$/.exec(s)
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || index < 1 || index > count || count > 1_000_000) throw new UsageError(`--shard: expected K/N with 1 <= K <= N (e.g. 3/16), got "${s}"`)
  return { index, count }
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
  console.log(`  explore:   npx epochlab show ${v.file} --open`)
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
