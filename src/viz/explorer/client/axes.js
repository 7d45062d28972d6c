// The x axes: virtual time, epochs (each run's own, so two runs line up epoch by epoch
// whatever their times) or delivery order; a view is { axis, x0, x1 } in that axis's units.
import { lowerBound, ms } from "./dom.js"

/** Where plots start: lane labels to the left. */
export const LABEL = 170

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
export const timeOfEpochX = (run, x) => {
  if (!run.starts.length) return 0
  const k = Math.max(0, lowerBound(run.numbers, Math.floor(x) + 1) - 1)
  return run.starts[k] + (x - run.numbers[k]) * epochLength(run, k)
}

export const xOfTime = (run, t, v) => (v.axis === "time" ? t : v.axis === "epoch" ? epochX(run, t) : lowerBound(run.times, t))
export const xOfEvent = (run, e, v) => (v.axis === "order" ? e[0] : xOfTime(run, e[1], v))
export const pxIn = (v, width, x) => LABEL + ((x - v.x0) / (v.x1 - v.x0)) * (width - LABEL - 10)

/** The whole of a run in view v. */
export const fit = (v, run) => {
  const last = run.events[run.events.length - 1]
  v.x0 = 0
  v.x1 = Math.max(1, last ? xOfEvent(run, last, v) : 1) * 1.01
}

/** View [a, b] with a margin (and at least a little, for a single instant). */
export const zoomTo = (v, a, b) => {
  const pad = Math.max((b - a) * 0.15, v.axis === "time" ? 200 : v.axis === "epoch" ? 0.05 : 5)
  v.x0 = a - pad
  v.x1 = b + pad
}

export const rangeText = (v) =>
  v.axis === "time"
    ? `${ms(Math.max(0, v.x0))} to ${ms(v.x1)} ms`
    : v.axis === "epoch"
      ? `epochs ${Math.max(0, v.x0).toFixed(2)} to ${v.x1.toFixed(2)}`
      : `events ${Math.max(0, Math.round(v.x0))} to ${Math.round(v.x1)}`
