/**
 * The fuzz campaign, in a worker thread of `epochlab fuzz`: a campaign is
 * synchronous (fast-check's loop), so it runs here and the main thread stays
 * free to take signals, draw the progress bar and write what is found the
 * moment it is found. Messages to the main thread: progress, found (the
 * unshrunk counterexample), done (the result, with the shrunk one).
 */
import { parentPort, workerData } from "node:worker_threads"
import { campaign, type CampaignCoverage, type CampaignOptions, type SearchJournal } from "../../fuzz/campaign.ts"
import { guidedCampaign } from "../../fuzz/guided-campaign.ts"
import { toCounterexample } from "../../fuzz/counterexample.ts"
import type { BugName } from "../bugs/bugs.ts"
import type { ScenarioVariant } from "../scenario/variant.ts"

export interface FuzzWork {
  options: Omit<CampaignOptions, "onRun" | "onFound" | "onJournal" | "stopBeyond" | "shrinkIf">
  bug?: BugName
  variant: ScenarioVariant
  /** With several workers: one Int32, the lowest run index any of them found failing (2^31 - 1 while none has). */
  lowest?: SharedArrayBuffer
}

export type FuzzMessage =
  | { type: "progress"; runs: number; phase: "search" | "shrink" }
  | { type: "journal"; journal: SearchJournal }
  | { type: "found"; cx: ReturnType<typeof toCounterexample>; runsToFind: number; runIndex: number; msToFind: number }
  | {
      type: "done"
      runs: number
      simulated: number
      elapsedMs: number
      coverage: CampaignCoverage
      violations: Array<{ cx: ReturnType<typeof toCounterexample>; runsToFind: number; runIndex: number; msToFind: number; shrinkRuns: number; faults: unknown[]; shrunkFaults: unknown[] }>
    }

const work = workerData as FuzzWork
const post = (m: FuzzMessage) => parentPort!.postMessage(m)
const lowest = work.lowest && new Int32Array(work.lowest)
/** This worker's failure at run `i`: the others stop searching past it. */
const lower = (i: number) => {
  if (!lowest) return
  for (let now = Atomics.load(lowest, 0); i < now; now = Atomics.load(lowest, 0)) if (Atomics.compareExchange(lowest, 0, now, i) === now) return
}
let lastProgress = 0
const r = (work.options.strategy === "coverage" ? guidedCampaign : campaign)({
  ...work.options,
  ...(lowest ? { stopBeyond: () => Atomics.load(lowest, 0), shrinkIf: (i: number) => i <= Atomics.load(lowest, 0) } : {}),
  onRun: (runs, phase) => {
    // At most every 50 ms: a progress bar needs no more, and messages are not free.
    const now = performance.now()
    if (now - lastProgress < 50) return
    lastProgress = now
    post({ type: "progress", runs, phase })
  },
  onJournal: (journal) => post({ type: "journal", journal }),
  onFound: (v) => (lower(v.runIndex), post({ type: "found", cx: toCounterexample(v, work.bug, work.variant), runsToFind: v.runsToFind, runIndex: v.runIndex, msToFind: v.msToFind })),
})
post({
  type: "done",
  runs: r.runs,
  simulated: r.simulated,
  elapsedMs: r.elapsedMs,
  coverage: r.coverage,
  violations: r.violations.map((v) => ({ cx: toCounterexample(v, work.bug, work.variant), runsToFind: v.runsToFind, runIndex: v.runIndex, msToFind: v.msToFind, shrinkRuns: v.shrinkRuns, faults: v.faults, shrunkFaults: v.shrunkFaults })),
})
