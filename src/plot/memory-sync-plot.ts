import type { TopLevelSpec } from "vega-lite"
import type { MemorySyncRow } from "../experiments/memory-sync-experiment.ts"
import { chartConfig, VEGA_LITE_SCHEMA } from "./chart.ts"

/** One heat map: `field`'s factor against the baseline, technique by workload, each cell labelled. */
const factorMap = (field: "endOfEpochFactor" | "totalFactor", title: string) => ({
  width: { step: 52 },
  height: { step: 22 },
  title,
  encoding: {
    x: { field: "technique", type: "nominal" as const, sort: null, title: null, axis: { labelAngle: -30, grid: false } },
    y: { field: "workload", type: "nominal" as const, sort: null, title: null, axis: { grid: false } },
  },
  layer: [
    { mark: "rect" as const, encoding: { color: { field, type: "quantitative" as const, scale: { type: "log" as const, scheme: "blues" }, title: "factor", legend: null } } },
    {
      mark: { type: "text" as const, fontSize: 10 },
      encoding: { text: { field, type: "quantitative" as const, format: ".1f" }, color: { condition: { test: `datum.${field} >= 20`, value: "white" }, value: "black" } },
    },
  ],
})

/** `experiment memory-sync`: how many times fewer bytes each technique sends than the baseline, at the checkpoints and in all. */
export const memorySyncPlot = (rows: readonly MemorySyncRow[]): TopLevelSpec => ({
  $schema: VEGA_LITE_SCHEMA,
  title: { text: "Fast memory synchronisation: bytes saved against the baseline", subtitle: "factor = the baseline's bytes per second over the technique's (higher is better)" },
  config: chartConfig,
  data: { values: [...rows] },
  hconcat: [factorMap("endOfEpochFactor", "at the checkpoints"), factorMap("totalFactor", "in all (pages sent early and need lists too)")],
})
