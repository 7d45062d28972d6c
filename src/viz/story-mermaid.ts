import type { StoryRow } from "./story.ts"

const id = (lane: string) => lane.replace(/[^A-Za-z0-9]/g, "_")
const clean = (s: string) => s.replace(/[;#]/g, ",")

/** The story as a Mermaid sequence diagram: messages between lanes, notes for local steps, the offending step in red. */
export const storyMermaid = (rows: StoryRow[], lanes: string[], title: string): string => {
  const out = ["---", `title: ${clean(title).replace(/:/g, " -")}`, "---", "sequenceDiagram"]
  for (const l of lanes) out.push(`  participant ${id(l)} as ${l}`)
  for (const r of rows) {
    if (r.offending) out.push("  rect rgb(255, 210, 210)")
    const text = clean(r.kind === "fault" ? r.text : `${(r.t / 1000).toFixed(3)} ms: ${r.text}`)
    if (r.kind === "epoch") out.push(`  Note over ${id(lanes[0])},${id(lanes[lanes.length - 1])}: ${clean(r.text)}`)
    else if (r.to && lanes.includes(r.to)) out.push(`  ${id(r.lane)}->>${id(r.to)}: ${text}`)
    else out.push(`  Note over ${id(lanes.includes(r.lane) ? r.lane : lanes[0])}: ${text}`)
    if (r.offending) out.push("  end")
  }
  return out.join("\n")
}
