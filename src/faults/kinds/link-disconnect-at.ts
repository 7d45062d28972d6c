import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { anyEpochAt, drawAtPoint, pointFields, pointInert, pointText, whyEpochInert, type AtPoint } from "./at-point.ts"
import { disconnect } from "./link-disconnect.ts"

/** The replication connection breaks for good the moment the protocol reaches `point` for `epoch`. */
export type LinkDisconnectAt = { kind: "link-disconnect-at" } & AtPoint

export const linkDisconnectAt: FaultKind<LinkDisconnectAt> = {
  kind: "link-disconnect-at",
  summary: "the replication connection breaks for good the moment the protocol reaches a named point for an epoch",
  fields: pointFields,
  acts: "link",
  describe: (f) => `replication link disconnected ${pointText(f)}`,
  lane: () => "link",
  // As often as a disconnection at a uniform instant: the link's faults, too, where the windows are.
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("link-disconnect-at" as const), ...drawAtPoint(w) }),
  whyInert: whyEpochInert,
  inertIn: pointInert,
  atPoint: (f) => ({ point: f.point, epoch: anyEpochAt(f), strike: disconnect }),
}
