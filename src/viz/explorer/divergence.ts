import type { Observation } from "../../sim/observations.ts"
import type { TraceEvent } from "../../sim/trace.ts"

interface RunTrace {
  events: readonly TraceEvent[]
  facts: readonly Observation[]
}

/** Per delivered event, the facts recorded during it, as one string (index 0 also holds those before the first event). */
const factsByEvent = (run: RunTrace): string[] => {
  const out: string[] = Array.from({ length: run.events.length + 1 }, () => "")
  for (const f of run.facts) out[Math.max(0, Math.min(f.at, run.events.length))] += JSON.stringify(f) + "\n"
  return out
}

/**
 * Where two runs of one scenario first differ: the first delivered event
 * that differs (time, receiver, event, payload or the receiver's state after
 * it) or whose facts differ (`factsOnly`: the same event recorded different
 * facts, e.g. a planted bug that writes early pages into the image without
 * changing a message); the shorter run's length if one is a prefix of the
 * other; undefined if they are the same run.
 */
export const firstDivergence = (a: RunTrace, b: RunTrace): { at: number; factsOnly: boolean } | undefined => {
  const fa = factsByEvent(a)
  const fb = factsByEvent(b)
  const n = Math.min(a.events.length, b.events.length)
  for (let i = 0; i < n; i++) {
    const x = a.events[i]
    const y = b.events[i]
    if (x.t !== y.t || x.actor !== y.actor || x.type !== y.type || x.summary !== y.summary || x.state !== y.state) return { at: i, factsOnly: false }
    if (fa[i] !== fb[i]) return { at: i, factsOnly: true }
  }
  if (a.events.length !== b.events.length) return { at: n, factsOnly: false }
  return fa[n] === fb[n] ? undefined : { at: Math.max(0, n - 1), factsOnly: true }
}
