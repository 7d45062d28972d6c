import type { TopLevelSpec } from "vega-lite"
import type { CompressionRow } from "../experiments/compression-experiment.ts"
import { chartConfig, VEGA_LITE_SCHEMA } from "./chart.ts"

/**
 * `experiment compression`: the ratio by workload and compressor, grouped
 * bars on a log scale. XBZRLE runs twice per workload; its smaller cache is a
 * quarter of the workload's pages, the larger all of them.
 */
export const compressionPlot = (rows: readonly CompressionRow[]): TopLevelSpec => ({
  $schema: VEGA_LITE_SCHEMA,
  title: { text: "Dirty-page compression ratio", subtitle: "raw dirty bytes over bytes sent; recordings of real processes, then synthetic patterns" },
  config: chartConfig,
  width: 900,
  height: 320,
  data: { values: [...rows] },
  transform: [
    { joinaggregate: [{ op: "min", field: "cachePages", as: "smallestCache" }], groupby: ["workload"] },
    {
      calculate: "datum.cachePages === null ? datum.compressor : datum.cachePages === datum.smallestCache ? 'xbzrle, cache 1/4 of pages' : 'xbzrle, cache all pages'",
      as: "encoder",
    },
  ],
  mark: { type: "bar" },
  encoding: {
    x: { field: "workload", type: "nominal", sort: null, title: null, axis: { labelAngle: -30 } },
    xOffset: { field: "encoder", type: "nominal", sort: null },
    // Bars rise from 1 (nothing saved): a log scale has no zero.
    y: { field: "ratio", type: "quantitative", scale: { type: "log", domainMin: 1, clamp: true }, title: "compression ratio (log scale)" },
    y2: { datum: 1 },
    color: { field: "encoder", type: "nominal", sort: null, title: null },
    tooltip: [{ field: "workload" }, { field: "encoder" }, { field: "ratio", format: ".2f" }],
  },
})
