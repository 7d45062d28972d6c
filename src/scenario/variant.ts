import { resolve } from "node:path"
import { compressors, defaultXbzrleCachePages, isCompressorName, type CompressorName } from "../compress/compressors.ts"
import { RecordingError } from "../record/recording.ts"
import { isPatternName, patterns } from "../workload/patterns.ts"
import type { MemoryActivity } from "../workload/guest.ts"
import { TraceReplay } from "../workload/trace-replay.ts"
import type { Scenario } from "./scenario.ts"
import { parsePolicy, PolicyError, type PolicySpec } from "../policy/index.ts"

/**
 * A built-in scenario with its guest's memory activity or its compressor
 * swapped (`--memory`, `--compressor`). Counterexamples store the variant
 * beside the scenario's name, so they replay the same world.
 */
export interface ScenarioVariant {
  memory?: MemoryActivity
  compressor?: CompressorName
  /** A consolidated scenario with this many primaries on its backup (admission may refuse some). */
  vms?: number
  /** The checkpoint policy, as `--policy` takes it (src/policy/parse.ts). */
  policy?: string
  /** With a trace: the SHA-256 of the recording, so a counterexample cannot silently replay a changed file. */
  recordingSha256?: string
}

/** A variant that cannot be built; the message is one line. */
export class VariantError extends Error {}

export const parseMemory = (spec: string): MemoryActivity => {
  if (isPatternName(spec)) return spec
  // An absolute path, so a counterexample replays from any directory.
  if (spec.startsWith("trace:") && spec.length > "trace:".length) return `trace:${resolve(spec.slice("trace:".length))}`
  throw new VariantError(`--memory: expected trace:FILE or one of ${patterns.map((p) => p.name).join(", ")}; got "${spec}"`)
}

export const parseCompressor = (name: string): CompressorName => {
  if (isCompressorName(name)) return name
  throw new VariantError(`--compressor: unknown compressor "${name}"; compressors: ${compressors.map((c) => c.name).join(", ")}`)
}

export const parseVms = (spec: string, base: Scenario): number => {
  if (!base.consolidation) throw new VariantError(`--vms: scenario ${base.name} runs one VM with a backup of its own; several primaries share a backup in remus-consolidated`)
  const n = Number(spec)
  if (!Number.isSafeInteger(n) || n < 1 || n > 64) throw new VariantError(`--vms: expected an integer from 1 to 64, got "${spec}"`)
  return n
}

export const isEmptyVariant = (v: ScenarioVariant): boolean => v.memory === undefined && v.compressor === undefined && v.vms === undefined && v.policy === undefined

/** The policy a variant names, checked (one line if it does not parse). */
export const parsePolicyVariant = (text: string): PolicySpec => {
  try {
    return parsePolicy(text)
  } catch (e) {
    if (e instanceof PolicyError) throw new VariantError(e.message)
    throw e
  }
}

/** The variant with its recording pinned by content (for counterexamples). */
export const pinRecording = (v: ScenarioVariant): ScenarioVariant =>
  v.memory?.startsWith("trace:") ? { ...v, recordingSha256: TraceReplay.load(v.memory.slice("trace:".length)).sha256 } : v

/**
 * The scenario with the variant applied. A trace sizes the VM to the
 * recording (its pages and the service's state page); XBZRLE's cache is a
 * quarter of guest memory, as in the built-in compressed scenarios.
 */
export const applyVariant = (base: Scenario, v: ScenarioVariant): Scenario => {
  if (isEmptyVariant(v)) return base
  if (v.policy !== undefined) return { ...applyVariant(base, { ...v, policy: undefined }), policy: parsePolicyVariant(v.policy) }
  if (v.vms !== undefined) {
    const rest = { ...v, vms: undefined }
    return { ...applyVariant(base, rest), consolidation: { ...base.consolidation!, vms: parseVms(String(v.vms), base) } }
  }
  const memory = v.memory ?? base.host.workload.memory
  let pages = base.host.pages
  if (memory.startsWith("trace:")) {
    let replay: TraceReplay
    try {
      replay = TraceReplay.load(memory.slice("trace:".length))
    } catch (e) {
      if (e instanceof RecordingError) throw new VariantError(e.message)
      throw e
    }
    if (v.recordingSha256 !== undefined && v.recordingSha256 !== replay.sha256)
      throw new VariantError(`${replay.file}: the recording changed since this run was recorded (SHA-256 ${replay.sha256.slice(0, 12)}..., expected ${v.recordingSha256.slice(0, 12)}...)`)
    pages = replay.pagesNeeded
  }
  const compressor = v.compressor ?? base.host.compression.compressor
  // The adapter reads copy-on-write pages from guest memory as they go: raw pages, nothing to encode them against.
  if (base.host.transfer === "copy-on-write" && compressor !== "none")
    throw new VariantError(`--compressor: ${base.name} sends its pages by copy-on-write, read raw from guest memory by the adapter; only compressor none applies`)
  return {
    ...base,
    host: {
      ...base.host,
      pages,
      workload: { ...base.host.workload, memory },
      compression: { ...base.host.compression, compressor, xbzrleCachePages: defaultXbzrleCachePages(pages) },
    },
  }
}

export const describeVariant = (v: ScenarioVariant): string =>
  [v.memory && `memory ${v.memory}`, v.compressor && `compressor ${v.compressor}`, v.vms && `${v.vms} VMs`, v.policy && `policy ${v.policy}`].filter(Boolean).join(", ")
