import type { SoftPagesRow } from "../experiments/soft-pages-experiment.ts"
import { bytes } from "./format.ts"

/** `epochlab experiment soft-pages` as a table. */
export const softPagesTable = (rows: readonly SoftPagesRow[]): string => {
  const head = ["cache", "backup, filtered", "backup, full", "reduction", "replication", "hint bytes", "recovery", "recovery, warm", "primaries/backup"]
  const lines = rows.map((r) => [
    `${(r.bufferCacheRatio * 100).toFixed(0)}%`,
    bytes(r.backupBytesFiltered),
    bytes(r.backupBytesFull),
    `${(r.reduction * 100).toFixed(1)}%`,
    bytes(r.replicationBytes),
    bytes(r.hintBytes),
    `${(r.recoveryUs / 1000).toFixed(0)} ms`,
    `${(r.recoveryUsUnfiltered / 1000).toFixed(0)} ms`,
    String(r.primariesPerBackup),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)) + 2)
  return [head, ...lines].map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("")).join("\n")
}
