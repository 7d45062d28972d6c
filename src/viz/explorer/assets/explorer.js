// The counterexample explorer's page script: plain DOM and SVG, no library, no network.
// Reads the run from the JSON block #data (src/viz/explorer/explorer-data.ts) and draws
// the timeline, the selected event's state, the clients' streams and the passing neighbour.
"use strict"
;(() => {
  const D = JSON.parse(document.getElementById("data").textContent)
  const SVG = "http://www.w3.org/2000/svg"
  const $ = (id) => document.getElementById(id)
  const el = (tag, attrs = {}, text) => {
    const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, String(v))
    if (text !== undefined) e.textContent = text
    return e
  }
  const ms = (t) => (t / 1000).toFixed(3)

  // ---- the runs, indexed --------------------------------------------------------------------
  const indexRun = (run) => {
    const factsAt = new Map()
    for (const f of run.facts) {
      if (!factsAt.has(f.at)) factsAt.set(f.at, [])
      factsAt.get(f.at).push(f)
    }
    return { ...run, factsAt, times: run.events.map((e) => e[1]), starts: run.epochs.map((e) => e.pause[0]), numbers: run.epochs.map((e) => e.epoch) }
  }
  const RUN = indexRun(D.run)
  const NEIGHBOUR = "run" in D.neighbour ? indexRun(D.neighbour.run) : undefined

  // Lanes: the hosts and the link first, then the rest in order of appearance.
  const ROLE = ["primary", "backup", "link", "storage", "net"]
  const actorsOf = (run) => [...new Set(run.events.map((e) => e[2]))]
  const allActors = [...new Set([...actorsOf(D.run), ...(NEIGHBOUR ? actorsOf(NEIGHBOUR) : [])])]
  const ACTORS = [...ROLE.filter((a) => allActors.includes(a)), ...allActors.filter((a) => !ROLE.includes(a))]
  const TYPES = [...new Set(D.run.events.map((e) => e[3]))].sort()
  const CLIENTS = [...new Set(ACTORS.map((a) => (a.match(/client-\d+/) || [])[0]).filter(Boolean))].sort()

  // Two views, each with its own axis and window (the timeline; the comparison with the passing run); one set of filters.
  const view = { axis: "time", x0: 0, x1: 1 }
  const cmp = { axis: "epoch", x0: 0, x1: 1 }
  const filters = { selected: D.witness.at, actors: new Set(ACTORS), types: new Set(TYPES), client: "" }

  // ---- filters ---------------------------------------------------------------------------------
  const clientOf = (s) => (s.match(/client-\d+/) || [])[0]
  const actorShown = (a) => filters.actors.has(a) && (!filters.client || !clientOf(a) || clientOf(a) === filters.client)
  const eventShown = (e) => actorShown(e[2]) && filters.types.has(e[3]) && (!filters.client || !clientOf(e[4]) || clientOf(e[4]) === filters.client)

  // ---- axes: virtual time, epochs (each run's own, so two runs line up epoch by epoch) or delivery order ----
  const lowerBound = (arr, v) => {
    let lo = 0
    let hi = arr.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (arr[mid] < v) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  /** How long epoch k of a run lasted (capture to next capture); the last at the mean pace. */
  const epochLength = (run, k) => {
    const s = run.starts
    return Math.max(1, k + 1 < s.length ? s[k + 1] - s[k] : s.length > 1 ? (s[s.length - 1] - s[0]) / (s.length - 1) : 1)
  }
  /** Epoch coordinate of an instant: n + how far through epoch n it is. */
  const epochX = (run, t) => {
    if (!run.starts.length || t < run.starts[0]) return 0
    const k = lowerBound(run.starts, t + 1) - 1
    return run.numbers[k] + (t - run.starts[k]) / epochLength(run, k)
  }
  /** The instant at an epoch coordinate (the inverse of epochX), to find the events in a window. */
  const timeOfEpochX = (run, x) => {
    if (!run.starts.length) return 0
    const k = Math.max(0, lowerBound(run.numbers, Math.floor(x) + 1) - 1)
    return run.starts[k] + (x - run.numbers[k]) * epochLength(run, k)
  }
  const xOfTime = (run, t, v) => (v.axis === "time" ? t : v.axis === "epoch" ? epochX(run, t) : lowerBound(run.times, t))
  const xOfEvent = (run, e, v) => (v.axis === "order" ? e[0] : xOfTime(run, e[1], v))
  const fit = (v) => {
    const last = RUN.events[RUN.events.length - 1]
    const b = Math.max(1, last ? xOfEvent(RUN, last, v) : 1)
    v.x0 = 0
    v.x1 = b * 1.01
  }
  const zoomTo = (v, a, b) => {
    const pad = Math.max((b - a) * 0.15, v.axis === "time" ? 200 : v.axis === "epoch" ? 0.05 : 5)
    v.x0 = a - pad
    v.x1 = b + pad
  }

  // ---- drawing a run -----------------------------------------------------------------------------
  const LABEL = 170
  const ROW = 22
  const TOP = 46
  const PHASES = [
    ["pause", "phase-pause"],
    ["transfer", "phase-transfer"],
    ["ack", "phase-ack"],
  ]
  const palette = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#e15759"]
  const colourOf = (type) => palette[[...type].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % palette.length]
  const pxIn = (v, width, x) => LABEL + ((x - v.x0) / (v.x1 - v.x0)) * (width - LABEL - 10)

  /** Draw one run's lanes into `g` from y0 in view v: epoch bands, events (the marked ones larger), faults. Returns the height. */
  const drawRun = (g, run, lanes, y0, width, marks, v) => {
    const px = (x) => pxIn(v, width, x)
    lanes.forEach((a, k) => {
      const y = y0 + k * ROW
      const lane = el("svg:g", { class: "lane", "data-actor": a })
      lane.append(el("svg:rect", { x: 0, y, width, height: ROW, class: k % 2 ? "lane-bg odd" : "lane-bg" }))
      lane.append(el("svg:text", { x: 6, y: y + 15, class: "lane-label" }, a))
      g.append(lane)
    })
    const h = lanes.length * ROW
    // Epoch bands: each phase of each epoch on the band row (alternate epochs on alternate rows: they overlap), the pause across every lane.
    for (const ep of run.epochs) {
      const row = y0 - 20 + (ep.epoch % 2) * 9
      for (const [key, cls] of PHASES) {
        const span = ep[key]
        if (!span) continue
        const a = px(xOfTime(run, span[0], v))
        const b = Math.max(a + 1.5, px(xOfTime(run, span[1], v)))
        if (b < LABEL || a > width) continue
        const r = el("svg:rect", { x: Math.max(LABEL, a), y: row, width: Math.min(width, b) - Math.max(LABEL, a), height: 8, class: `phase ${cls}`, "data-epoch": ep.epoch })
        r.append(el("svg:title", {}, `epoch ${ep.epoch} ${key}: ${ms(span[0])} to ${ms(span[1])} ms`))
        g.append(r)
        if (key === "pause" && b - a > 2) g.append(el("svg:rect", { x: Math.max(LABEL, a), y: y0, width: Math.min(width, b) - Math.max(LABEL, a), height: h, class: "pause-band" }))
      }
      if (ep.release !== undefined) {
        const x = px(xOfTime(run, ep.release, v))
        if (x < LABEL || x > width) continue
        const m = el("svg:path", { d: `M${x},${row} l3,4 l-3,4 l-3,-4 z`, class: "phase-release" })
        m.append(el("svg:title", {}, `epoch ${ep.epoch}: first release at ${ms(ep.release)} ms`))
        g.append(m)
      }
    }
    // The events in the window (by index in delivery order, else by time), one mark per lane and pixel column:
    // a hundred same-instant sends would be one blot anyway. Marked events are always drawn.
    const timeAt = (x) => (v.axis === "time" ? x : timeOfEpochX(run, x))
    const [from, to] =
      v.axis === "order" ? [Math.max(0, Math.floor(v.x0)), Math.min(run.events.length, Math.ceil(v.x1) + 1)] : [lowerBound(run.times, timeAt(v.x0)), lowerBound(run.times, timeAt(v.x1) + 1)]
    const seen = new Set()
    for (let i = from; i < to; i++) {
      const e = run.events[i]
      if (!eventShown(e)) continue
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
  const drawAxis = (svg, width, v) => {
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
  const rangeText = (v) =>
    v.axis === "time"
      ? `${ms(Math.max(0, v.x0))} to ${ms(v.x1)} ms`
      : v.axis === "epoch"
        ? `epochs ${Math.max(0, v.x0).toFixed(2)} to ${v.x1.toFixed(2)}`
        : `events ${Math.max(0, Math.round(v.x0))} to ${Math.round(v.x1)}`

  // ---- the timeline --------------------------------------------------------------------------------
  const timeline = $("timeline")
  const neighbourSvg = $("neighbour-timeline")
  const render = () => {
    const width = timeline.clientWidth || 1200
    const lanes = ACTORS.filter(actorShown)
    timeline.replaceChildren()
    timeline.setAttribute("height", TOP + lanes.length * ROW + 8)
    drawAxis(timeline, width, view)
    drawRun(timeline, RUN, lanes, TOP, width, { witness: D.witness.at, selected: filters.selected }, view)
    const w = RUN.events[D.witness.at]
    const wx = w ? pxIn(view, width, xOfEvent(RUN, w, view)) : -1
    if (wx >= LABEL && wx <= width) timeline.append(el("svg:line", { x1: wx, x2: wx, y1: TOP - 20, y2: TOP + lanes.length * ROW, class: "witness-line" }))
    $("range").textContent = `showing ${rangeText(view)}`
    renderStreams()
    renderNeighbour()
  }

  // Zoom with the wheel around the pointer, pan by dragging; a click on an event selects it, on an epoch band zooms to it.
  const attachZoom = (svg, v) => {
    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault()
      const width = svg.clientWidth || 1200
      const frac = Math.min(1, Math.max(0, (ev.offsetX - LABEL) / (width - LABEL - 10)))
      const at = v.x0 + frac * (v.x1 - v.x0)
      const k = ev.deltaY > 0 ? 1.25 : 0.8
      v.x0 = at - (at - v.x0) * k
      v.x1 = at + (v.x1 - at) * k
      render()
    })
    let drag
    svg.addEventListener("mousedown", (ev) => (drag = { x: ev.clientX, x0: v.x0, x1: v.x1, moved: false }))
    window.addEventListener("mousemove", (ev) => {
      if (!drag) return
      const dx = ev.clientX - drag.x
      if (Math.abs(dx) > 3) drag.moved = true
      if (!drag.moved) return
      const per = (drag.x1 - drag.x0) / ((svg.clientWidth || 1200) - LABEL - 10)
      v.x0 = drag.x0 - dx * per
      v.x1 = drag.x1 - dx * per
      render()
    })
    window.addEventListener("mouseup", () => setTimeout(() => (drag = undefined), 0))
    svg.addEventListener("click", (ev) => {
      if (drag?.moved) return
      const i = ev.target.getAttribute?.("data-i")
      if (i !== null && i !== undefined && svg === timeline) select(Number(i))
      const ep = ev.target.getAttribute?.("data-epoch")
      if (ep !== null && ep !== undefined) zoomToEpoch(Number(ep), v)
    })
  }

  const zoomToEpoch = (n, v = view) => {
    const ep = RUN.epochs.find((e) => e.epoch === n)
    if (!ep) return
    const next = RUN.epochs.find((e) => e.epoch === n + 1)
    const end = Math.max(ep.release ?? 0, ep.ack?.[1] ?? 0, ep.transfer?.[1] ?? 0, next ? next.pause[0] : ep.pause[1])
    zoomTo(v, xOfTime(RUN, ep.pause[0], v), xOfTime(RUN, end, v))
    if (v === view) $("epoch-select").value = String(n)
    render()
  }

  // ---- the selected event ------------------------------------------------------------------------
  const stateBefore = (i, actor) => {
    for (let j = i - 1; j >= 0; j--) if (RUN.events[j][2] === actor) return RUN.events[j][5]
    return "(its initial state)"
  }
  /** The active states of a trace's state string: "alive.guest.paused|alive.protection.syncing", or per host "primary:rts backup:err". */
  const activeSet = (state) => {
    const set = new Set()
    for (const token of state.split(/[| ]+/)) {
      const leaf = token.includes(":") ? token.slice(token.indexOf(":") + 1) : token
      const parts = leaf.split(".")
      for (let k = 1; k <= parts.length; k++) set.add(parts.slice(0, k).join("."))
    }
    return set
  }
  const drawChart = (node, active, depth = 0) => {
    const box = el("div", { class: `state ${node.type}${active.has(node.path) ? " active" : ""}`, "data-path": node.path })
    if (depth > 0) box.append(el("div", { class: "state-name" }, node.key + (node.type === "parallel" ? " (parallel)" : "")))
    if (node.children.length) {
      const kids = el("div", { class: node.type === "parallel" ? "children parallel" : "children" })
      for (const c of node.children) kids.append(drawChart(c, active, depth + 1))
      box.append(kids)
    }
    return box
  }
  const transitionsOf = (node, active, out = []) => {
    if (active.has(node.path) || node.path === "") for (const t of node.transitions) out.push({ from: node.path || "(any state)", ...t })
    for (const c of node.children) transitionsOf(c, active, out)
    return out
  }

  const select = (i) => {
    const e = RUN.events[i]
    if (!e) return
    filters.selected = i
    history.replaceState(null, "", `#e${i}`)
    const d = $("detail")
    d.replaceChildren()
    d.append(el("h2", {}, `Event #${e[0]}${i === D.witness.at ? " (the witness)" : ""}`))
    const dl = el("dl")
    const row = (k, v) => dl.append(el("dt", {}, k), el("dd", { "data-field": k }, v))
    row("time", `${ms(e[1])} ms`)
    row("actor", e[2])
    row("event", e[3])
    row("payload", e[4] || "(none)")
    row("state before", stateBefore(i, e[2]))
    row("state after", e[5])
    d.append(dl)
    const facts = RUN.factsAt.get(i) ?? []
    d.append(el("h3", {}, `Facts it produced (${facts.length})`))
    const ul = el("ul", { class: "facts" })
    for (const f of facts) ul.append(el("li", {}, JSON.stringify(f)))
    d.append(ul)
    const machine = D.actorMachine[e[2]]
    if (machine) {
      const active = activeSet(e[5])
      d.append(el("h3", {}, `${e[2]}'s statechart (${machine}), the active states after this event highlighted`))
      const chart = el("div", { class: "chart", "data-machine": machine })
      chart.append(drawChart(D.charts[machine], active))
      if (!chart.querySelector(".state.active"))
        d.append(el("p", { class: "note" }, `"${e[5]}" is not a state of the chart: the fault injector's, striking the host (its machine is where the event before left it).`))
      d.append(chart)
      const out = transitionsOf(D.charts[machine], active)
      const list = el("details", { class: "transitions" })
      list.append(el("summary", {}, `Transitions out of the active states (${out.length})`))
      const tl = el("ul")
      for (const t of out) tl.append(el("li", {}, `${t.from}: ${t.event}${t.guard ? ` [${t.guard}]` : ""} → ${t.targets.join(", ") || "(stays)"}`))
      list.append(tl)
      d.append(list)
    } else d.append(el("p", { class: "note" }, `${e[2]} is not a statechart (the network, shared storage or the fault injector).`))
    // The events around it, to step through.
    d.append(el("h3", {}, "Around it"))
    const near = el("table", { class: "near" })
    for (let j = Math.max(0, i - 6); j <= Math.min(RUN.events.length - 1, i + 6); j++) {
      const n = RUN.events[j]
      const tr = el("tr", { class: j === i ? "current" : j === D.witness.at ? "offending" : "", "data-i": j })
      for (const v of [`#${n[0]}`, ms(n[1]), n[2], n[3], n[4]]) tr.append(el("td", {}, v))
      near.append(tr)
    }
    near.addEventListener("click", (ev) => {
      const tr = ev.target.closest("tr")
      if (tr) select(Number(tr.getAttribute("data-i")))
    })
    d.append(near)
    render()
  }

  // ---- clients' streams ---------------------------------------------------------------------------
  /** Each client's plot: offset against time over the timeline's window (the whole run when its axis is not time). */
  const plots = []
  const renderStreams = () => {
    const [t0, t1] = view.axis === "time" ? [Math.max(0, view.x0), view.x1] : [0, Math.max(1, RUN.times[RUN.times.length - 1] ?? 1)]
    const W = 900
    const H = 180
    for (const { svg, chunks, client, times } of plots) {
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
  }
  const drawStreams = () => {
    const s = $("streams")
    const clients = Object.keys(D.run.streams).sort()
    if (!clients.length) {
      s.append(el("p", { class: "note" }, "No client received any bytes in this run."))
      return
    }
    for (const c of clients) {
      const chunks = D.run.streams[c]
      const box = el("div", { class: "stream", "data-client": c })
      const hosts = [...new Set(chunks.map((k) => k.host ?? "unknown"))]
      box.append(el("h3", {}, `${c}: ${chunks.length} arrivals, through byte ${chunks.reduce((m, k) => Math.max(m, k.offset + k.len), 0)}, from ${hosts.join(" and ")}`))
      const svg = el("svg:svg", { width: 900, height: 204, class: "stream-plot", "data-client": c })
      svg.addEventListener("click", (ev) => {
        const i = ev.target.getAttribute?.("data-i")
        if (i !== null && i !== undefined) select(Number(i))
      })
      plots.push({ svg, chunks, client: c, times: chunks.map((k) => k.t) })
      box.append(svg)
      box.append(el("p", { class: "legend" }, "Over the timeline's window (zoom it to zoom these). From the primary: blue; from the backup: orange; a conflict with bytes already held: red; the witness's time: the red line."))
      const det = el("details")
      det.append(el("summary", {}, "every arrival"))
      det.addEventListener("toggle", () => {
        if (det.querySelector("table")) return
        const t = el("table")
        const head = el("tr")
        head.append(...["event", "time (ms)", "bytes", "from", "conflict"].map((h) => el("th", {}, h)))
        t.append(head)
        for (const k of chunks) {
          const named = D.namedOffsets.some((n) => n.client === c && n.from >= k.offset && n.from < k.offset + Math.max(1, k.len))
          const tr = el("tr", { class: [k.at === D.witness.at ? "offending" : "", named ? "named" : ""].join(" ").trim(), "data-i": k.at })
          for (const v of [`#${k.at}`, ms(k.t), `${k.offset}..${k.offset + k.len}`, k.host ?? "?", k.conflict >= 0 ? `at ${k.conflict}` : ""]) tr.append(el("td", {}, v))
          t.append(tr)
        }
        t.addEventListener("click", (ev) => {
          const tr = ev.target.closest("tr[data-i]")
          if (tr) select(Number(tr.getAttribute("data-i")))
        })
        det.append(t)
      })
      box.append(det)
      s.append(box)
    }
  }

  // ---- the nearest passing run ------------------------------------------------------------------------
  const renderNeighbour = () => {
    if (!NEIGHBOUR) return
    const width = neighbourSvg.clientWidth || 1200
    const lanes = ACTORS.filter((a) => actorShown(a) && !/-tcp/.test(a))
    neighbourSvg.replaceChildren()
    const d = D.neighbour.divergence
    const h = lanes.length * ROW
    neighbourSvg.setAttribute("height", 2 * (h + 46) + 10)
    drawAxis(neighbourSvg, width, cmp)
    neighbourSvg.append(el("svg:text", { x: width - 300, y: 36, class: "run-label" }, "the failing run"))
    drawRun(neighbourSvg, RUN, lanes, TOP, width, { witness: D.witness.at, divergence: d }, cmp)
    const y1 = TOP + h + 46
    neighbourSvg.append(el("svg:text", { x: width - 300, y: y1 - 24, class: "run-label" }, "the nearest passing run"))
    drawRun(neighbourSvg, NEIGHBOUR, lanes, y1, width, { divergence: d }, cmp)
    // The first divergence, in both runs.
    for (const [run, y] of [
      [RUN, TOP],
      [NEIGHBOUR, y1],
    ]) {
      const e = run.events[d]
      if (!e) continue
      const x = pxIn(cmp, width, xOfEvent(run, e, cmp))
      if (x >= LABEL && x <= width) neighbourSvg.append(el("svg:line", { x1: x, x2: x, y1: y - 20, y2: y + h, class: "divergence-line" }))
    }
  }
  /** The comparison's window: from the first divergence to the witness (or a little past the divergence). */
  const zoomToDivergence = () => {
    const d = D.neighbour.divergence
    const a = RUN.events[Math.max(0, d)] ?? RUN.events[RUN.events.length - 1]
    const w = RUN.events[D.witness.at] ?? a
    const from = xOfEvent(RUN, a, cmp)
    const to = Math.max(xOfEvent(RUN, w, cmp), from)
    zoomTo(cmp, from, to === from ? from + (cmp.axis === "epoch" ? 1 : cmp.axis === "time" ? 20000 : 50) : to)
  }
  const drawNeighbour = () => {
    const s = $("neighbour")
    if (!NEIGHBOUR) {
      s.append(el("p", { class: "note", id: "neighbour-none" }, D.neighbour.none))
      neighbourSvg.remove()
      return
    }
    const d = D.neighbour.divergence
    s.insertBefore(el("p", { id: "neighbour-how" }, `Re-simulated: ${D.neighbour.how}. Every property holds in it.`), neighbourSvg)
    const a = RUN.events[d]
    const b = NEIGHBOUR.events[d]
    const say = (e) => (e ? `${ms(e[1])} ms, ${e[2]} ${e[3]} ${e[4]} → ${e[5]}` : "(the run had ended)")
    const p = el("p", { id: "divergence" })
    p.append(el("b", {}, d < 0 ? "The two runs are identical." : `First divergence at event #${d}: `))
    if (d >= 0) {
      p.append(`failing: ${say(a)}; passing: ${say(b)}. `)
      const go = el("button", { id: "zoom-divergence" }, "zoom to it")
      go.addEventListener("click", () => (zoomToDivergence(), a ? select(a[0]) : render()))
      p.append(go)
    }
    s.insertBefore(p, neighbourSvg)
    // Its own axis: by default each run's own epochs, so the two line up epoch by epoch whatever their times.
    const axis = el("select", { id: "cmp-axis" })
    for (const [value, label] of [
      ["epoch", "epochs (aligned)"],
      ["time", "virtual time"],
      ["order", "delivery order"],
    ])
      axis.append(el("option", { value }, label))
    axis.addEventListener("change", () => ((cmp.axis = axis.value), zoomToDivergence(), render()))
    const bar = el("div", { class: "toolbar" })
    const label = el("label", {}, "x axis ")
    label.append(axis)
    bar.append(label)
    s.insertBefore(bar, neighbourSvg)
    attachZoom(neighbourSvg, cmp)
    zoomToDivergence()
    // Epoch by epoch: each epoch's milestones in both runs, the first epoch that differs marked.
    const byEpoch = (run) => new Map(run.epochs.map((e) => [e.epoch, e]))
    const fa = byEpoch(RUN)
    const pa = byEpoch(NEIGHBOUR)
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
      if (tr) zoomToEpoch(Number(tr.getAttribute("data-epoch")), cmp)
    })
    const det = el("details", { open: "" })
    det.append(el("summary", {}, "Epoch by epoch (times in ms; the first epoch that differs is marked; a click zooms the comparison to it)"))
    const scroll = el("div", { class: "scroll" })
    scroll.append(t)
    det.append(scroll)
    s.append(det)
    // Open scrolled to the first epoch that differs.
    requestAnimationFrame(() => {
      const first = t.querySelector("tr.first-diff")
      if (first) scroll.scrollTop = Math.max(0, first.offsetTop - 60)
    })
  }

  // ---- the story ---------------------------------------------------------------------------------
  const drawStory = () => {
    const lanes = ["primary", "backup", "storage", ...CLIENTS]
    const t = $("story")
    const head = el("tr")
    head.append(el("th", {}, "time (ms)"), ...lanes.map((l) => el("th", {}, l)))
    t.append(head)
    for (const r of D.story) {
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
      if (tr && Number(tr.getAttribute("data-i")) >= 0) select(Number(tr.getAttribute("data-i")))
    })
  }

  // ---- controls --------------------------------------------------------------------------------------
  const controls = () => {
    const sel = $("epoch-select")
    for (const e of RUN.epochs) sel.append(el("option", { value: e.epoch }, `epoch ${e.epoch}`))
    sel.addEventListener("change", () => sel.value !== "" && zoomToEpoch(Number(sel.value)))
    $("fit").addEventListener("click", () => (fit(view), render()))
    $("zoom-witness").addEventListener("click", () => {
      const e = RUN.events[D.witness.at]
      zoomTo(view, xOfEvent(RUN, e, view), xOfEvent(RUN, e, view))
      select(D.witness.at)
    })
    $("axis").addEventListener("change", () => {
      view.axis = $("axis").value
      fit(view)
      render()
    })
    const cf = $("client-filter")
    for (const c of CLIENTS) cf.append(el("option", { value: c }, c))
    cf.addEventListener("change", () => ((filters.client = cf.value), render()))
    for (const a of ACTORS) {
      const l = el("label")
      const box = el("input", { type: "checkbox", checked: "", "data-actor": a })
      box.addEventListener("change", () => (box.checked ? filters.actors.add(a) : filters.actors.delete(a), render()))
      l.append(box, ` ${a}`)
      $("actor-filters").append(l)
    }
    const count = new Map()
    for (const e of D.run.events) count.set(e[3], (count.get(e[3]) ?? 0) + 1)
    for (const ty of TYPES) {
      const l = el("label")
      const box = el("input", { type: "checkbox", checked: "", "data-type": ty })
      box.addEventListener("change", () => (box.checked ? filters.types.add(ty) : filters.types.delete(ty), render()))
      l.append(box, ` ${ty} (${count.get(ty)})`)
      $("type-filters").append(l)
    }
    // Find: the next event after the selected one (wrapping) whose text contains the query.
    $("find").addEventListener("keydown", (ev) => {
      if (ev.key !== "Enter" || !ev.target.value) return
      const q = ev.target.value.toLowerCase()
      const n = RUN.events.length
      for (let k = 1; k <= n; k++) {
        const e = RUN.events[(filters.selected + k) % n]
        if (`${e[2]} ${e[3]} ${e[4]} ${e[5]}`.toLowerCase().includes(q)) {
          const x = xOfEvent(RUN, e, view)
          if (x < view.x0 || x > view.x1) zoomTo(view, x, x + (view.x1 - view.x0) * 0.5)
          select(e[0])
          return
        }
      }
      $("range").textContent = `nothing contains "${ev.target.value}"`
    })
    attachZoom(timeline, view)
    window.addEventListener("resize", render)
  }

  controls()
  drawStreams()
  drawNeighbour()
  drawStory()
  // Open on the witness's epoch with the witness selected (or on the event the address names).
  const fromHash = /^#e(\d+)$/.exec(location.hash)
  const start = RUN.events[fromHash ? Number(fromHash[1]) : D.witness.at] ?? RUN.events[RUN.events.length - 1]
  const epoch = [...RUN.epochs].reverse().find((e) => e.pause[0] <= start[1])
  if (epoch) zoomToEpoch(epoch.epoch)
  else fit(view)
  const sx = xOfEvent(RUN, start, view)
  if (sx < view.x0 || sx > view.x1) zoomTo(view, Math.min(view.x0, sx), Math.max(view.x1, sx))
  select(start[0])
  document.body.setAttribute("data-ready", "true")
})()
