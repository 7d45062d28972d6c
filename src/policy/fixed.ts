import { sleepUs } from "../sim/effect-runtime.ts"
import type { PolicyKind } from "./policy.ts"

/** Remus' policy: a checkpoint after every `epochUs` (the host's configured epoch) of guest run time. */
export type FixedPolicy = { kind: "fixed" }

export const fixed: PolicyKind<FixedPolicy> = {
  kind: "fixed",
  summary: "a checkpoint every epoch (the scenario's epochUs), whatever the guest does",
  ceilingUs: (_, epochUs) => epochUs,
  create: ({ epochUs }) => ({ awaitCheckpoint: () => sleepUs(epochUs) }),
}
