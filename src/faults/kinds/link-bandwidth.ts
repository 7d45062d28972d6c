import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { draw, inWindow, towardOf, windowText, type LinkDirection } from "./common.ts"

/** Bandwidth times `factor` (0 < factor <= 1) for segments serialised in the window. */
export type LinkBandwidth = { kind: "link-bandwidth"; direction: LinkDirection; atUs: number; durationUs: number; factor: number }

export const linkBandwidth: FaultKind<LinkBandwidth> = {
  kind: "link-bandwidth",
  summary: "the link's bandwidth times factor (0 < factor <= 1) for segments that start serialising in the window",
  fields: { direction: "linkDirection", atUs: "time", durationUs: "nonNegative", factor: "factor" },
  acts: "link",
  describe: (f) => `replication bandwidth x${f.factor} ${f.direction} ${windowText(f.atUs, f.durationUs)}`,
  lane: () => "link",
  weight: 1,
  arbitrary: (w) =>
    fc.record({ kind: fc.constant("link-bandwidth" as const), direction: draw.linkDirection(), atUs: draw.time(w), durationUs: draw.window(), factor: fc.constantFrom(0.5, 0.1, 0.01) }),
  window: (f) => f,
  link: {
    stage: "rate",
    apply: (t, f, s) => {
      if (!towardOf(f.direction, s.from) || !inWindow(s.start, f)) return false
      t.bandwidth *= f.factor
      return true
    },
  },
}
