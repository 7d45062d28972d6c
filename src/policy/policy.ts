import type { CheckpointPolicy } from "../epoch/services.ts"
import type { Micros } from "../sim/time.ts"
import type { HypervisorView } from "./observation.ts"

/** What a policy is built from: its spec, the host's configured epoch (the default period), and the view. */
export interface PolicySetup<S> {
  spec: S
  epochUs: Micros
  view: HypervisorView
  /** The longest epoch it may allow: its declared ceiling, for a conditional policy capped by the backup's detector (index.ts). */
  ceilingUs: Micros
  /** Whether the ceiling holds (planted bug policy-starves defers past it while the guest dirties fast). */
  ceiling: "enforced" | "deferred-while-dirtying"
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
  /** Its tunable fields and the names they go by on the command line (`--policy NAME:KEY=MS,...`; a rate or a size as a plain number). */
  readonly params: { readonly [K in Exclude<keyof S, "kind">]-?: string }
  /** The longest an epoch can last under this policy as configured (its declared ceiling). */
  ceilingUs(spec: S, epochUs: Micros): Micros
  /** It decides by what it sees (not a fixed period): its ceiling is also capped so the backup's detector never mistakes a long epoch for a dead primary. */
  readonly conditional: boolean
  create(setup: PolicySetup<S>): CheckpointPolicy["Service"]
}
