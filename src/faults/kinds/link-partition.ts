import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { draw, towardOf, windowText, type LinkDirection } from "./common.ts"

/** Nothing gets through in `direction` during the window; TCP delivers what was held after it heals plus an RTO. */
export type LinkPartition = { kind: "link-partition"; direction: LinkDirection; atUs: number; durationUs: number }

export const linkPartition: FaultKind<LinkPartition> = {
  kind: "link-partition",
  summary: "nothing gets through in a direction during the window; TCP delivers what it held an RTO after the partition heals",
  fields: { direction: "linkDirection", atUs: "time", durationUs: "nonNegative" },
  acts: "link",
  describe: (f) => `partition ${f.direction} ${windowText(f.atUs, f.durationUs)}`,
  lane: () => "link",
  weight: 3,
  arbitrary: (w) => fc.record({ kind: fc.constant("link-partition" as const), direction: draw.linkDirection(), atUs: draw.time(w), durationUs: draw.window() }),
  window: (f) => f,
  link: {
    stage: "outage",
    apply: (t, f, s) => {
      // An empty window partitions nothing.
      if (!towardOf(f.direction, s.from) || f.durationUs <= 0) return false
      const heal = f.atUs + f.durationUs
      // On the wire while the partition stands: lost, resent an RTO after it heals.
      if (!(s.start < heal && t.arriveAt > f.atUs)) return false
      t.lastTxAt = Math.max(t.lastTxAt, heal + s.rtoUs - s.latencyUs)
      t.arriveAt = Math.max(t.arriveAt, heal + s.rtoUs)
      return true
    },
  },
}
