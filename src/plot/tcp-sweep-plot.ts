import type { TopLevelSpec } from "vega-lite"
import type { TcpSweepRow } from "../experiments/tcp-sweep-experiment.ts"
import { chartConfig, VEGA_LITE_SCHEMA } from "./chart.ts"

/** `experiment tcp-throughput --sweep S`: goodput and median delay against the hypervisor's buffer, a curve per variant. */
export const tcpSweepPlot = (rows: readonly TcpSweepRow[], sweep: string): TopLevelSpec => {
  const buffers = [...new Set(rows.map((r) => r.bufferSegments))]
  const x = {
    field: "bufferSegments",
    type: "quantitative" as const,
    scale: { type: "log" as const, base: 2, domain: [Math.min(...buffers), Math.max(...buffers)], nice: false, padding: 12 },
    axis: { values: buffers, format: "d" },
    title: "hypervisor buffer (segments of 1448 bytes)",
  }
  const color = { field: "variant", type: "nominal", sort: null, title: null } as const
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: `tcp-throughput, --sweep ${sweep}`, subtitle: "one bulk flow over GbE, 25 ms epochs; window: what the hypervisor's speculative ACKs advertise" },
    config: chartConfig,
    data: { values: [...rows] },
    transform: [
      { calculate: "datum.mode + ', ' + datum.window + ' window'", as: "variant" },
      { calculate: "datum.p50DelayUs / 1000", as: "p50DelayMs" },
    ],
    hconcat: [
      {
        width: 320,
        mark: { type: "line", point: true },
        encoding: { x, y: { field: "goodputMBps", type: "quantitative", title: "goodput (MB/s)" }, color },
      },
      {
        width: 320,
        mark: { type: "line", point: true },
        encoding: { x, y: { field: "p50DelayMs", type: "quantitative", title: "median segment delay (ms)" }, color },
      },
    ],
  }
}
