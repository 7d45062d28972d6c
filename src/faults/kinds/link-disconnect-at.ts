import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { pointKey, protocolPoints, type ProtocolPoint } from "../points.ts"
import { anyEpochAt, whyEpochInert } from "./crash-at.ts"
import { disconnect } from "./link-disconnect.ts"

/** The replication connection breaks for good the moment the protocol reaches `point` for `epoch`. */
export type LinkDisconnectAt = { kind: "link-disconnect-at"; point: ProtocolPoint; epoch: number }

export const linkDisconnectAt: FaultKind<LinkDisconnectAt> = {
  kind: "link-disconnect-at",
  summary: "the replication connection breaks for good the moment the protocol reaches a named point for an epoch",
  fields: { point: "point", epoch: "epoch" },
  acts: "link",
  describe: (f) => `replication link disconnected ${f.point}${f.point === "during-failover" ? "" : ` of epoch ${f.epoch}`}`,
  lane: () => "link",
  // Drawn by explore, not by the fuzzer (whose draws stay what they were).
  weight: 0,
  arbitrary: (w) => fc.record({ kind: fc.constant("link-disconnect-at" as const), point: fc.constantFrom(...protocolPoints), epoch: fc.integer({ min: 1, max: w.epochs }) }),
  whyInert: whyEpochInert,
  inertIn: (r, f) => !r.points.has(pointKey(f.point, f.epoch)),
  atPoint: (f) => ({ point: f.point, epoch: anyEpochAt(f), strike: disconnect }),
}
