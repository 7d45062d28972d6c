import type { TopLevelSpec } from "vega-lite"
import type { SchedulingRow } from "../experiments/scheduling-experiment.ts"
import { chartConfig, slowdownAndDelay, VEGA_LITE_SCHEMA } from "./chart.ts"

/** `experiment scheduling`: every run as a point, guest slowdown against mean output delay, by policy, a panel per link. */
export const schedulingPlot = (rows: readonly SchedulingRow[]): TopLevelSpec => ({
  $schema: VEGA_LITE_SCHEMA,
  title: { text: "Checkpoint policies: guest slowdown against output delay", subtitle: "every workload at 1, 4 and 16 vCPUs, 1.5 simulated seconds each; lower left is better" },
  config: chartConfig,
  data: { values: [...rows] },
  transform: slowdownAndDelay,
  facet: { column: { field: "link", type: "nominal", sort: null, title: null } },
  spec: {
    width: 300,
    height: 260,
    mark: { type: "point", filled: true, opacity: 0.75 },
    encoding: {
      x: { field: "slowdownPercent", type: "quantitative", title: "guest slowdown (%)" },
      y: { field: "outputDelayMs", type: "quantitative", scale: { type: "log" }, title: "mean output delay (ms, log scale)" },
      color: { field: "policy", type: "nominal", sort: null, title: "policy" },
      shape: { field: "vcpus", type: "nominal", title: "vCPUs" },
      tooltip: [{ field: "workload" }, { field: "policy" }, { field: "vcpus" }, { field: "slowdownPercent", format: ".1f" }, { field: "outputDelayMs", format: ".1f" }],
    },
  },
})
