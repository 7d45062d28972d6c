// Drawing one run on an SVG: lanes, epoch bands, events and faults, in a view.
import { LABEL, pxIn, timeOfEpochX, xOfEvent, xOfTime } from "./axes.js"
import { el, lowerBound, ms } from "./dom.js"

export const ROW = 22
/** Where the first lane starts: the axis and the epoch band row above it. */
export const TOP = 46

const PHASES = [
  ["pause", "phase-pause"],
  ["transfer", "phase-transfer"],
  ["ack", "phase-ack"],
]
const palette = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#e15759"]
const colourOf = (type) => palette[[...type].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % palette.length]

/** Draw `run`'s lanes into `g` from y0 in view v: epoch bands, events (the marked ones larger), faults. Returns the height. */
export const drawRun = (app, g, run, lanes, y0, width, marks, v) => {
  const px = (x) => pxIn(v, width, x)
  lanes.forEach((a, k) => {
    const y = y0 + k * ROW
    const lane = el("svg:g", { class: "lane", "data-actor": a })
    lane.append(el("svg:rect", { x: 0, y, width, height: ROW, class: k % 2 ? "lane-bg odd" : "lane-bg" }))
    lane.append(el("svg:text", { x: 6, y: y + 15, class: "lane-label" }, a))
    g.append(lane)
  })
  const h = lanes.length * ROW
  drawEpochs(g, run, y0, h, width, px, v)
  // The events in the window (by index in delivery order, else by time), one mark per lane and pixel column:
  // a hundred same-instant sends would be one blot anyway. Marked events are always drawn.
  const timeAt = (x) => (v.axis === "time" ? x : timeOfEpochX(run, x))
  const [from, to] =
    v.axis === "order" ? [Math.max(0, Math.floor(v.x0)), Math.min(run.events.length, Math.ceil(v.x1) + 1)] : [lowerBound(run.times, timeAt(v.x0)), lowerBound(run.times, timeAt(v.x1) + 1)]
  const seen = new Set()
  for (let i = from; i < to; i++) {
    const e = run.events[i]
    if (!app.eventShown(e)) continue
    const k = lanes.indexOf(e[2])
    if (k < 0) continue
    const x = px(xOfEvent(run, e, v))
    const key = `${k}:${Math.round(x)}`
    const special = marks.witness === e[0] || marks.selected === e[0] || marks.divergence === e[0]
    if (seen.has(key) && !special) continue
    seen.add(key)
    const cls = ["ev", marks.witness === e[0] ? "witness" : "", marks.selected === e[0] ? "selected" : "", marks.divergence === e[0] ? "divergence" : ""].join(" ").trim()
    const c = el("svg:circle", { cx: x, cy: y0 + k * ROW + 11, r: special ? 6 : 3.5, class: cls, fill: special ? null : colourOf(e[3]), "data-i": e[0] })
    c.append(el("svg:title", {}, `#${e[0]} ${ms(e[1])} ms ${e[2]} ${e[3]} ${e[4]}`))
    g.append(c)
  }
  // Faults where they acted, across every lane, labelled in their own lane.
  for (const f of run.faults) {
    const x = px(xOfTime(run, f.t, v))
    if (x < LABEL || x > width) continue
    g.append(el("svg:line", { x1: x, x2: x, y1: y0 - 20, y2: y0 + h, class: "fault-line" }))
    const k = Math.max(0, lanes.indexOf(f.lane))
    g.append(el("svg:text", { x: x + 4, y: y0 + k * ROW + 15, class: "fault-label" }, `⚡ ${f.text}`))
  }
  return h
}

/** Each phase of each epoch on the band row (alternate epochs on alternate rows: they overlap), the pause across every lane. */
const drawEpochs = (g, run, y0, h, width, px, v) => {
  for (const ep of run.epochs) {
    const row = y0 - 20 + (ep.epoch % 2) * 9
    for (const [key, cls] of PHASES) {
      const span = ep[key]
      if (!span) continue
      const a = px(xOfTime(run, span[0], v))
      const b = Math.max(a + 1.5, px(xOfTime(run, span[1], v)))
      if (b < LABEL || a > width) continue
      const x = Math.max(LABEL, a)
      const w = Math.min(width, b) - x
      const r = el("svg:rect", { x, y: row, width: w, height: 8, class: `phase ${cls}`, "data-epoch": ep.epoch })
      r.append(el("svg:title", {}, `epoch ${ep.epoch} ${key}: ${ms(span[0])} to ${ms(span[1])} ms`))
      g.append(r)
      if (key === "pause" && b - a > 2) g.append(el("svg:rect", { x, y: y0, width: w, height: h, class: "pause-band" }))
    }
    if (ep.release === undefined) continue
    const x = px(xOfTime(run, ep.release, v))
    if (x < LABEL || x > width) continue
    const m = el("svg:path", { d: `M${x},${row} l3,4 l-3,4 l-3,-4 z`, class: "phase-release" })
    m.append(el("svg:title", {}, `epoch ${ep.epoch}: first release at ${ms(ep.release)} ms`))
    g.append(m)
  }
}

/** The axis of view v along the top of an SVG: round ticks in its units. */
export const drawAxis = (svg, width, v) => {
  const span = v.x1 - v.x0
  const step = 10 ** Math.floor(Math.log10(span / 6 || 1))
  let nice = [1, 2, 5, 10].map((m) => m * step).find((s) => span / s <= 10) ?? step * 10
  if (v.axis !== "time") nice = Math.max(1, nice) // whole epochs, whole events
  svg.append(el("svg:text", { x: 6, y: 12, class: "axis-label" }, { time: "ms", epoch: "epoch", order: "event" }[v.axis]))
  svg.append(el("svg:text", { x: 6, y: 36, class: "axis-label" }, "epochs"))
  for (let x = Math.ceil(v.x0 / nice) * nice; x <= v.x1; x += nice) {
    const p = pxIn(v, width, x)
    svg.append(el("svg:line", { x1: p, x2: p, y1: 14, y2: 20, class: "tick" }))
    svg.append(el("svg:text", { x: p + 2, y: 12, class: "tick-label" }, v.axis === "time" ? ms(x) : String(Math.round(x))))
  }
}
