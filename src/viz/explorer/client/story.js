// The story (src/viz/story.ts): the witness's neighbourhood as rows in lanes, a click selects the row's event.
import { $, el, ms } from "./dom.js"

export const drawStory = (app) => {
  const lanes = ["primary", "backup", "storage", ...app.clients]
  const t = $("story")
  const head = el("tr")
  head.append(el("th", {}, "time (ms)"), ...lanes.map((l) => el("th", {}, l)))
  t.append(head)
  for (const r of app.D.story) {
    const tr = el("tr", { class: r.kind === "epoch" ? "epoch" : r.offending ? "offending" : r.kind === "fault" ? "fault" : "", "data-i": r.at })
    tr.append(el("td", {}, ms(r.t)))
    if (r.kind === "epoch") tr.append(el("td", { colspan: lanes.length }, r.text))
    else {
      const lane = lanes.includes(r.lane) ? r.lane : lanes[0]
      for (const l of lanes) tr.append(el("td", {}, l === lane ? r.text : ""))
    }
    t.append(tr)
  }
  t.addEventListener("click", (ev) => {
    const tr = ev.target.closest("tr[data-i]")
    if (tr && Number(tr.getAttribute("data-i")) >= 0) app.select(Number(tr.getAttribute("data-i")))
  })
}
