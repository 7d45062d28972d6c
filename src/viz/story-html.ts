import type { TraceEvent } from "../sim/trace.ts"
import type { StoryRow } from "./story.ts"

export interface HtmlStory {
  title: string
  explanation: string
  witness: { at: number; t: number; message: string }
  faults: string[]
  replay: string
  lanes: string[]
  rows: StoryRow[]
  events: TraceEvent[]
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
const ms = (t: number) => (t / 1000).toFixed(3)

/**
 * A counterexample as one self-contained HTML page (no script, no network):
 * the summary, the story in lanes with the offending step highlighted, and
 * every delivered event of the trace, the witness event marked and linked.
 */
export const storyHtml = (s: HtmlStory): string => {
  const head = `<tr><th>time (ms)</th>${s.lanes.map((l) => `<th>${esc(l)}</th>`).join("")}</tr>`
  const body = s.rows
    .map((r) => {
      if (r.kind === "epoch") return `<tr class="epoch"><td>${ms(r.t)}</td><td colspan="${s.lanes.length}">${esc(r.text)}</td></tr>`
      const lane = s.lanes.includes(r.lane) ? r.lane : s.lanes[0]
      const cls = r.offending ? "offending" : r.kind === "fault" ? "fault" : ""
      const cells = s.lanes.map((l) => `<td>${l === lane ? esc(r.text) : ""}</td>`).join("")
      const time = r.offending ? `<a href="#e${r.at}">${ms(r.t)}</a>` : ms(r.t)
      return `<tr class="${cls}"><td>${time}</td>${cells}</tr>`
    })
    .join("\n")
  const events = s.events
    .map(
      (e) =>
        `<tr id="e${e.i}"${e.i === s.witness.at ? ' class="offending"' : ""}><td>${e.i}</td><td>${ms(e.t)}</td><td>${esc(e.actor)}</td><td>${esc(e.type)}</td><td>${esc(e.summary)}</td><td>${esc(e.state)}</td></tr>`,
    )
    .join("\n")
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(s.title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222 }
table { border-collapse: collapse; margin: 1em 0 } td, th { border: 1px solid #ddd; padding: 2px 8px; vertical-align: top; text-align: left }
th { background: #f4f4f4 } tr.epoch td { background: #eef3fb; font-weight: 600 } tr.fault td { background: #fff4d6 }
tr.offending td { background: #ffd2d2; font-weight: 600 } code { background: #f4f4f4; padding: 1px 4px }
td:first-child { font-variant-numeric: tabular-nums; white-space: nowrap }
</style></head><body>
<h1>${esc(s.title)}</h1>
<p>${esc(s.explanation)}</p>
<p><b>Witness</b> at ${ms(s.witness.t)} ms (<a href="#e${s.witness.at}">event ${s.witness.at}</a>): ${esc(s.witness.message)}</p>
<p><b>Faults</b>: ${s.faults.length ? s.faults.map(esc).join("; ") : "none"}</p>
<p><b>Replay</b>: <code>${esc(s.replay)}</code></p>
<h2>Story</h2>
<table>${head}
${body}</table>
<details><summary><b>Every delivered event</b> (${s.events.length})</summary>
<table><tr><th>#</th><th>time (ms)</th><th>actor</th><th>event</th><th>payload</th><th>state after</th></tr>
${events}</table></details>
</body></html>
`
}
