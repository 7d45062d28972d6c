import type { SoftPagesRow } from "../experiments/soft-pages-experiment.ts"
import { bytes, table } from "./format.ts"

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
  return table(head, lines)
}
