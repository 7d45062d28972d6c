import { bugScenario, type BugName } from "../bugs/bugs.ts"
import { findScenario, scenarios } from "../scenario/builtin.ts"
import type { Scenario } from "../scenario/scenario.ts"
import { applyVariant, parseCompressor, parseMemory, parsePolicyVariant, parseVms, pinRecording, VariantError, type ScenarioVariant } from "../scenario/variant.ts"
import { describePolicy } from "../policy/index.ts"
import { UsageError } from "./usage-error.ts"

/** The flags that choose the world of a run: a built-in scenario and its variant. */
export const scenarioOptions = {
  scenario: { type: "string" },
  memory: { type: "string" },
  compressor: { type: "string" },
  vms: { type: "string" },
  policy: { type: "string" },
} as const

export const scenarioFlagsHelp = `  --scenario NAME        built-in scenario (default remus-basic, or the scenario a --bug lives in;
                         see: epochlab scenarios, epochlab bugs)
  --memory SPEC          the guest's memory activity: sparse, zero, copy, text, random, mixed,
                         or trace:FILE (a recording made by epochlab record)
  --compressor NAME      none, zero, xbzrle or similarity (see docs/compression.md)
  --vms N                primaries on the shared backup of a consolidated scenario
                         (remus-consolidated); the backup refuses those that do not fit
  --policy SPEC          when to checkpoint: fixed[:MS], dirty-threshold, output-latency, adaptive,
                         colo-like, each with KEY=VALUE,... (times in ms), e.g. adaptive:ceiling=80
                         (see docs/policies.md)`

export const resolveScenario = (
  values: { scenario?: string; memory?: string; compressor?: string; vms?: string; policy?: string },
  bug?: BugName,
): { scenario: Scenario; variant: ScenarioVariant } => {
  const name = values.scenario ?? (bug ? bugScenario(bug) : "remus-basic")
  const base = findScenario(name)
  if (!base) throw new UsageError(`unknown scenario "${name}"; built-in: ${scenarios.map((s) => s.name).join(", ")}`)
  try {
    const variant: ScenarioVariant = {
      ...(values.memory !== undefined ? { memory: parseMemory(values.memory) } : {}),
      ...(values.compressor !== undefined ? { compressor: parseCompressor(values.compressor) } : {}),
      ...(values.vms !== undefined ? { vms: parseVms(values.vms, base) } : {}),
      ...(values.policy !== undefined ? { policy: describePolicy(parsePolicyVariant(values.policy)) } : {}),
    }
    return { scenario: applyVariant(base, variant), variant: pinRecording(variant) }
  } catch (e) {
    if (e instanceof VariantError) throw new UsageError(e.message)
    throw e
  }
}
