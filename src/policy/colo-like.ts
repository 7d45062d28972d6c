import { conditionalPolicy, heldAgeDeadline } from "./bounded-wait.ts"

/**
 * COLO's schedule without its output comparison: a long period, plus a
 * checkpoint whenever output is held and the held bytes pass `heldBytes` or
 * the oldest held packet passes `maxHeldAgeUs`. Floor `floorUs`; the period
 * is the ceiling.
 */
export type ColoLikePolicy = { kind: "colo-like"; periodUs?: number; floorUs?: number; heldBytes?: number; maxHeldAgeUs?: number }

const d = { periodUs: 200_000, floorUs: 1_000, heldBytes: 65_536, maxHeldAgeUs: 20_000 }

export const coloLike = conditionalPolicy<ColoLikePolicy>({
  kind: "colo-like",
  summary: "a long period (200 ms), plus a checkpoint when held output passes 64 KiB or its oldest packet 20 ms (floor 1 ms)",
  params: { periodUs: "period", floorUs: "floor", heldBytes: "bytes", maxHeldAgeUs: "age" },
  floorUs: (spec) => spec.floorUs ?? d.floorUs,
  ceilingUs: (spec) => spec.periodUs ?? d.periodUs,
  due:
    ({ spec }) =>
    (o) => {
      if (o.heldPackets === 0) return false
      if (o.heldBytes >= (spec.heldBytes ?? d.heldBytes)) return true
      const at = heldAgeDeadline(o, spec.maxHeldAgeUs ?? d.maxHeldAgeUs)!
      return o.now >= at || at
    },
})
