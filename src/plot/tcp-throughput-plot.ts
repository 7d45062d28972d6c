import type { TopLevelSpec } from "vega-lite"
import type { TcpThroughputRow } from "../experiments/tcp-throughput-experiment.ts"
import { chartConfig, VEGA_LITE_SCHEMA } from "./chart.ts"

/** `experiment tcp-throughput`: the client's goodput by mode, a bar each, labelled with its figure. */
export const tcpThroughputPlot = (rows: readonly TcpThroughputRow[]): TopLevelSpec => ({
  $schema: VEGA_LITE_SCHEMA,
  title: { text: "One bulk flow over GbE, 25 ms epochs", subtitle: "client goodput after 0.5 s, by how output meets output commit" },
  config: chartConfig,
  width: 420,
  data: { values: [...rows] },
  encoding: {
    y: { field: "mode", type: "nominal", sort: null, title: null },
    x: { field: "goodputMBps", type: "quantitative", title: "goodput (MB/s)" },
  },
  layer: [
    { mark: { type: "bar", color: "#4c78a8" } },
    { mark: { type: "text", align: "left", dx: 4 }, encoding: { text: { field: "goodputMBps", type: "quantitative", format: ".2f" } } },
  ],
})
