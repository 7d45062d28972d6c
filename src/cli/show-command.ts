import { describeFault, describeFaults } from "../faults/schedule.ts"
import { storyRows, storyWindow } from "../viz/story.ts"
import { storyMermaid } from "../viz/story-mermaid.ts"
import { storyText } from "../viz/story-text.ts"
import { storyHtml } from "../viz/story-html.ts"
import { eventsOf } from "../../fuzz/counterexample.ts"
import { strictArgs } from "./args.ts"
import { loadCounterexample } from "./replay-command.ts"
import { UsageError } from "./usage-error.ts"

export const showHelp = `epochlab show FILE [--format text|mermaid|html]
  A counterexample as a story: one lane per actor, epochs marked, the injected
  faults, the offending step highlighted, the property explained in one sentence.
  mermaid prints a sequence diagram that renders in any Markdown viewer; html a
  self-contained page with the story and every event of the trace.`

export const showCommand = (argv: string[]): number => {
  const { values, positionals } = strictArgs(argv, { format: { type: "string", default: "text" } }, true)
  if (values.format !== "text" && values.format !== "mermaid" && values.format !== "html")
    throw new UsageError(`--format: expected text, mermaid or html, got "${values.format}"`)
  const cx = loadCounterexample(positionals[0])
  const clients = [...new Set(cx.trace.facts.flatMap((f) => (f.kind === "client-recv" ? [f.client] : [])))].sort()
  const lanes = ["primary", "backup", "storage", ...clients]
  const rows = storyWindow(storyRows({ facts: cx.trace.facts, faults: cx.shrunkFaults, witness: cx.witness }), cx.witness.at)
  const title = `${cx.property} violated: ${cx.scenario}, seed ${cx.seed}${cx.bug ? `, bug ${cx.bug}` : ""}`
  if (values.format === "mermaid") {
    console.log(storyMermaid(rows, lanes, title))
    return 0
  }
  if (values.format === "html") {
    const faults = [...cx.shrunkFaults.map(describeFault), ...(cx.priorities ? [`same-instant events ordered by priorities ${cx.priorities}`] : [])]
    const replay = `npx epochlab replay ${positionals[0]}`
    console.log(storyHtml({ title, explanation: cx.explanation, witness: cx.witness, faults, replay, lanes, rows, events: eventsOf(cx) }))
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
