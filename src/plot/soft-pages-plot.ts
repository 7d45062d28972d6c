import type { TopLevelSpec } from "vega-lite"
import type { SoftPagesRow } from "../experiments/soft-pages-experiment.ts"
import { chartConfig, VEGA_LITE_SCHEMA } from "./chart.ts"

/** One panel: a row field with soft-page filtering and its counterpart with every page, scaled by `per`, against the cache's share. */
const panel = (filtered: keyof SoftPagesRow, full: keyof SoftPagesRow, per: number, yTitle: string) => ({
  width: 300,
  transform: [
    { fold: [filtered, full], as: ["kind", "raw"] as [string, string] },
    { calculate: `datum.raw / ${per}`, as: "value" },
    { calculate: `datum.kind === '${filtered}' ? 'with soft-page filtering' : 'every page'`, as: "variant" },
  ],
  mark: { type: "line" as const, point: true },
  encoding: {
    x: { field: "cachePercent", type: "quantitative" as const, title: "page cache (% of guest memory)", scale: { domain: [0, 100] } },
    y: { field: "value", type: "quantitative" as const, title: yTitle },
    color: { field: "variant", type: "nominal" as const, title: null },
  },
})

/** `experiment soft-pages`: the backup's memory with and without filtering by the page cache's share, and the recovery it costs. */
export const softPagesPlot = (rows: readonly SoftPagesRow[]): TopLevelSpec => ({
  $schema: VEGA_LITE_SCHEMA,
  title: { text: "Soft pages: what the backup holds, and what recovery costs", subtitle: "remus-softpages, 4096 pages standing for 4 GiB; the primary crashes at 1.5 s; filtering restores a cold page cache" },
  config: chartConfig,
  data: { values: [...rows] },
  transform: [{ calculate: "datum.bufferCacheRatio * 100", as: "cachePercent" }],
  hconcat: [
    panel("backupBytesFiltered", "backupBytesFull", 1_048_576, "backup memory, mean before the crash (MiB)"),
    panel("recoveryUs", "recoveryUsUnfiltered", 1000, "recovery after failover (ms)"),
  ],
})
