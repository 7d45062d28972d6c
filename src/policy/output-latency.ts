import { conditionalPolicy, heldAgeDeadline } from "./bounded-wait.ts"

/** Checkpoint when the oldest packet held behind the barrier reaches `maxAgeUs` (network-heavy phases want short epochs). Between `floorUs` and `ceilingUs`. */
export type OutputLatencyPolicy = { kind: "output-latency"; maxAgeUs?: number; floorUs?: number; ceilingUs?: number }

const d = { maxAgeUs: 10_000, floorUs: 1_000, ceilingUs: 100_000 }

export const outputLatency = conditionalPolicy<OutputLatencyPolicy>({
  kind: "output-latency",
  summary: "checkpoint when the oldest held packet reaches an age (10 ms; floor 1 ms, ceiling 100 ms)",
  params: { maxAgeUs: "age", floorUs: "floor", ceilingUs: "ceiling" },
  floorUs: (spec) => spec.floorUs ?? d.floorUs,
  ceilingUs: (spec) => spec.ceilingUs ?? d.ceilingUs,
  due:
    ({ spec }) =>
    (o) => {
      const at = heldAgeDeadline(o, spec.maxAgeUs ?? d.maxAgeUs)
      return at === undefined ? false : o.now >= at || at
    },
})
