// The counterexample explorer's page script: plain DOM and SVG, no library, no network.
// Bundled into the page by src/viz/explorer/page.ts; reads the run from the JSON block #data
// and draws the timeline, the selected event's state, the clients' streams and the passing neighbour.
import { fit, LABEL, pxIn, rangeText, xOfEvent, xOfTime, zoomTo } from "./axes.js"
import { wireControls } from "./controls.js"
import { $, el, eventIndexOf } from "./dom.js"
import { drawAxis, drawRun, ROW, TOP } from "./draw-run.js"
import { createApp } from "./model.js"
import { drawNeighbour } from "./neighbour.js"
import { showEvent } from "./state-panel.js"
import { drawStory } from "./story.js"
import { drawStreams } from "./streams.js"
import { attachZoom } from "./zoom.js"

const app = createApp(JSON.parse($("data").textContent))
const { D, run, view, filters } = app
const timeline = $("timeline")

let redrawStreams = () => {}
let redrawNeighbour = () => {}

app.render = () => {
  const width = timeline.clientWidth || 1200
  const lanes = app.actors.filter(app.actorShown)
  timeline.replaceChildren()
  timeline.setAttribute("height", TOP + lanes.length * ROW + 8)
  drawAxis(timeline, width, view)
  drawRun(app, timeline, run, lanes, TOP, width, { witness: D.witness.at, selected: filters.selected }, view)
  const w = run.events[D.witness.at]
  const wx = w ? pxIn(view, width, xOfEvent(run, w, view)) : -1
  if (wx >= LABEL && wx <= width) timeline.append(el("svg:line", { x1: wx, x2: wx, y1: TOP - 20, y2: TOP + lanes.length * ROW, class: "witness-line" }))
  $("range").textContent = `showing ${rangeText(view)}`
  redrawStreams()
  redrawNeighbour()
}

app.select = (i) => {
  if (!run.events[i]) return
  filters.selected = i
  history.replaceState(null, "", `#e${i}`)
  showEvent(app, i)
  app.render()
}

/** Zoom view v to epoch n of the failing run: from its capture to the next (or to its release, if later). */
app.zoomToEpoch = (n, v) => {
  const ep = run.epochs.find((e) => e.epoch === n)
  if (!ep) return
  const next = run.epochs.find((e) => e.epoch === n + 1)
  const end = Math.max(ep.release ?? 0, ep.ack?.[1] ?? 0, ep.transfer?.[1] ?? 0, next ? next.pause[0] : ep.pause[1])
  zoomTo(v, xOfTime(run, ep.pause[0], v), xOfTime(run, end, v))
  if (v === view) $("epoch-select").value = String(n)
  app.render()
}

wireControls(app)
attachZoom(timeline, view, app.render, (target) => {
  const i = eventIndexOf(target)
  if (i !== undefined) app.select(i)
  const ep = target.getAttribute?.("data-epoch")
  if (ep !== null && ep !== undefined) app.zoomToEpoch(Number(ep), view)
})
window.addEventListener("resize", app.render)
redrawStreams = drawStreams(app)
redrawNeighbour = drawNeighbour(app)
drawStory(app)

// Open on the witness's epoch with the witness selected (or on the event the address names).
const openOn = (start) => {
  if (!start) {
    $("detail").append(el("p", { class: "note" }, "The trace holds no delivered event."))
    fit(view, run)
    app.render()
    return
  }
  const epoch = [...run.epochs].reverse().find((e) => e.pause[0] <= start[1])
  if (epoch) app.zoomToEpoch(epoch.epoch, view)
  else fit(view, run)
  const sx = xOfEvent(run, start, view)
  if (sx < view.x0 || sx > view.x1) zoomTo(view, Math.min(view.x0, sx), Math.max(view.x1, sx))
  app.select(start[0])
}
const fromHash = /^#e(\d+)$/.exec(location.hash)
openOn(run.events[fromHash ? Number(fromHash[1]) : Math.max(0, D.witness.at)] ?? run.events[run.events.length - 1])
document.body.setAttribute("data-ready", "true")
