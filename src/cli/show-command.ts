import { describeFaults } from "../faults/schedule.ts"
import { counterexampleTitle } from "../../fuzz/counterexample.ts"
import { storyRows, storyWindow } from "../viz/story.ts"
import { storyMermaid } from "../viz/story-mermaid.ts"
import { storyText } from "../viz/story-text.ts"
import { explorerData } from "../viz/explorer/explorer-data.ts"
import { nearestPassing } from "../viz/explorer/nearest-passing.ts"
import { explorerPage } from "../viz/explorer/page.ts"
import { servePage } from "../viz/explorer/serve.ts"
import { positiveInt, strictArgs } from "./args.ts"
import { loadCounterexample } from "./replay-command.ts"
import { UsageError } from "./usage-error.ts"

export const showHelp = `epochlab show FILE [--format text|mermaid|html] [--open [--port N]]
  A counterexample as a story: one lane per actor, epochs marked, the injected
  faults, the offending step highlighted, the property explained in one sentence.
  mermaid prints a sequence diagram that renders in any Markdown viewer.
  html prints the explorer, one self-contained page (no network when viewed):
  a zoomable timeline (a lane per actor, epochs as bands, faults, the witness),
  each event's payload, facts and machine state on its statechart, each
  client's byte stream, and the nearest passing run (re-simulated) with the
  first divergence marked. --open serves that page on 127.0.0.1 (port N, or
  any free one) and prints its URL; Ctrl-C stops it.`

export const showCommand = async (argv: string[]): Promise<number> => {
  const { values, positionals } = strictArgs(argv, { format: { type: "string", default: "text" }, open: { type: "boolean", default: false }, port: { type: "string" } }, true)
  if (values.format !== "text" && values.format !== "mermaid" && values.format !== "html")
    throw new UsageError(`--format: expected text, mermaid or html, got "${values.format}"`)
  if (values.port !== undefined && !values.open) throw new UsageError("--port: only with --open")
  if (values.open && values.format !== "text" && values.format !== "html") throw new UsageError(`--open: serves the html page; --format ${values.format} cannot be served`)
  const port = values.port === undefined ? 0 : positiveInt("--port", values.port, 65535)
  if (positionals.length > 1) throw new UsageError(`show takes one FILE, got ${positionals.length}`)
  const cx = loadCounterexample(positionals[0])
  if (values.open || values.format === "html") {
    const html = explorerPage(explorerData(cx, positionals[0], nearestPassing(cx)))
    if (!values.open) {
      process.stdout.write(html)
      return 0
    }
    let url: string
    try {
      url = await servePage(html, port)
    } catch (e) {
      // A port in use or not ours to take: one line, like any other bad input.
      throw new UsageError(`--port ${port}: cannot listen on 127.0.0.1 (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
    console.log(`epochlab show: the explorer for ${positionals[0]} at ${url} (Ctrl-C stops it)`)
    return 0
  }
  const clients = [...new Set(cx.trace.facts.flatMap((f) => (f.kind === "client-recv" ? [f.client] : [])))].sort()
  const lanes = ["primary", "backup", "storage", ...clients]
  const rows = storyWindow(storyRows({ facts: cx.trace.facts, faults: cx.shrunkFaults, witness: cx.witness }), cx.witness.at)
  const title = counterexampleTitle(cx)
  if (values.format === "mermaid") {
    console.log(storyMermaid(rows, lanes, title))
    return 0
  }
  console.log(title)
  console.log(`  ${cx.explanation}`)
  console.log(`  witness at ${(cx.witness.t / 1000).toFixed(3)} ms (event ${cx.witness.at}): ${cx.witness.message}`)
  console.log(`  faults: ${describeFaults(cx.shrunkFaults, "none")} (shrunk from ${cx.faults.length})`)
  if (cx.priorities) console.log(`  interleaving: same-instant events ordered by priorities ${cx.priorities} (fuzz --strategy pct)`)
  console.log(`  replay: npx epochlab replay ${positionals[0]}`)
  console.log("")
  console.log(storyText(rows, lanes.filter((l) => l !== "storage")))
  return 0
}
