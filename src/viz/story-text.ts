import type { StoryRow } from "./story.ts"

const WIDTH = 44

/** One lane per actor, time down the left, epochs as rules, the offending row marked. */
export const storyText = (rows: StoryRow[], lanes: string[]): string => {
  const cell = (s: string) => (s.length > WIDTH ? s.slice(0, WIDTH - 1) + "~" : s.padEnd(WIDTH))
  const header = `${"time (ms)".padEnd(12)}| ${lanes.map(cell).join("| ")}`
  const out = [header, "-".repeat(header.length)]
  for (const r of rows) {
    const time = (r.t / 1000).toFixed(3).padStart(10)
    if (r.kind === "epoch") {
      out.push(`${time}  ${"-- " + r.text + " ".padEnd(4, "-")}`.padEnd(header.length, "-"))
      continue
    }
    const mark = r.offending ? ">>" : r.kind === "fault" ? "!!" : "  "
    // Rows of a lane not drawn (the link, storage) go in the first lane.
    const lane = lanes.includes(r.lane) ? r.lane : lanes[0]
    const cells = lanes.map((l) => cell(l === lane ? r.text : ""))
    out.push(`${mark}${time}| ${cells.join("| ")}${r.offending ? " <<" : ""}`)
  }
  return out.join("\n")
}
