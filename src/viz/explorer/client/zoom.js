// Zoom with the wheel around the pointer and pan by dragging, on a view's SVG.
import { LABEL } from "./axes.js"

/** `onClick(target)` gets clicks that were not the end of a drag. */
export const attachZoom = (svg, v, redraw, onClick) => {
  const plotWidth = () => (svg.clientWidth || 1200) - LABEL - 10
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault()
    const frac = Math.min(1, Math.max(0, (ev.offsetX - LABEL) / plotWidth()))
    const at = v.x0 + frac * (v.x1 - v.x0)
    const k = ev.deltaY > 0 ? 1.25 : 0.8
    v.x0 = at - (at - v.x0) * k
    v.x1 = at + (v.x1 - at) * k
    redraw()
  })
  let drag
  svg.addEventListener("mousedown", (ev) => (drag = { x: ev.clientX, x0: v.x0, x1: v.x1, moved: false }))
  window.addEventListener("mousemove", (ev) => {
    if (!drag) return
    const dx = ev.clientX - drag.x
    if (Math.abs(dx) > 3) drag.moved = true
    if (!drag.moved) return
    const per = (drag.x1 - drag.x0) / plotWidth()
    v.x0 = drag.x0 - dx * per
    v.x1 = drag.x1 - dx * per
    redraw()
  })
  window.addEventListener("mouseup", () => setTimeout(() => (drag = undefined), 0))
  svg.addEventListener("click", (ev) => {
    if (!drag?.moved) onClick(ev.target)
  })
}
