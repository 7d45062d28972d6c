import type { CompressionRow } from "../experiments/compression-experiment.ts"

/** XBZRLE rows carry their cache size in pages. */
const label = (r: CompressionRow): string => (r.cachePages === null ? r.compressor : `xbzrle/${r.cachePages}p`)

/** `epochlab experiment compression` as a table. */
export const compressionTable = (rows: readonly CompressionRow[]): string => {
  const pct = (x: number | null) => (x === null ? "-" : `${(x * 100).toFixed(1)}%`)
  const head = `${"workload".padEnd(16)}${"compressor".padEnd(12)}${"ratio".padStart(8)}${"encode MB/s".padStart(13)}${"decode MB/s".padStart(13)}${"deltas".padStart(9)}${"zero".padStart(8)}`
  const lines = rows.map(
    (r) =>
      `${r.workload.padEnd(16)}${label(r).padEnd(12)}${r.ratio.toFixed(2).padStart(8)}${r.encodeMBps.toFixed(0).padStart(13)}${r.decodeMBps.toFixed(0).padStart(13)}${pct(r.hitRate).padStart(9)}${pct(r.zeroRate).padStart(8)}`,
  )
  return [head, ...lines].join("\n")
}
