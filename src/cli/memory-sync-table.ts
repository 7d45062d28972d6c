import type { MemorySyncRow } from "../experiments/memory-sync-experiment.ts"
import { bytes, table } from "./format.ts"

const mbps = (b: number) => `${(b / 1e6).toFixed(2)} MB/s`
const factor = (x: number) => `${x.toFixed(2)}x`

/** `epochlab experiment memory-sync` as a table. */
export const memorySyncTable = (rows: readonly MemorySyncRow[], hashMBps: number, markdown = false): string =>
  `${table(
    ["workload", "technique", "end of epoch", "factor", "total", "factor", "mean pause", "output delay", "extra memory", "hashing"],
    rows.map((r) => [
      r.workload,
      r.technique,
      mbps(r.endOfEpochBytesPerSecond),
      factor(r.endOfEpochFactor),
      mbps(r.totalBytesPerSecond),
      factor(r.totalFactor),
      `${Math.round(r.meanPauseUs)} us`,
      `${(r.meanOutputDelayUs / 1000).toFixed(1)} ms`,
      r.extraMemoryBytes ? bytes(r.extraMemoryBytes) : "-",
      r.hashingMsPerSecond ? `${r.hashingMsPerSecond.toFixed(1)} ms/s` : "-",
    ]),
    markdown,
  )}\n\nhashing: CPU time per simulated second at this machine's hashBlock rate (${hashMBps.toFixed(0)} MB/s on one core); the active slave (active, all) also runs the whole guest on the backup.`

/** One row per workload: each technique's factor against the baseline, end of epoch (and total where they differ). */
export const memorySyncSummary = (rows: readonly MemorySyncRow[], markdown = false): string => {
  const workloads = [...new Set(rows.map((r) => r.workload))]
  const at = (w: string, t: string) => rows.find((r) => r.workload === w && r.technique === t)
  const both = (r: MemorySyncRow | undefined) => (!r ? "-" : Math.abs(r.totalFactor - r.endOfEpochFactor) < 0.005 ? factor(r.endOfEpochFactor) : `${factor(r.endOfEpochFactor)} (${factor(r.totalFactor)})`)
  return table(
    ["workload", "baseline", "fine 64", "fine 128", "fine 256", "fine 512", "presend", "active", "all three"],
    workloads.map((w) => [
      w,
      mbps(at(w, "baseline")?.endOfEpochBytesPerSecond ?? 0),
      ...["fine-64", "fine-128", "fine-256", "fine-512", "presend", "active", "all"].map((t) => both(at(w, t))),
    ]),
    markdown,
  )
}
