import { conditionalPolicy, dirtyTransferUs } from "./bounded-wait.ts"

/**
 * Checkpoint when the dirty set would take `budgetUs` to send at the
 * bandwidth the link has shown (primer 2.3: the bandwidth bounds how much
 * dirty state an epoch may gather). Before the link has shown a rate, the
 * scenario's epoch. Between `floorUs` and `ceilingUs`.
 */
export type DirtyThresholdPolicy = { kind: "dirty-threshold"; budgetUs?: number; floorUs?: number; ceilingUs?: number }

const d = { budgetUs: 5_000, floorUs: 2_000, ceilingUs: 100_000 }

export const dirtyThreshold = conditionalPolicy<DirtyThresholdPolicy>({
  kind: "dirty-threshold",
  summary: "checkpoint when the dirty set would take the budget to send at the link's measured rate (budget 5 ms, floor 2 ms, ceiling 100 ms)",
  params: { budgetUs: "budget", floorUs: "floor", ceilingUs: "ceiling" },
  floorUs: (spec) => spec.floorUs ?? d.floorUs,
  ceilingUs: (spec) => spec.ceilingUs ?? d.ceilingUs,
  due:
    ({ spec, epochUs }) =>
    (o) => {
      const transfer = dirtyTransferUs(o)
      return transfer === undefined ? o.now >= o.epochStartedAt + epochUs : transfer >= (spec.budgetUs ?? d.budgetUs)
    },
})
