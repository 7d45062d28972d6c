import fc from "fast-check"
import type { FaultKind, Strike } from "../kind.ts"
import { draw, ms } from "./common.ts"

/** The replication connection breaks for good: in-flight data is lost, both hosts see the connection fail. */
export type LinkDisconnect = { kind: "link-disconnect"; atUs: number }

export const linkDisconnect: FaultKind<LinkDisconnect> = {
  kind: "link-disconnect",
  summary: "the replication connection breaks for good: what is in flight is lost and both hosts see the connection fail",
  fields: { atUs: "time" },
  acts: "link",
  describe: (f) => `replication link disconnected at ${ms(f.atUs)} ms`,
  lane: () => "link",
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("link-disconnect" as const), atUs: draw.time(w) }),
  timed: {
    event: () => ({ type: "fault.disconnect" }),
    act: (t) => t.link.disconnect(),
  },
}

/** The strike of a disconnection (the point and event kinds share it). */
export const disconnect: Strike = { actor: "faults", type: "fault.disconnect", act: (t) => t.link.disconnect() }
