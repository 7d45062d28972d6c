import type { Config } from "vega-lite"

/** The look every experiment's plot shares: white background, one font, quiet frames. */
export const chartConfig: Config = {
  background: "white",
  font: "Helvetica, Arial, sans-serif",
  view: { stroke: "#ddd" },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: "#eee" },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: "bottom", direction: "horizontal", columns: 3, labelLimit: 0 },
  title: { fontSize: 14, anchor: "start" },
}

/** The $schema every spec names (a label for readers of the spec; nothing is fetched). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"

/** Rows with a `slowdown` share and a `meanOutputDelayUs`: as percent and milliseconds, for the axes. */
export const slowdownAndDelay = [
  { calculate: "datum.slowdown * 100", as: "slowdownPercent" },
  { calculate: "datum.meanOutputDelayUs / 1000", as: "outputDelayMs" },
]
