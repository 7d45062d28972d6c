import type { TopLevelSpec } from "vega-lite"

/** What vega exports but does not declare: its text measurer, which measures with node-canvas when that is installed. */
interface TextMetrics {
  textMetrics: { canvas(use: boolean): void }
}

/**
 * A Vega-Lite spec as a static SVG, in Node: compiled to Vega and rendered by
 * a headless View (renderer "none": no DOM, no canvas). Text widths are always
 * estimated, never measured (even where node-canvas happens to be installed),
 * and the SVG definitions' ids start afresh for every plot, so the bytes
 * depend on the spec and its data alone. Vega is loaded only when a plot is
 * asked for, so the CLI starts as fast as before.
 */
export const renderSvg = async (spec: TopLevelSpec): Promise<string> => {
  const [{ compile }, vega] = await Promise.all([import("vega-lite"), import("vega")])
  ;(vega as unknown as TextMetrics).textMetrics.canvas(false)
  vega.resetSVGDefIds()
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}
