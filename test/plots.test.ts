import { describe, expect, it } from "vitest"
import { chmodSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { TopLevelSpec } from "vega-lite"
import { compressionPlot } from "../src/plot/compression-plot.ts"
import { memorySyncPlot } from "../src/plot/memory-sync-plot.ts"
import { plotPage } from "../src/plot/page.ts"
import { renderSvg } from "../src/plot/render.ts"
import { schedulingPlot } from "../src/plot/scheduling-plot.ts"
import { softPagesPlot } from "../src/plot/soft-pages-plot.ts"
import { tcpSweepPlot } from "../src/plot/tcp-sweep-plot.ts"
import { tcpThroughputPlot } from "../src/plot/tcp-throughput-plot.ts"
import { transportPlot } from "../src/plot/transport-plot.ts"
import * as rows from "./plot-rows.ts"
import { checkPlotTargets, writePlots } from "../src/cli/plot-output.ts"
import { tcpSweepTable, tcpThroughputTable } from "../src/cli/tcp-throughput-table.ts"
import { epochlab } from "./epochlab-in-process.ts"

/** Every experiment's plot builder, on tiny synthetic rows, with a label each plot must show. */
const plots: Array<{ name: string; spec: () => TopLevelSpec; shows: string[] }> = [
  { name: "tcp-throughput", spec: () => tcpThroughputPlot(rows.tcpRows), shows: ["spec-ack", "goodput (MB/s)", "111.38"] },
  { name: "tcp-throughput --sweep", spec: () => tcpSweepPlot(rows.sweepRows, "window"), shows: ["spec-ack, capped window", "spec-ack, client window", "4000"] },
  {
    name: "tcp-throughput --sweep, two modes",
    spec: () => tcpSweepPlot([...rows.sweepRows, ...rows.sweepRows.map((r) => ({ ...r, mode: "spec-ack+racc" as const }))], "window"),
    shows: ["spec-ack+racc", "advertised window", "capped", "client"],
  },
  { name: "soft-pages", spec: () => softPagesPlot(rows.softPagesRows), shows: ["with soft-page filtering", "every page", "recovery after failover (ms)"] },
  { name: "compression", spec: () => compressionPlot(rows.compressionRows), shows: ["rec:gzip", "xbzrle, cache 1/4 of pages", "xbzrle, cache all pages", "deflate"] },
  { name: "transport", spec: () => transportPlot(rows.transportRows), shows: ["GbE TCP, copy in the pause", "QDR RDMA, copy-on-write", "guest slowdown (%)"] },
  { name: "scheduling", spec: () => schedulingPlot(rows.schedulingRows), shows: ["adaptive", "fixed 25 ms", "QDR RDMA"] },
  { name: "memory-sync", spec: () => memorySyncPlot(rows.memorySyncRows), shows: ["fine-64", "rec:gzip", "11.0"] },
]

/** The first element closed out of order or never closed (a well-formedness check of the tags, without a parser). */
const unbalanced = (xml: string): string | undefined => {
  const open: string[] = []
  for (const [tag, close, name, self] of xml.matchAll(/<(\/?)([A-Za-z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g)) {
    if (self) continue
    if (!close) open.push(name)
    else if (open.pop() !== name) return tag
  }
  return open.length ? `<${open[open.length - 1]}> never closed` : undefined
}

describe("plots", () => {
  for (const p of plots)
    it(`${p.name}: an SVG with its labels and no missing numbers`, async () => {
      const svg = await renderSvg(p.spec())
      expect(svg.startsWith("<svg")).toBe(true)
      expect(svg.trimEnd().endsWith("</svg>")).toBe(true)
      for (const s of p.shows) expect(svg, s).toContain(s)
      expect(svg).not.toMatch(/NaN|undefined|Infinity/)
      expect(unbalanced(svg)).toBeUndefined()
    })

  it("the same rows give the same bytes, whatever was drawn before", async () => {
    const first = await renderSvg(plots[1].spec())
    for (const p of plots) await renderSvg(p.spec())
    expect(await renderSvg(plots[1].spec())).toBe(first)
    // ... and other rows other bytes.
    expect(await renderSvg(tcpSweepPlot(rows.sweepRows.slice(0, 4), "window"))).not.toBe(first)
  })

  it("a page holds the SVG and the table, escaped, and loads nothing", async () => {
    const svg = await renderSvg(plots[0].spec())
    const html = plotPage("epochlab experiment tcp-throughput", svg, "mode  goodput\n<off> & more")
    expect(html).toContain(svg)
    expect(html).toContain("&lt;off&gt; &amp; more")
    expect(html).not.toMatch(/<script|<link|<img|\bsrc=|@import|url\(/i)
  })
})

describe("the sweep's table", () => {
  it("one line per variant and buffer, as printed and as Markdown", () => {
    const text = tcpSweepTable(rows.sweepRows)
    expect(text.split("\n")).toHaveLength(1 + rows.sweepRows.length)
    expect(text.split("\n")[2]).toMatch(/^spec-ack\s+capped\s+250 seg\s+14\.00 MB\/s\s+25\.00 ms\s+26\.00 ms$/)
    expect(tcpSweepTable(rows.sweepRows, true).split("\n")[2]).toBe("| spec-ack | client | 250 seg | 2.00 MB/s | 24.00 ms | 37.00 ms |")
  })
})

describe("epochlab experiment --plot / --html / --sweep", () => {
  const run = (...args: string[]) => epochlab("experiment", ...args)
  const tmp = () => mkdtempSync(join(tmpdir(), "epochlab-plot-"))

  // Every experiment's run takes seconds or more (even compression's cheapest warms each pattern's guest for 2 s), so
  // the writing is tested in process, on the tcp-throughput rows, as the command calls it.
  it("writes the plot and the page (folders made as needed), the page holding the same SVG and the table", async () => {
    const dir = tmp()
    const targets = { plot: join(dir, "out", "t.svg"), html: join(dir, "t.html") }
    checkPlotTargets(targets)
    const table = tcpThroughputTable(rows.tcpRows)
    await writePlots(targets, "epochlab experiment tcp-throughput", () => tcpThroughputPlot(rows.tcpRows), table)
    const svg = readFileSync(targets.plot, "utf8")
    expect(svg).toBe(await renderSvg(tcpThroughputPlot(rows.tcpRows)))
    const page = readFileSync(targets.html, "utf8")
    expect(page).toContain(svg)
    expect(page).toContain(table.split("\n")[1])
  })

  it("bad input: one line, exit 2, before any run", async () => {
    const dir = tmp()
    const locked = join(dir, "locked")
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    const cases = [
      ["tcp-throughput", "--sweep", "nope"],
      ["soft-pages", "--sweep", "buffer"],
      ["soft-pages", "--plot", dir],
      ["soft-pages", "--html", "/proc/no-such-folder/x.html"],
      ["soft-pages", "--plot", "/proc/version/x.svg"],
      ...(process.getuid?.() === 0 ? [] : [["soft-pages", "--plot", join(locked, "x.svg")]]),
    ]
    for (const args of cases) {
      const r = await run(...args)
      expect(r.code, args.join(" ")).toBe(2)
      const lines = r.stderr.trim().split("\n")
      expect(lines, r.stderr).toHaveLength(1)
      expect(lines[0]).toMatch(/^epochlab: --(sweep|plot|html)/)
    }
  })
})
