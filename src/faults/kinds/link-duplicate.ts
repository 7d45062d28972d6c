import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { linkDrop } from "./link-drop.ts"
import { draw, towardOf, type LinkDirection } from "./common.ts"

/** The nth segment is sent twice: the copy costs wire time, TCP discards it at the receiver. */
export type LinkDuplicate = { kind: "link-duplicate"; direction: LinkDirection; nth: number }

export const linkDuplicate: FaultKind<LinkDuplicate> = {
  kind: "link-duplicate",
  summary: "the nth replication segment in a direction is sent twice: the copy costs wire time, the receiver's TCP drops it",
  fields: { direction: "linkDirection", nth: "positiveInt" },
  acts: "link",
  describe: (f) => `duplicate replication segment #${f.nth} ${f.direction}`,
  lane: () => "link",
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("link-duplicate" as const), direction: draw.linkDirection(), nth: draw.nth(w) }),
  whyInert: (w, f) => linkDrop.whyInert!(w, { ...f, kind: "link-drop" }),
  inertIn: (r, f) => linkDrop.inertIn!(r, { ...f, kind: "link-drop" }),
  link: {
    stage: "segment",
    apply: (t, f, s) => {
      if (!towardOf(f.direction, s.from) || f.nth !== s.nth) return false
      t.busyUntil += t.wire
      return true
    },
  },
}
