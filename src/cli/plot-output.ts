import type { TopLevelSpec } from "vega-lite"
import { ensureWritableFile, OutputError, writeFileAtomic } from "../io/atomic-write.ts"
import { plotPage } from "../plot/page.ts"
import { renderSvg } from "../plot/render.ts"
import { UsageError } from "./usage-error.ts"

/** Where `experiment --plot FILE.svg` and `--html FILE.html` write. */
export interface PlotTargets {
  plot?: string
  html?: string
}

const asUsage = <T>(f: () => T): T => {
  try {
    return f()
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.message)
    throw e
  }
}

/** Before any run: each target's folder exists and takes a file, and no target is a folder (one line, exit 2, otherwise). */
export const checkPlotTargets = (t: PlotTargets): void =>
  asUsage(() => {
    if (t.plot !== undefined) ensureWritableFile(t.plot, "--plot")
    if (t.html !== undefined) ensureWritableFile(t.html, "--html")
  })

/** The plot of `spec` as SVG to `--plot`, and as a page with `table` to `--html`; nothing when neither was asked for. */
export const writePlots = async (t: PlotTargets, title: string, spec: () => TopLevelSpec, table: string): Promise<void> => {
  if (t.plot === undefined && t.html === undefined) return
  const svg = await renderSvg(spec())
  const write = (path: string, flag: string, data: string) => {
    try {
      writeFileAtomic(path, data)
    } catch (e) {
      throw new UsageError(`${flag}: cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
  }
  if (t.plot !== undefined) write(t.plot, "--plot", svg)
  if (t.html !== undefined) write(t.html, "--html", plotPage(title, svg, table))
}
