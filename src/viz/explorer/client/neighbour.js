// The nearest passing run beside the failing one: both drawn on the comparison's own axis
// (by default each run's own epochs, so the two line up epoch by epoch), the first event at
// which they differ marked in both, and each epoch's milestones side by side.
import { LABEL, pxIn, xOfEvent, zoomTo } from "./axes.js"
import { $, el, ms } from "./dom.js"
import { drawAxis, drawRun, ROW, TOP } from "./draw-run.js"
import { attachZoom } from "./zoom.js"

/** Build the section; returns the function that redraws its timeline. */
export const drawNeighbour = (app) => {
  const { D, run, neighbour, cmp } = app
  const s = $("neighbour")
  const svg = $("neighbour-timeline")
  if (!neighbour) {
    s.append(el("p", { class: "note", id: "neighbour-none" }, D.neighbour.none))
    svg.remove()
    return () => {}
  }
  const d = D.neighbour.divergence
  /** From the first divergence to the witness (or a little past the divergence). */
  const zoomToDivergence = () => {
    const a = run.events[Math.max(0, d)] ?? run.events[run.events.length - 1]
    if (!a) return
    const w = run.events[D.witness.at] ?? a
    const from = xOfEvent(run, a, cmp)
    const to = Math.max(xOfEvent(run, w, cmp), from)
    zoomTo(cmp, from, to === from ? from + (cmp.axis === "epoch" ? 1 : cmp.axis === "time" ? 20000 : 50) : to)
  }
  s.insertBefore(el("p", { id: "neighbour-how" }, `Re-simulated: ${D.neighbour.how}. Every property holds in it.`), svg)
  const a = run.events[d]
  const b = neighbour.events[d]
  const say = (e) => (e ? `${ms(e[1])} ms, ${e[2]} ${e[3]} ${e[4]} → ${e[5]}` : "(the run had ended)")
  const p = el("p", { id: "divergence" })
  p.append(el("b", {}, d < 0 ? "The two runs are identical." : `First divergence at event #${d}: `))
  if (d >= 0 && D.neighbour.factsOnly) {
    // The same event in both runs, but not the same facts (what a host did inside the step differs).
    const facts = (r) => (r.factsAt.get(d) ?? []).map((f) => f.kind).join(", ") || "none"
    p.append(`the same event in both runs (${say(a)}), but not the same facts: failing ${facts(run)}; passing ${facts(neighbour)}. `)
  } else if (d >= 0) p.append(`failing: ${say(a)}; passing: ${say(b)}. `)
  if (d >= 0) {
    const go = el("button", { id: "zoom-divergence" }, "zoom to it")
    go.addEventListener("click", () => (zoomToDivergence(), a ? app.select(a[0]) : app.render()))
    p.append(go)
  }
  s.insertBefore(p, svg)
  const axis = el("select", { id: "cmp-axis" })
  for (const [value, label] of [
    ["epoch", "epochs (aligned)"],
    ["time", "virtual time"],
    ["order", "delivery order"],
  ])
    axis.append(el("option", { value }, label))
  axis.addEventListener("change", () => ((cmp.axis = axis.value), zoomToDivergence(), app.render()))
  const bar = el("div", { class: "toolbar" })
  const label = el("label", {}, "x axis ")
  label.append(axis)
  bar.append(label)
  s.insertBefore(bar, svg)
  attachZoom(svg, cmp, app.render, (target) => {
    const ep = target.getAttribute?.("data-epoch")
    if (ep !== null && ep !== undefined) app.zoomToEpoch(Number(ep), cmp)
  })
  zoomToDivergence()
  s.append(epochTable(app))
  return () => redraw(app, svg, d)
}

const redraw = (app, svg, d) => {
  const { D, run, neighbour, cmp } = app
  const width = svg.clientWidth || 1200
  // The TCP endpoints' lanes would double the height for little: the hosts, the link and the clients.
  const lanes = app.actors.filter((a) => app.actorShown(a) && !/-tcp/.test(a))
  svg.replaceChildren()
  const h = lanes.length * ROW
  svg.setAttribute("height", 2 * (h + 46) + 10)
  drawAxis(svg, width, cmp)
  svg.append(el("svg:text", { x: width - 300, y: 36, class: "run-label" }, "the failing run"))
  drawRun(app, svg, run, lanes, TOP, width, { witness: D.witness.at, divergence: d }, cmp)
  const y1 = TOP + h + 46
  svg.append(el("svg:text", { x: width - 300, y: y1 - 24, class: "run-label" }, "the nearest passing run"))
  drawRun(app, svg, neighbour, lanes, y1, width, { divergence: d }, cmp)
  for (const [r, y] of [
    [run, TOP],
    [neighbour, y1],
  ]) {
    const e = r.events[d]
    if (!e) continue
    const x = pxIn(cmp, width, xOfEvent(r, e, cmp))
    if (x >= LABEL && x <= width) svg.append(el("svg:line", { x1: x, x2: x, y1: y - 20, y2: y + h, class: "divergence-line" }))
  }
}

/** Epoch by epoch: capture, completion, acknowledgement and first release in both runs; the first epoch that differs marked. */
const epochTable = (app) => {
  const byEpoch = (r) => new Map(r.epochs.map((e) => [e.epoch, e]))
  const fa = byEpoch(app.run)
  const pa = byEpoch(app.neighbour)
  const epochs = [...new Set([...fa.keys(), ...pa.keys()])].sort((x, y) => x - y)
  const cells = (e) => (e ? [ms(e.pause[0]), e.transfer ? ms(e.transfer[1]) : "-", e.ack ? ms(e.ack[1]) : "-", e.release !== undefined ? ms(e.release) : "-"] : ["-", "-", "-", "-"])
  const t = el("table", { id: "epoch-aligned" })
  const head = el("tr")
  head.append(...["epoch", "failing: capture", "complete", "acked", "released", "passing: capture", "complete", "acked", "released"].map((h) => el("th", {}, h)))
  t.append(head)
  let marked = false
  for (const n of epochs) {
    const x = cells(fa.get(n))
    const y = cells(pa.get(n))
    const differs = x.some((v, k) => v !== y[k])
    const tr = el("tr", { class: differs ? (marked ? "differs" : "differs first-diff") : "", "data-epoch": n })
    if (differs) marked = true
    tr.append(el("td", {}, String(n)), ...x.map((v, k) => el("td", { class: v !== y[k] ? "diff" : "" }, v)), ...y.map((v, k) => el("td", { class: v !== x[k] ? "diff" : "" }, v)))
    t.append(tr)
  }
  t.addEventListener("click", (ev) => {
    const tr = ev.target.closest("tr[data-epoch]")
    if (tr) app.zoomToEpoch(Number(tr.getAttribute("data-epoch")), app.cmp)
  })
  const det = el("details", { open: "" })
  det.append(el("summary", {}, "Epoch by epoch (times in ms; the first epoch that differs is marked; a click zooms the comparison to it)"))
  const scroll = el("div", { class: "scroll" })
  scroll.append(t)
  det.append(scroll)
  // Open scrolled to the first epoch that differs.
  requestAnimationFrame(() => {
    const first = t.querySelector("tr.first-diff")
    if (first) scroll.scrollTop = Math.max(0, first.offsetTop - 60)
  })
  return det
}
