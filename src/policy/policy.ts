import type { CheckpointPolicy } from "../epoch/services.ts"
import type { Micros } from "../sim/time.ts"
import type { HypervisorView } from "./observation.ts"

/** What a policy is built from: its spec, the host's configured epoch (the default period), and the view. */
export interface PolicySetup<S> {
  spec: S
  epochUs: Micros
  view: HypervisorView
}

/**
 * A checkpoint policy a scenario can choose (`policy`), registered in
 * src/policy/index.ts. It decides when the epoch loop takes the next
 * checkpoint (`awaitCheckpoint` returns when it is time) from what it
 * observes, and declares the longest epoch it can ever allow, which the
 * properties hold it to.
 */
export interface PolicyKind<S extends { kind: string }> {
  readonly kind: S["kind"]
  readonly summary: string
  /** The longest an epoch can last under this policy (its ceiling). */
  ceilingUs(spec: S, epochUs: Micros): Micros
  create(setup: PolicySetup<S>): CheckpointPolicy["Service"]
}
