// The timeline's toolbar: fit, the witness, an epoch, the axis, the client, actors and event types, find.
import { fit, xOfEvent, zoomTo } from "./axes.js"
import { $, el } from "./dom.js"

export const wireControls = (app) => {
  const { D, run, view, filters } = app
  const sel = $("epoch-select")
  for (const e of run.epochs) sel.append(el("option", { value: e.epoch }, `epoch ${e.epoch}`))
  sel.addEventListener("change", () => sel.value !== "" && app.zoomToEpoch(Number(sel.value), view))
  $("fit").addEventListener("click", () => (fit(view, run), app.render()))
  $("zoom-witness").addEventListener("click", () => {
    // A witness recorded before the first delivery (-1) is shown at the first event.
    const e = run.events[Math.max(0, D.witness.at)]
    if (!e) return
    zoomTo(view, xOfEvent(run, e, view), xOfEvent(run, e, view))
    app.select(e[0])
  })
  $("axis").addEventListener("change", () => {
    view.axis = $("axis").value
    fit(view, run)
    app.render()
  })
  const cf = $("client-filter")
  for (const c of app.clients) cf.append(el("option", { value: c }, c))
  cf.addEventListener("change", () => ((filters.client = cf.value), app.render()))
  const toggles = (box, values, attr, label) => {
    for (const v of values) {
      const l = el("label")
      const input = el("input", { type: "checkbox", checked: "", [attr]: v })
      input.addEventListener("change", () => (input.checked ? label.set.add(v) : label.set.delete(v), app.render()))
      l.append(input, ` ${label.text(v)}`)
      box.append(l)
    }
  }
  toggles($("actor-filters"), app.actors, "data-actor", { set: filters.actors, text: (a) => a })
  const count = new Map()
  for (const e of run.events) count.set(e[3], (count.get(e[3]) ?? 0) + 1)
  toggles($("type-filters"), app.types, "data-type", { set: filters.types, text: (t) => `${t} (${count.get(t)})` })
  // Find: the next event after the selected one (wrapping) whose text contains the query, whatever its case.
  $("find").addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter" || !ev.target.value || !run.events.length) return
    const q = ev.target.value.toLowerCase()
    const n = run.events.length
    for (let k = 1; k <= n; k++) {
      const e = run.events[(filters.selected + k) % n]
      if (`${e[2]} ${e[3]} ${e[4]} ${e[5]}`.toLowerCase().includes(q)) {
        const x = xOfEvent(run, e, view)
        if (x < view.x0 || x > view.x1) zoomTo(view, x, x + (view.x1 - view.x0) * 0.5)
        app.select(e[0])
        return
      }
    }
    $("range").textContent = `nothing contains "${ev.target.value}"`
  })
}
