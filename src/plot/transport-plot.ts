import type { TopLevelSpec } from "vega-lite"
import type { TransportRow } from "../experiments/transport-experiment.ts"
import { chartConfig, slowdownAndDelay, VEGA_LITE_SCHEMA } from "./chart.ts"

/** `experiment transport`: guest slowdown and output delay by vCPUs, a bar per link and transfer. */
export const transportPlot = (rows: readonly TransportRow[]): TopLevelSpec => {
  const x = { field: "vcpus", type: "ordinal" as const, title: "vCPUs dirtying memory", axis: { labelAngle: 0 } }
  const xOffset = { field: "variant", type: "nominal" as const, sort: null }
  const color = { field: "variant", type: "nominal" as const, sort: null, title: null }
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: "Replication transports: the pause and the link", subtitle: "remus-rdma-cow's guest, 25 ms fixed epochs, 2 simulated seconds" },
    config: chartConfig,
    data: { values: [...rows] },
    transform: [
      { calculate: "datum.link + ', ' + (datum.transfer === 'cow' ? 'copy-on-write' : 'copy in the pause')", as: "variant" },
      ...slowdownAndDelay,
    ],
    hconcat: [
      { width: { step: 14 }, mark: "bar", encoding: { x, xOffset, color, y: { field: "slowdownPercent", type: "quantitative", title: "guest slowdown (%)" } } },
      {
        width: { step: 14 },
        mark: "bar",
        encoding: { x, xOffset, color, y: { field: "outputDelayMs", type: "quantitative", title: "mean output delay (ms)" } },
      },
    ],
  }
}
