import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { draw, mostLinkMessages, towardOf, type LinkDirection } from "./common.ts"

/** The nth replication segment in `direction` is lost; TCP retransmits it after its RTO, later ones wait behind it. */
export type LinkDrop = { kind: "link-drop"; direction: LinkDirection; nth: number }

export const linkDrop: FaultKind<LinkDrop> = {
  kind: "link-drop",
  summary: "the nth replication segment in a direction is lost; TCP resends it an RTO (200 ms) later, later ones wait behind it",
  fields: { direction: "linkDirection", nth: "positiveInt" },
  acts: "link",
  describe: (f) => `drop replication segment #${f.nth} ${f.direction}`,
  lane: () => "link",
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("link-drop" as const), direction: draw.linkDirection(), nth: draw.nth(w) }),
  whyInert: (w, f) => {
    const most = mostLinkMessages(w.durationUs, w.linkBytesPerSecond)
    return f.nth > most ? `the replication link carries at most ${most} messages each way in this run` : undefined
  },
  inertIn: (r, f) => f.nth > (f.direction === "both" ? Math.max(r.linkSent.primary, r.linkSent.backup) : f.direction === "primary->backup" ? r.linkSent.primary : r.linkSent.backup),
  link: {
    stage: "segment",
    apply: (t, f, s) => {
      if (!towardOf(f.direction, s.from) || f.nth !== s.nth) return false
      t.lastTxAt = t.departAt + s.rtoUs
      t.arriveAt += s.rtoUs
      return true
    },
  },
}
