import type { TcpSweepRow } from "../experiments/tcp-sweep-experiment.ts"
import type { TcpThroughputRow } from "../experiments/tcp-throughput-experiment.ts"
import { table } from "./format.ts"

const mbps = (x: number) => `${x.toFixed(2)} MB/s`
const ms = (us: number) => `${(us / 1000).toFixed(2)} ms`

/** `epochlab experiment tcp-throughput` as a table. */
export const tcpThroughputTable = (rows: readonly TcpThroughputRow[]): string =>
  [
    `${"mode".padEnd(16)}${"goodput".padStart(14)}${"p50 delay".padStart(14)}${"p99 delay".padStart(14)}`,
    ...rows.map((r) => `${r.mode.padEnd(16)}${mbps(r.goodputMBps).padStart(14)}${ms(r.p50DelayUs).padStart(14)}${ms(r.p99DelayUs).padStart(14)}`),
  ].join("\n")

/** `epochlab experiment tcp-throughput --sweep S` as a table (or Markdown). */
export const tcpSweepTable = (rows: readonly TcpSweepRow[], markdown = false): string =>
  table(
    ["mode", "window", "buffer", "goodput", "p50 delay", "p99 delay"],
    rows.map((r) => [r.mode, r.window, `${r.bufferSegments} seg`, mbps(r.goodputMBps), ms(r.p50DelayUs), ms(r.p99DelayUs)]),
    markdown,
  )
