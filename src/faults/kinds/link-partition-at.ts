import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { anyEpochAt, drawAtPoint, pointFields, pointInert, pointText, whyEpochInert, type AtPoint } from "./at-point.ts"
import { draw, ms, type LinkDirection } from "./common.ts"

/**
 * A partition of the replication link in `direction` for `durationUs`,
 * starting the moment the protocol reaches `point` for `epoch` (a
 * link-partition placed where the windows are: an acknowledgement in flight,
 * a checkpoint half across). The link decides a segment's fate when it is
 * sent, so when this strikes the transport times again the segments already
 * on their way (TCP over GbE: src/transport/link-timing.ts, `retimeInFlight`).
 * Over RDMA a work request's resends, retry budget and landing in staging
 * are fixed when it is posted; a partition beginning mid-flight would need
 * all of them redone, so this kind acts over TCP only.
 */
export type LinkPartitionAt = { kind: "link-partition-at"; direction: LinkDirection; durationUs: number } & AtPoint

export const linkPartitionAt: FaultKind<LinkPartitionAt> = {
  kind: "link-partition-at",
  summary: "nothing gets through in a direction for durationUs from the moment the protocol reaches a named point for an epoch, what is already on the wire included",
  fields: { ...pointFields, direction: "linkDirection", durationUs: "nonNegative" },
  acts: "link",
  transports: ["tcp"],
  describe: (f) => `partition ${f.direction} for ${ms(f.durationUs)} ms from ${pointText(f)}`,
  lane: () => "link",
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("link-partition-at" as const), ...drawAtPoint(w), direction: draw.linkDirection(), durationUs: draw.window() }),
  whyInert: whyEpochInert,
  inertIn: pointInert,
  atPoint: (f) => ({ point: f.point, epoch: anyEpochAt(f), strike: { actor: "faults", type: "fault.partition", act: (t) => t.link.partition?.(f.direction, f.durationUs) } }),
}
