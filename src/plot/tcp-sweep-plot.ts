import type { TopLevelSpec } from "vega-lite"
import type { TcpSweepRow } from "../experiments/tcp-sweep-experiment.ts"
import { chartConfig, VEGA_LITE_SCHEMA } from "./chart.ts"

/**
 * `experiment tcp-throughput --sweep S`: goodput and median delay against the
 * hypervisor's buffer, a curve per variant. When both the mode and the window
 * vary, a panel per mode with a curve per window (curves that coincide would
 * hide each other in one panel).
 */
export const tcpSweepPlot = (rows: readonly TcpSweepRow[], sweep: string): TopLevelSpec => {
  const buffers = [...new Set(rows.map((r) => r.bufferSegments))]
  const perMode = new Set(rows.map((r) => r.mode)).size > 1 && new Set(rows.map((r) => r.window)).size > 1
  const x = {
    field: "bufferSegments",
    type: "quantitative" as const,
    scale: { type: "log" as const, base: 2, domain: [Math.min(...buffers), Math.max(...buffers)], nice: false, padding: 12 },
    axis: { values: buffers, format: "d" },
    title: "hypervisor buffer (segments of 1448 bytes)",
  }
  const color = { field: perMode ? "window" : "variant", type: "nominal" as const, sort: null, title: perMode ? "advertised window" : null }
  const chart = (field: string, title: string) => {
    const unit = { width: 300, mark: { type: "line" as const, point: true }, encoding: { x, y: { field, type: "quantitative" as const, title }, color } }
    return perMode ? { facet: { column: { field: "mode", type: "nominal" as const, sort: null, title: null } }, spec: unit } : unit
  }
  const head = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: `tcp-throughput, --sweep ${sweep}`, subtitle: "one bulk flow over GbE, 25 ms epochs; window: what the hypervisor's speculative ACKs advertise" },
    config: chartConfig,
    data: { values: [...rows] },
    transform: [
      { calculate: "datum.mode + ', ' + datum.window + ' window'", as: "variant" },
      { calculate: "datum.p50DelayUs / 1000", as: "p50DelayMs" },
    ],
  }
  const panels = [chart("goodputMBps", "goodput (MB/s)"), chart("p50DelayMs", "median segment delay (ms)")]
  return perMode ? { ...head, vconcat: panels } : { ...head, hconcat: panels }
}
