import { PAGE_SIZE } from "../memory/page-hash.ts"
import { remusSoftPages } from "../scenario/builtin.ts"
import { requirePasses, runScenario, type RunReport } from "../run/run.ts"
import type { Scenario } from "../scenario/scenario.ts"
import type { Observation } from "../sim/observations.ts"
import { PROGRESS_SAMPLE_US } from "../hosts/progress-sample.ts"

/** One row of `epochlab experiment soft-pages`. */
export interface SoftPagesRow {
  bufferCacheRatio: number
  /** Mean bytes of guest memory the backup holds with soft-page filtering (applies after warm-up, before the crash). */
  backupBytesFiltered: number
  /** ... and without it (every page). */
  backupBytesFull: number
  reduction: number
  /** Bytes on the replication link with filtering, the whole run. */
  replicationBytes: number
  /** Of which the soft sets the checkpoints carried (the hint's cost on the wire). */
  hintBytes: number
  /** After the primary's crash: from the backup's resume until its guest's file operations get back to 90% of their pre-crash rate. */
  recoveryUs: number
  /** The same without filtering (the backup's page cache is warm). */
  recoveryUsUnfiltered: number
  /** How many primaries of this profile one backup of the same memory size can protect with filtering. */
  primariesPerBackup: number
}

export const BUFFER_CACHE_RATIOS = [0.1, 0.3, 0.5, 0.7, 0.9] as const
const CRASH_US = 1_500_000
const DURATION_US = 3_000_000
const WARM_UP_US = 300_000
const RATE_WINDOW_US = 50_000

/**
 * The scenario of a row: remus-softpages (4096 pages standing for a 4 GiB VM
 * at 1:256, so one page for 256) with the page cache given `ratio` of guest
 * memory and filled at boot, over twice as many file blocks as cache slots.
 */
export const softPagesScenario = (ratio: number, filtering: boolean): Scenario => {
  const files = remusSoftPages.host.workload.files!
  const slots = Math.floor(remusSoftPages.host.pages * ratio)
  return {
    ...remusSoftPages,
    name: `soft-pages-${ratio}`,
    durationUs: DURATION_US,
    host: {
      ...remusSoftPages.host,
      workload: { ...remusSoftPages.host.workload, files: { ...files, cacheShare: ratio, blocks: 2 * slots, prefill: true, softHintUs: filtering ? files.softHintUs : undefined } },
    },
  }
}

export const softPagesRow = (ratio: number, seed = 1): SoftPagesRow => {
  const crash = [{ kind: "crash", host: "primary", atUs: CRASH_US }] as const
  const filtered = runScenario(softPagesScenario(ratio, true), seed, crash)
  const full = runScenario(softPagesScenario(ratio, false), seed, crash)
  for (const r of [filtered, full]) {
    requirePasses(r, `soft-pages ${ratio}`)
  }
  const pages = filtered.scenario.host.pages
  const held = filtered.trace.facts.filter((f) => f.kind === "apply" && f.t >= WARM_UP_US && f.t < CRASH_US).map((f) => (f as { heldPages?: number }).heldPages ?? pages)
  const backupBytesFiltered = Math.round((held.reduce((a, b) => a + b, 0) / Math.max(1, held.length)) * PAGE_SIZE)
  const backupBytesFull = pages * PAGE_SIZE
  return {
    bufferCacheRatio: ratio,
    backupBytesFiltered,
    backupBytesFull,
    reduction: 1 - backupBytesFiltered / backupBytesFull,
    replicationBytes: filtered.metrics.replicationBytes,
    hintBytes: filtered.trace.facts.reduce((n, f) => n + (f.kind === "checkpoint-sent" ? (f.hintBytes ?? 0) : 0), 0),
    recoveryUs: recoveryOf(filtered),
    recoveryUsUnfiltered: recoveryOf(full),
    primariesPerBackup: Math.floor(backupBytesFull / backupBytesFiltered),
  }
}

/**
 * Time from resume to the start of the first 50 ms window in which the
 * restored guest runs at 90% of the primary's rate before the crash (0: at
 * full speed from the start; resolution 10 ms, the sampling period).
 */
export const recoveryOf = (r: RunReport): number => {
  const samples = r.trace.facts.filter((f): f is Extract<Observation, { kind: "file-ops" }> => f.kind === "file-ops")
  const before = samples.filter((s) => s.host === "primary" && s.t <= CRASH_US && s.t >= CRASH_US - 4 * RATE_WINDOW_US)
  const after = samples.filter((s) => s.host === "backup")
  const resumed = r.trace.facts.find((f) => f.kind === "resumed")
  if (before.length < 2 || after.length < 2 || !resumed) throw new Error(`${r.scenario.name}: no failover to measure`)
  const rate = (a: { t: number; ops: number }, b: { t: number; ops: number }) => (b.ops - a.ops) / (b.t - a.t)
  const target = 0.9 * rate(before[0], before[before.length - 1])
  const step = RATE_WINDOW_US / PROGRESS_SAMPLE_US
  for (let i = 0; i + step < after.length; i++) if (rate(after[i], after[i + step]) >= target) return after[i].t - resumed.t
  return r.scenario.durationUs - resumed.t // not recovered by the end of the run: a lower bound
}

export const softPagesRows = (seed = 1): SoftPagesRow[] => BUFFER_CACHE_RATIOS.map((ratio) => softPagesRow(ratio, seed))
