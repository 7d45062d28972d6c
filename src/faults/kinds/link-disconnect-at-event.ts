import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { disconnect } from "./link-disconnect.ts"

/** The replication connection breaks for good just before event `event` of the run is delivered (the trace's i). */
export type LinkDisconnectAtEvent = { kind: "link-disconnect-at-event"; event: number }

export const linkDisconnectAtEvent: FaultKind<LinkDisconnectAtEvent> = {
  kind: "link-disconnect-at-event",
  summary: "the replication connection breaks for good just before the run delivers its event number `event`",
  fields: { event: "nonNegative" },
  acts: "link",
  describe: (f) => `replication link disconnected before event ${f.event}`,
  lane: () => "link",
  // Drawn by explore, not by the fuzzer (whose draws stay what they were).
  weight: 0,
  arbitrary: () => fc.record({ kind: fc.constant("link-disconnect-at-event" as const), event: fc.nat() }),
  inertIn: (r, f) => f.event >= r.events,
  atEvent: (f) => ({ event: f.event, strike: disconnect }),
}
