import { performance } from "node:perf_hooks"
import { basename } from "node:path"
import { BLOCK_HASH_BYTES, BLOCK_SIZES, hashBlock, type BlockBytes } from "../compress/block-hashes.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { remusActive } from "../scenario/builtin.ts"
import { applyVariant } from "../scenario/variant.ts"
import type { Scenario } from "../scenario/scenario.ts"
import { requirePasses, runScenario, type RunReport } from "../run/run.ts"
import { needBytes } from "../transport/tcp/framing.ts"
import { syntheticPatterns } from "./epoch-sequence.ts"
import type { MemoryActivity } from "../workload/guest.ts"
import type { PatternName } from "../workload/patterns.ts"

/** The techniques a row uses (primer, section 2.6). */
export type Technique = "baseline" | `fine-${BlockBytes}` | "presend" | "active" | "all"

/** One row of `epochlab experiment memory-sync`. */
export interface MemorySyncRow {
  workload: string
  technique: Technique
  /** Bytes sent at the checkpoints after the initial sync (the pages, or the active slave's hash list and the pages it needs), per simulated second. */
  endOfEpochBytesPerSecond: number
  /** The baseline's end-of-epoch bytes over this row's. */
  endOfEpochFactor: number
  /** Everything on the link after the initial sync (pages sent early too; the slave's need lists back), per simulated second. */
  totalBytesPerSecond: number
  totalFactor: number
  meanPauseUs: number
  meanOutputDelayUs: number
  /** What the technique keeps besides the guest: the block hash table (primary), the slave's second image (backup). */
  extraMemoryBytes: number
  /** Hashing the technique does per simulated second (both hosts), at this machine's hashBlock rate: CPU milliseconds. */
  hashingMsPerSecond: number
  /** The active slave also runs the whole guest on the backup: a second copy of every vCPU's work. */
  slaveRunsGuest: boolean
}

const DURATION_US = 1_000_000
/** After the initial sync, whatever the workload's size (a 4 MiB recording or 16 MiB of synthetic memory over GbE). */
const FROM_US = 200_000

export const TECHNIQUES: readonly Technique[] = ["baseline", ...BLOCK_SIZES.map((b) => `fine-${b}` as const), "presend", "active", "all"]

/**
 * The guest of a row: remus-active's (four vCPUs, a fifth of their hot
 * writes in a shared hot set, one request/response client), writing
 * `memory` (a pattern, or a recording replayed by vCPU 0 while the others
 * write sparsely), on remus-basic's host and link, for one simulated second.
 */
export const memorySyncScenario = (memory: MemoryActivity, technique: Technique): Scenario => {
  const base = applyVariant({ ...remusActive, host: { ...remusActive.host, activeSlave: false } }, { memory })
  const fine = technique.startsWith("fine-") ? (Number(technique.slice(5)) as BlockBytes) : technique === "all" ? 128 : undefined
  return {
    ...base,
    name: `memory-sync-${technique}`,
    durationUs: DURATION_US,
    host: {
      ...base.host,
      compression: { ...base.host.compression, ...(fine ? { blockBytes: fine } : {}) },
      ...(technique === "presend" || technique === "all" ? { presend: { everyUs: 5_000 } } : {}),
      ...(technique === "active" || technique === "all" ? { activeSlave: true } : {}),
    },
  }
}

/** This machine's hashBlock rate (bytes per millisecond), measured on 16 MiB of page data. */
export const hashRate = (): number => {
  const words = new Int32Array((16 << 20) / 4)
  for (let i = 0; i < words.length; i++) words[i] = Math.imul(i, 0x9e3779b1)
  const out = new Uint32Array(2)
  let bytes = 0
  const start = performance.now()
  while (performance.now() - start < 100) {
    for (let at = 0; at < words.length; at += 1024) hashBlock(words, at, 1024, out)
    bytes += words.length * 4
  }
  return bytes / (performance.now() - start)
}

/** A row's figures from its run (the baseline's end-of-epoch and total bytes for the factors). */
const rowOf = (workload: string, technique: Technique, r: RunReport, base: { end: number; total: number } | undefined, bytesPerMs: number): MemorySyncRow => {
  requirePasses(r, `memory-sync ${workload} ${technique}`)
  let end = 0
  let early = 0
  let need = 0
  let hashedPages = 0
  for (const f of r.trace.facts) {
    if (f.t < FROM_US) continue
    if (f.kind === "checkpoint-sent" && f.epoch > 0) end += f.bytes
    else if (f.kind === "slave-hashes") {
      end += f.bytes
      need += needBytes(f.listed)
      hashedPages += 2 * f.listed // the primary hashes its dirty pages, the backup its own run's
    } else if (f.kind === "presend") early += f.bytes
    if (r.scenario.host.compression.blockBytes !== undefined && ((f.kind === "capture" && f.epoch > 0) || f.kind === "presend")) hashedPages += f.pages
  }
  const seconds = (DURATION_US - FROM_US) / 1e6
  const endPerSecond = end / seconds
  const totalPerSecond = (end + early + need) / seconds
  const host = r.scenario.host
  const blocks = host.compression.blockBytes
  return {
    workload,
    technique,
    endOfEpochBytesPerSecond: endPerSecond,
    endOfEpochFactor: base ? base.end / Math.max(1, endPerSecond) : 1,
    totalBytesPerSecond: totalPerSecond,
    totalFactor: base ? base.total / Math.max(1, totalPerSecond) : 1,
    meanPauseUs: r.metrics.meanPauseUs,
    meanOutputDelayUs: r.metrics.meanOutputDelayUs,
    extraMemoryBytes: (blocks ? host.pages * (PAGE_SIZE / blocks) * BLOCK_HASH_BYTES : 0) + (host.activeSlave ? host.pages * PAGE_SIZE : 0),
    hashingMsPerSecond: (hashedPages * PAGE_SIZE) / bytesPerMs / seconds,
    slaveRunsGuest: host.activeSlave === true,
  }
}

/** Every technique on every workload (the recordings first, then the synthetic patterns), and the hash rate the CPU figures use. */
export const memorySyncRows = (recordings: readonly string[], seed = 1, patterns: readonly PatternName[] = syntheticPatterns): { hashMBps: number; rows: MemorySyncRow[] } => {
  const bytesPerMs = hashRate()
  const workloads = [...recordings.map((f) => ({ name: `rec:${basename(f, ".rec")}`, memory: `trace:${f}` as MemoryActivity })), ...patterns.map((p) => ({ name: p, memory: p as MemoryActivity }))]
  const rows: MemorySyncRow[] = []
  for (const w of workloads) {
    let base: { end: number; total: number } | undefined
    for (const t of TECHNIQUES) {
      const row = rowOf(w.name, t, runScenario(memorySyncScenario(w.memory, t), seed, [], undefined, { record: "facts" }), base, bytesPerMs)
      if (t === "baseline") base = { end: row.endOfEpochBytesPerSecond, total: row.totalBytesPerSecond }
      rows.push(row)
    }
  }
  return { hashMBps: bytesPerMs / 1000, rows }
}
