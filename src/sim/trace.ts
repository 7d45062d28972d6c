import { createHash } from "node:crypto"
import type { Micros } from "./time.ts"
import type { Fact, Observation } from "./observations.ts"

/** One delivered event: when, to whom, what, and the receiver's state after it. */
export interface TraceEvent {
  readonly i: number
  readonly t: Micros
  readonly actor: string
  readonly type: string
  readonly summary: string
  readonly state: string
}

export interface Trace {
  readonly events: readonly TraceEvent[]
  readonly facts: readonly Observation[]
  readonly hash: string
}

/**
 * Records events and facts in delivery order and hashes them as it goes,
 * so the hash covers everything a property or a viewer can see.
 */
export class TraceRecorder {
  readonly events: TraceEvent[] = []
  readonly facts: Observation[] = []
  private count = 0

  /** `full`: keep every event and hash the run; otherwise count events (for fact indices) and keep the facts. */
  constructor(private readonly full = true) {}

  /** The index the next event will take. */
  get next(): number {
    return this.count
  }

  /** Take the next index for an event whose outcome is not known yet (see `fill`). */
  reserve(): number {
    if (this.full) this.events.push(undefined as unknown as TraceEvent)
    return this.count++
  }

  fill(i: number, t: Micros, actor: string, type: string, summary: string, state: string): void {
    this.events[i] = { i, t, actor, type, summary, state }
  }

  event(t: Micros, actor: string, type: string, summary: string, state: string): void {
    this.fill(this.reserve(), t, actor, type, summary, state)
  }

  /** Record a fact (the object is annotated in place: callers pass a fresh one). */
  fact(t: Micros, at: number, fact: Fact): void {
    const o = fact as Observation & { t: Micros; at: number }
    o.t = t
    o.at = at
    this.facts.push(o)
  }

  /** The trace; a facts-only recording has no events and no hash (""). */
  finish(): Trace {
    return { events: this.events, facts: this.facts, hash: this.full ? traceHash(this.events, this.facts) : "" }
  }
}

/** SHA-256 over every event and fact, in order: equal hashes mean equal runs. */
export const traceHash = (events: readonly TraceEvent[], facts: readonly Observation[]): string => {
  const h = createHash("sha256")
  const lines: string[] = []
  const flush = () => {
    h.update(lines.join(""))
    lines.length = 0
  }
  for (const e of events) {
    lines.push(`E${e.i}|${e.t}|${e.actor}|${e.type}|${e.summary}|${e.state}\n`)
    if (lines.length >= 4096) flush()
  }
  for (const f of facts) {
    lines.push(`F${JSON.stringify(f)}\n`)
    if (lines.length >= 4096) flush()
  }
  flush()
  return h.digest("hex")
}

/** A short, deterministic payload summary: the event's scalar fields as k=v. */
export const summarize = (event: object): string => {
  const parts: string[] = []
  for (const [k, v] of Object.entries(event)) {
    if (k === "type") continue
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") parts.push(`${k}=${v}`)
  }
  return parts.join(" ")
}
