// Each client's byte stream: what arrived when and from which host, over the timeline's window,
// the offsets the property names marked; every arrival in a table on demand.
import { $, el, eventIndexOf, lowerBound, ms } from "./dom.js"

const W = 900
const H = 180

/** One plot per client; returns the function that redraws them for the timeline's window. */
export const drawStreams = (app) => {
  const { D, run } = app
  const s = $("streams")
  const plots = []
  const clients = Object.keys(D.run.streams).sort()
  if (!clients.length) s.append(el("p", { class: "note" }, "No client received any bytes in this run."))
  for (const c of clients) {
    const chunks = D.run.streams[c]
    const box = el("div", { class: "stream", "data-client": c })
    const hosts = [...new Set(chunks.map((k) => k.host ?? "unknown"))]
    box.append(el("h3", {}, `${c}: ${chunks.length} arrivals, through byte ${chunks.reduce((m, k) => Math.max(m, k.offset + k.len), 0)}, from ${hosts.join(" and ")}`))
    const svg = el("svg:svg", { width: W, height: H + 24, class: "stream-plot", "data-client": c })
    svg.addEventListener("click", (ev) => {
      const i = eventIndexOf(ev.target)
      if (i !== undefined) app.select(i)
    })
    plots.push({ svg, chunks, client: c, times: chunks.map((k) => k.t) })
    box.append(svg)
    box.append(el("p", { class: "legend" }, "Over the timeline's window (zoom it to zoom these). From the primary: blue; from the backup: orange; a conflict with bytes already held: red; the witness's time: the red line."))
    box.append(arrivals(app, c, chunks))
    s.append(box)
  }
  return () => {
    const v = app.view
    const [t0, t1] = v.axis === "time" ? [Math.max(0, v.x0), v.x1] : [0, Math.max(1, run.times[run.times.length - 1] ?? 1)]
    for (const p of plots) drawPlot(D, p, t0, t1)
  }
}

const drawPlot = (D, { svg, chunks, client, times }, t0, t1) => {
  svg.replaceChildren()
  const shown = chunks.slice(lowerBound(times, t0), lowerBound(times, t1 + 1))
  // Loops, not Math.min(...): a window can hold more arrivals than a call takes arguments.
  const o0 = shown.reduce((m, k) => Math.min(m, k.offset), shown.length ? Infinity : 0)
  const o1 = shown.reduce((m, k) => Math.max(m, k.offset + k.len), o0 + 1)
  const X = (t) => 60 + ((t - t0) / Math.max(1, t1 - t0)) * (W - 70)
  const Y = (o) => H - ((o - o0) / (o1 - o0)) * (H - 10)
  svg.append(
    el("svg:text", { x: 2, y: 10, class: "axis-label" }, `byte ${o1}`),
    el("svg:text", { x: 2, y: H, class: "axis-label" }, `byte ${o0}`),
    el("svg:text", { x: 60, y: H + 18, class: "axis-label" }, `${ms(t0)} ms`),
    el("svg:text", { x: W - 90, y: H + 18, class: "axis-label" }, `${ms(t1)} ms`),
  )
  if (!shown.length) svg.append(el("svg:text", { x: 300, y: H / 2, class: "axis-label" }, "nothing arrived in the timeline's window"))
  for (const k of shown) {
    const cls = `chunk from-${k.host ?? "unknown"}${k.conflict >= 0 ? " conflict" : ""}${k.at === D.witness.at ? " witness" : ""}`
    const line = el("svg:line", { x1: X(k.t), x2: X(k.t), y1: Y(k.offset), y2: Math.min(Y(k.offset) - 1, Y(k.offset + k.len)), class: cls, "data-i": k.at })
    line.append(el("svg:title", {}, `${ms(k.t)} ms: bytes ${k.offset}..${k.offset + k.len} from ${k.host ?? "?"}${k.conflict >= 0 ? `, conflict at ${k.conflict}` : ""}`))
    svg.append(line)
  }
  for (const n of D.namedOffsets.filter((n) => n.client === client))
    for (const o of [n.from, n.to].filter((v) => v !== undefined && v >= o0 && v <= o1)) {
      svg.append(el("svg:line", { x1: 60, x2: W - 10, y1: Y(o), y2: Y(o), class: "named-offset" }))
      svg.append(el("svg:text", { x: 62, y: Y(o) - 3, class: "named-label" }, `offset ${o} (named by the property)`))
    }
  if (D.witness.t >= t0 && D.witness.t <= t1) svg.append(el("svg:line", { x1: X(D.witness.t), x2: X(D.witness.t), y1: 0, y2: H, class: "witness-line" }))
}

/** Every arrival as a table, built when first opened (a bulk stream has thousands). */
const arrivals = (app, client, chunks) => {
  const { D } = app
  const det = el("details")
  det.append(el("summary", {}, "every arrival"))
  det.addEventListener("toggle", () => {
    if (det.querySelector("table")) return
    const t = el("table")
    const head = el("tr")
    head.append(...["event", "time (ms)", "bytes", "from", "conflict"].map((h) => el("th", {}, h)))
    t.append(head)
    for (const k of chunks) {
      const named = D.namedOffsets.some((n) => n.client === client && n.from >= k.offset && n.from < k.offset + Math.max(1, k.len))
      const tr = el("tr", { class: [k.at === D.witness.at ? "offending" : "", named ? "named" : ""].join(" ").trim(), "data-i": k.at })
      for (const v of [`#${k.at}`, ms(k.t), `${k.offset}..${k.offset + k.len}`, k.host ?? "?", k.conflict >= 0 ? `at ${k.conflict}` : ""]) tr.append(el("td", {}, v))
      t.append(tr)
    }
    t.addEventListener("click", (ev) => {
      const tr = ev.target.closest("tr[data-i]")
      if (tr) app.select(Number(tr.getAttribute("data-i")))
    })
    det.append(t)
  })
  return det
}
