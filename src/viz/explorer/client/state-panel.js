// The selected event: its payload, the receiver's state before and after, the facts it
// produced, its statechart with the active states highlighted, and the events around it.
import { $, el, ms } from "./dom.js"

const stateBefore = (run, i, actor) => {
  for (let j = i - 1; j >= 0; j--) if (run.events[j][2] === actor) return run.events[j][5]
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

/** A chart node as nested boxes: parallel regions side by side (dashed), the rest stacked. */
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

/** Fill #detail for event i of the failing run. */
export const showEvent = (app, i) => {
  const { D, run } = app
  const e = run.events[i]
  const d = $("detail")
  d.replaceChildren()
  d.append(el("h2", {}, `Event #${e[0]}${i === D.witness.at ? " (the witness)" : ""}`))
  const dl = el("dl")
  const row = (k, v) => dl.append(el("dt", {}, k), el("dd", { "data-field": k }, v))
  row("time", `${ms(e[1])} ms`)
  row("actor", e[2])
  row("event", e[3])
  row("payload", e[4] || "(none)")
  row("state before", stateBefore(run, i, e[2]))
  row("state after", e[5])
  d.append(dl)
  const facts = run.factsAt.get(i) ?? []
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
  for (let j = Math.max(0, i - 6); j <= Math.min(run.events.length - 1, i + 6); j++) {
    const n = run.events[j]
    const tr = el("tr", { class: j === i ? "current" : j === D.witness.at ? "offending" : "", "data-i": j })
    for (const v of [`#${n[0]}`, ms(n[1]), n[2], n[3], n[4]]) tr.append(el("td", {}, v))
    near.append(tr)
  }
  near.addEventListener("click", (ev) => {
    const tr = ev.target.closest("tr")
    if (tr) app.select(Number(tr.getAttribute("data-i")))
  })
  d.append(near)
}
