import type { MemorySyncRow } from "../experiments/memory-sync-experiment.ts"
import { bytes, table } from "./format.ts"

const mbps = (b: number) => `${(b / 1e6).toFixed(2)} MB/s`
const factor = (x: number) => `${x.toFixed(2)}x`

/** `epochlab experiment memory-sync` as a table. */
export const memorySyncTable = (rows: readonly MemorySyncRow[], hashMBps: number): string =>
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
  )}\n\nhashing: CPU time per simulated second at this machine's hashBlock rate (${hashMBps.toFixed(0)} MB/s on one core); the active slave (active, all) also runs the whole guest on the backup.`
