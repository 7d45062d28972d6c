import type { CheckpointPolicy } from "../epoch/services.ts"
import type { Micros } from "../sim/time.ts"
import { adaptive, type AdaptivePolicy } from "./adaptive.ts"
import { coloLike, type ColoLikePolicy } from "./colo-like.ts"
import { dirtyThreshold, type DirtyThresholdPolicy } from "./dirty-threshold.ts"
import { fixed, type FixedPolicy } from "./fixed.ts"
import { outputLatency, type OutputLatencyPolicy } from "./output-latency.ts"
import type { HypervisorView } from "./observation.ts"
import type { PolicyKind } from "./policy.ts"

/**
 * Every checkpoint policy, one module each. To add one: its module here (a
 * `PolicyKind`), its spec in `PolicySpec`, its object in `policies`.
 */
export type PolicySpec = FixedPolicy | DirtyThresholdPolicy | OutputLatencyPolicy | AdaptivePolicy | ColoLikePolicy

export const policies = [fixed, dirtyThreshold, outputLatency, adaptive, coloLike] as const

export const policyKindOf = (spec: PolicySpec): PolicyKind<PolicySpec> => policies.find((p) => p.kind === spec.kind)! as unknown as PolicyKind<PolicySpec>

/** The scenario's policy when it names none. */
export const defaultPolicy: PolicySpec = { kind: "fixed" }

/** What the host tells a policy about its timing: the configured epoch, and how long the backup waits before it thinks the primary dead. */
export interface PolicyTiming {
  epochUs: Micros
  detectionTimeoutUs: Micros
}

/**
 * The longest epoch the policy can allow. The backup hears the primary only
 * through checkpoints, so a conditional policy's ceiling is capped at half
 * the detection timeout: a longer epoch would look like a dead primary. A
 * fixed period is the operator's own choice and stands as given.
 */
export const policyCeilingUs = (spec: PolicySpec, t: PolicyTiming): Micros => {
  const kind = policyKindOf(spec)
  const declared = kind.ceilingUs(spec, t.epochUs)
  return kind.conditional ? Math.min(declared, Math.floor(t.detectionTimeoutUs / 2)) : declared
}

export const createPolicy = (spec: PolicySpec, t: PolicyTiming, view: HypervisorView, ceiling: "enforced" | "deferred-while-dirtying" = "enforced"): CheckpointPolicy["Service"] =>
  policyKindOf(spec).create({ spec, epochUs: t.epochUs, view, ceiling, ceilingUs: policyCeilingUs(spec, t) })

export { parsePolicy, describePolicy, PolicyError } from "./parse.ts"
export type { HypervisorView, PolicyObservation } from "./observation.ts"
export type { PolicyKind } from "./policy.ts"
