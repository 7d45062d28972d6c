import type { TopLevelSpec } from "vega-lite"

/**
 * A Vega-Lite spec as a static SVG, in Node: compiled to Vega and rendered by
 * a headless View (renderer "none": no DOM, no canvas; text widths are
 * estimated, so the bytes depend on the spec and its data alone). Vega is
 * loaded only when a plot is asked for, so the CLI starts as fast as before.
 */
export const renderSvg = async (spec: TopLevelSpec): Promise<string> => {
  const [{ compile }, { parse, View }] = await Promise.all([import("vega-lite"), import("vega")])
  const view = new View(parse(compile(spec).spec), { renderer: "none" })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}
