import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { draw, inWindow, ms, towardOf, windowText, type LinkDirection } from "./common.ts"

/** Segments leaving in the window take `extraUs` longer (in order still). */
export type LinkDelay = { kind: "link-delay"; direction: LinkDirection; atUs: number; durationUs: number; extraUs: number }

export const linkDelay: FaultKind<LinkDelay> = {
  kind: "link-delay",
  summary: "replication segments leaving in the window take extraUs longer, still in order",
  fields: { direction: "linkDirection", atUs: "time", durationUs: "nonNegative", extraUs: "nonNegative" },
  acts: "link",
  describe: (f) => `replication delay +${ms(f.extraUs)} ms ${f.direction} ${windowText(f.atUs, f.durationUs)}`,
  lane: () => "link",
  weight: 1,
  arbitrary: (w) =>
    fc.record({ kind: fc.constant("link-delay" as const), direction: draw.linkDirection(), atUs: draw.time(w), durationUs: draw.window(), extraUs: fc.integer({ min: 100, max: 100_000 }) }),
  window: (f) => f,
  link: {
    stage: "segment",
    apply: (t, f, s) => {
      if (!towardOf(f.direction, s.from) || !inWindow(t.departAt, f)) return false
      t.arriveAt += f.extraUs
      return true
    },
  },
}
