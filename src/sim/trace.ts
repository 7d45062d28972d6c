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
  private readonly hasher = createHash("sha256")

  event(t: Micros, actor: string, type: string, summary: string, state: string): TraceEvent {
    const e: TraceEvent = { i: this.events.length, t, actor, type, summary, state }
    this.events.push(e)
    this.hasher.update(`E${e.i}|${t}|${actor}|${type}|${summary}|${state}\n`)
    return e
  }

  fact(t: Micros, at: number, fact: Fact): void {
    const o = { ...fact, t, at } as Observation
    this.facts.push(o)
    this.hasher.update(`F${JSON.stringify(o)}\n`)
  }

  finish(): Trace {
    return { events: this.events, facts: this.facts, hash: this.hasher.digest("hex") }
  }
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
