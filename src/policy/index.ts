import type { CheckpointPolicy } from "../epoch/services.ts"
import type { Micros } from "../sim/time.ts"
import { fixed, type FixedPolicy } from "./fixed.ts"
import type { HypervisorView } from "./observation.ts"
import type { PolicyKind } from "./policy.ts"

/**
 * Every checkpoint policy, one module each. To add one: its module here (a
 * `PolicyKind`), its spec in `PolicySpec`, its object in `policies`.
 */
export type PolicySpec = FixedPolicy

export const policies = [fixed] as const

const kindOf = (spec: PolicySpec): PolicyKind<PolicySpec> => policies.find((p) => p.kind === spec.kind)! as PolicyKind<PolicySpec>

/** The scenario's policy when it names none. */
export const defaultPolicy: PolicySpec = { kind: "fixed" }

export const createPolicy = (spec: PolicySpec, epochUs: Micros, view: HypervisorView): CheckpointPolicy["Service"] => kindOf(spec).create({ spec, epochUs, view })

/** The longest epoch the policy can allow. */
export const policyCeilingUs = (spec: PolicySpec, epochUs: Micros): Micros => kindOf(spec).ceilingUs(spec, epochUs)

export type { HypervisorView, PolicyObservation } from "./observation.ts"
export type { PolicyKind } from "./policy.ts"
