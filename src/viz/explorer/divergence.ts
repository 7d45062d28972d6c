import type { TraceEvent } from "../../sim/trace.ts"

/**
 * The first delivered event at which two runs of one scenario differ (time,
 * receiver, event, payload or the receiver's state after it); the shorter
 * run's length if one is a prefix of the other, -1 if they are the same run.
 */
export const firstDivergence = (a: readonly TraceEvent[], b: readonly TraceEvent[]): number => {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i]
    const y = b[i]
    if (x.t !== y.t || x.actor !== y.actor || x.type !== y.type || x.summary !== y.summary || x.state !== y.state) return i
  }
  return a.length === b.length ? -1 : n
}
