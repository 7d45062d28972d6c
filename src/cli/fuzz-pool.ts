import { Worker } from "node:worker_threads"
import type { CampaignCoverage, SearchJournal } from "../../fuzz/campaign.ts"
import { campaignWorkerLimits } from "../../fuzz/campaign-heap.ts"
import { emptyCoverage } from "../../fuzz/coverage-tally.ts"
import { mergeCoverage } from "../../fuzz/coverage-report.ts"
import type { FuzzMessage, FuzzWork } from "./fuzz-worker.ts"

type Found = Extract<FuzzMessage, { type: "found" }>
type Done = Extract<FuzzMessage, { type: "done" }>

/** Where the whole pool's search stands (what the journal keeps): the sum of its workers', and each worker's for a resume. */
export interface PoolJournal extends SearchJournal {
  workers: SearchJournal[]
}

export interface PoolHandlers {
  progress(runs: number, phase: "search" | "shrink"): void
  journal(j: PoolJournal): void
  /** A failing run lower than any found before (written at once by the caller). */
  found(f: Found): void
  /** Every worker ended: the campaign's result, its violation the lowest-indexed one found. */
  done(d: Done): void
  error(e: Error): void
}

/**
 * One campaign on `workers` threads. Worker w judges the runs of this
 * machine's shard (all runs, or every N-th with --shard K/N) whose place in
 * that shard is w modulo the workers: shard K-1 + N*w of N*workers. Run i's
 * case is a function of (seed, i), so the workers together judge exactly the
 * runs one thread would. A worker that finds a failure lowers a shared
 * "lowest failing run"; the others stop once they pass it, and only a
 * failure that is still the lowest is shrunk. The campaign's violation is
 * the lowest-indexed failure, the one a single thread finds first: the same
 * run and the same shrunk schedule on 1 or 16 workers.
 */
export const startPool = (work: FuzzWork, workers: number, resume: readonly SearchJournal[] | undefined, on: PoolHandlers): { terminate(): void } => {
  const machine = work.options.shard ?? { index: 0, count: 1 }
  const lowest = new SharedArrayBuffer(4)
  new Int32Array(lowest)[0] = 0x7fffffff
  const url = new URL(import.meta.url.endsWith(".ts") ? "./fuzz-worker.ts" : "./fuzz-worker.js", import.meta.url)
  const execArgv = import.meta.url.endsWith(".ts") ? ["--import", "tsx"] : []
  const runs = new Array<number>(workers).fill(0)
  const journals: Array<SearchJournal | undefined> = resume ? [...resume] : new Array(workers).fill(undefined)
  const done: Array<Done | undefined> = new Array(workers).fill(undefined)
  let lowestFound = Infinity
  // Runs of this machine's shard up to and including run i: what one thread would have judged when it found i.
  const runsTo = (i: number) => Math.floor((i - machine.index) / machine.count) + 1
  const threads = Array.from({ length: workers }, (_, w) => {
    const shard = { index: machine.index + machine.count * w, count: machine.count * workers }
    const options = { ...work.options, shard, ...(resume?.[w] ? { resume: resume[w] } : {}) }
    const t = new Worker(url, { workerData: { ...work, options, lowest } satisfies FuzzWork, execArgv, resourceLimits: campaignWorkerLimits })
    t.on("error", (e) => on.error(e))
    t.on("message", (m: FuzzMessage) => {
      if (m.type === "progress") {
        runs[w] = m.runs
        on.progress(runs.reduce((a, b) => a + b, 0), m.phase)
      } else if (m.type === "journal") {
        journals[w] = m.journal
        on.journal(merged(journals))
      } else if (m.type === "found") {
        if (m.runIndex >= lowestFound) return
        lowestFound = m.runIndex
        on.found({ ...m, runsToFind: runsTo(m.runIndex) })
      } else {
        done[w] = m
        if (done.every((d) => d)) on.done(finish(done as Done[]))
      }
    })
    return t
  })
  const finish = (all: Done[]): Done => {
    const first = all.flatMap((d) => d.violations).sort((a, b) => a.runIndex - b.runIndex)[0]
    return {
      type: "done",
      runs: all.reduce((n, d) => n + d.runs, 0),
      simulated: all.reduce((n, d) => n + d.simulated, 0),
      elapsedMs: Math.max(...all.map((d) => d.elapsedMs)),
      coverage: mergeCoverage(all.map((d) => d.coverage)),
      violations: first ? [{ ...first, runsToFind: runsTo(first.runIndex) }] : [],
    }
  }
  return { terminate: () => threads.forEach((t) => void t.terminate()) }
}

/** The workers' journals as the pool's (a worker that has not reported yet counts as not started). */
const merged = (journals: ReadonlyArray<SearchJournal | undefined>): PoolJournal => {
  const js = journals.map((j) => j ?? { nextIndex: 0, runs: 0, simulated: 0, coverage: emptyCoverage() })
  return {
    nextIndex: Math.min(...js.map((j) => j.nextIndex)),
    runs: js.reduce((n, j) => n + j.runs, 0),
    simulated: js.reduce((n, j) => n + j.simulated, 0),
    coverage: mergeCoverage(js.map((j) => j.coverage)),
    workers: js,
  }
}
