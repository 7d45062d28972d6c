import { sleepUs } from "../sim/effect-runtime.ts"
import type { PolicyKind } from "./policy.ts"

/** Remus' policy: a checkpoint after every `periodUs` of guest run time (default: the scenario's epochUs). `fixed:MS` on the command line. */
export type FixedPolicy = { kind: "fixed"; periodUs?: number }

export const fixed: PolicyKind<FixedPolicy> = {
  kind: "fixed",
  summary: "a checkpoint every period (fixed:MS; default the scenario's epoch), whatever the guest does",
  params: { periodUs: "period" },
  conditional: false,
  ceilingUs: (spec, epochUs) => spec.periodUs ?? epochUs,
  create: ({ spec, epochUs }) => ({ awaitCheckpoint: () => sleepUs(spec.periodUs ?? epochUs) }),
}
