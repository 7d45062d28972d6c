import { readFileSync } from "node:fs"
import { writeFileAtomic } from "../src/io/atomic-write.ts"
import { gunzipSync } from "node:zlib"
import { join } from "node:path"
import { properties } from "../properties/index.ts"
import type { Witness } from "../properties/property.ts"
import { isBugName, type BugName } from "../src/bugs/bugs.ts"
import { parseFault } from "../src/faults/parse.ts"
import type { Fault } from "../src/faults/schedule.ts"
import { findScenario } from "../src/scenario/builtin.ts"
import { applyVariant, isEmptyVariant, parseCompressor, parseMemory, VariantError, type ScenarioVariant } from "../src/scenario/variant.ts"
import type { Observation } from "../src/sim/observations.ts"
import { applySize, checkSize, SizeError, type ScenarioSize } from "../src/scenario/swarm.ts"
import { checkFaultsFit, InertFaultError } from "../src/scenario/fit-faults.ts"
import type { TraceEvent } from "../src/sim/trace.ts"
import { VERSION } from "../src/version.ts"
import type { Violation } from "./campaign.ts"

/**
 * Counterexample files, format `epochlab-counterexample` version 1: everything
 * needed to replay and to read a violation. Trace events are stored as tuples
 * in the order of `eventColumns` to keep files small.
 */
export const COUNTEREXAMPLE_FORMAT = "epochlab-counterexample"
export const COUNTEREXAMPLE_VERSION = 1
export const eventColumns = ["i", "t", "actor", "type", "summary", "state"] as const

type EventTuple = [number, number, string, string, string, string]

export interface Counterexample {
  format: typeof COUNTEREXAMPLE_FORMAT
  version: typeof COUNTEREXAMPLE_VERSION
  epochlab: string
  scenario: string
  /** The scenario's memory or compressor swapped (`--memory`, `--compressor`); absent if neither was. */
  variant?: ScenarioVariant
  /** A swarm campaign's drawn size of the scenario (src/scenario/swarm.ts); absent, the scenario's own. */
  size?: ScenarioSize
  /** A PCT campaign's priorities for same-instant events (`KernelOptions.priorities`); absent, queue order. */
  priorities?: number
  seed: number
  bug: BugName | null
  property: string
  explanation: string
  witness: Witness
  faults: Fault[]
  shrunkFaults: Fault[]
  runsToFind: number
  traceHash: string
  trace: { eventColumns: readonly string[]; events: EventTuple[]; facts: Observation[] }
}

/** A counterexample file that cannot be used: the message is one line and says why. */
export class CounterexampleError extends Error {}

export const toCounterexample = (v: Violation, bug: BugName | undefined, variant: ScenarioVariant = {}): Counterexample => {
  const verdict = v.report.verdicts.find((x) => x.property === v.property)!
  return {
    format: COUNTEREXAMPLE_FORMAT,
    version: COUNTEREXAMPLE_VERSION,
    epochlab: VERSION,
    scenario: v.report.scenario.name,
    ...(isEmptyVariant(variant) ? {} : { variant }),
    ...(v.size ? { size: v.size } : {}),
    ...(v.priorities ? { priorities: v.priorities } : {}),
    seed: v.report.seed,
    bug: bug ?? null,
    property: v.property,
    explanation: properties.find((p) => p.id === v.property)!.explanation,
    witness: verdict.witness!,
    faults: v.faults,
    shrunkFaults: v.shrunkFaults,
    runsToFind: v.runsToFind,
    traceHash: v.report.trace.hash,
    trace: {
      eventColumns,
      events: v.report.trace.events.map((e) => [e.i, e.t, e.actor, e.type, e.summary, e.state]),
      facts: v.report.trace.facts as Observation[],
    },
  }
}

/** The file name of a counterexample: what failed, with what, and the start of its trace hash. */
export const counterexampleName = (cx: Counterexample): string => `${cx.property}-${cx.bug ?? "correct"}-${cx.scenario}-seed${cx.seed}-${cx.traceHash.slice(0, 8)}.json`

/**
 * Write a counterexample into `dir` (which must exist: see ensureWritableDir),
 * atomically, as `name` (default: its own name). A campaign writes the
 * unshrunk one the moment it is found and the shrunk one over it under the
 * same name, so a file on disk is always whole and always a violation.
 */
export const writeCounterexample = (dir: string, cx: Counterexample, name = counterexampleName(cx)): string => {
  const file = join(dir, name)
  writeFileAtomic(file, JSON.stringify(cx) + "\n")
  return file
}

/** What a counterexample shows, in one line: the property, the scenario, the seed and the bug. */
export const counterexampleTitle = (cx: Counterexample): string => `${cx.property} violated: ${cx.scenario}, seed ${cx.seed}${cx.bug ? `, bug ${cx.bug}` : ""}`

export const eventsOf = (cx: Counterexample): TraceEvent[] =>
  cx.trace.events.map(([i, t, actor, type, summary, state]) => ({ i, t, actor, type, summary, state }))

/** Read and check a counterexample file: a corrupt or foreign file is a CounterexampleError. */
export const readCounterexample = (path: string): Counterexample => {
  let text: string
  try {
    const raw = readFileSync(path)
    // Corpus files are stored gzipped (fuzz/corpus/*.json.gz); either form reads the same.
    text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString("utf8")
  } catch (e) {
    throw new CounterexampleError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  let doc: Record<string, unknown>
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new CounterexampleError(`${path}: not JSON (${(e as Error).message})`)
  }
  const bad = (what: string) => new CounterexampleError(`${path}: ${what}`)
  if (typeof doc !== "object" || doc === null || doc.format !== COUNTEREXAMPLE_FORMAT)
    throw bad(`not an epochlab counterexample (format ${JSON.stringify(doc?.format)})`)
  if (doc.version !== COUNTEREXAMPLE_VERSION) throw bad(`version ${JSON.stringify(doc.version)}: this epochlab reads version ${COUNTEREXAMPLE_VERSION}`)
  if (typeof doc.scenario !== "string" || !findScenario(doc.scenario)) throw bad(`scenario: unknown scenario ${JSON.stringify(doc.scenario)}`)
  if (doc.variant !== undefined) {
    const v = doc.variant as Record<string, unknown>
    try {
      if (typeof v !== "object" || v === null) throw new VariantError("expected an object")
      applyVariant(findScenario(doc.scenario)!, {
        ...(v.memory !== undefined ? { memory: parseMemory(String(v.memory)) } : {}),
        ...(v.compressor !== undefined ? { compressor: parseCompressor(String(v.compressor)) } : {}),
        ...(v.recordingSha256 !== undefined ? { recordingSha256: String(v.recordingSha256) } : {}),
        ...(v.vms !== undefined ? { vms: v.vms as number } : {}),
        ...(v.policy !== undefined ? { policy: String(v.policy) } : {}),
      })
    } catch (e) {
      if (e instanceof VariantError) throw bad(`variant: ${e.message}`)
      throw e
    }
  }
  if (doc.size !== undefined) {
    try {
      if (typeof doc.size !== "object" || doc.size === null) throw new SizeError("size: expected an object")
      checkSize(findScenario(doc.scenario)!, doc.size as ScenarioSize)
    } catch (e) {
      if (e instanceof SizeError) throw bad(e.message)
      throw e
    }
  }
  if (doc.priorities !== undefined && !(Number.isSafeInteger(doc.priorities) && (doc.priorities as number) > 0)) throw bad(`priorities: expected a positive integer, got ${JSON.stringify(doc.priorities)}`)
  if (typeof doc.epochlab !== "string") throw bad(`epochlab: expected the version that wrote the file, got ${JSON.stringify(doc.epochlab)}`)
  if (!Number.isSafeInteger(doc.seed) || (doc.seed as number) < 0 || (doc.seed as number) > 0xffffffff) throw bad(`seed: expected an integer from 0 to 4294967295, got ${JSON.stringify(doc.seed)}`)
  if (doc.bug !== null && (typeof doc.bug !== "string" || !isBugName(doc.bug))) throw bad(`bug: unknown bug ${JSON.stringify(doc.bug)}`)
  if (!properties.some((p) => p.id === doc.property)) throw bad(`property: unknown property ${JSON.stringify(doc.property)}`)
  for (const field of ["faults", "shrunkFaults"] as const) {
    if (!Array.isArray(doc[field])) throw bad(`${field}: expected an array`)
    try {
      ;(doc[field] as unknown[]).forEach((f, i) => parseFault(f, `${field}[${i}]`))
    } catch (e) {
      throw bad((e as Error).message)
    }
  }
  // Every fault must be able to act in the world the file describes.
  const world = (() => {
    const v = applyVariant(findScenario(doc.scenario as string)!, (doc.variant as ScenarioVariant | undefined) ?? {})
    return doc.size ? applySize(v, doc.size as ScenarioSize) : v
  })()
  for (const field of ["faults", "shrunkFaults"] as const) {
    try {
      checkFaultsFit(world, doc[field] as Fault[], field)
    } catch (e) {
      if (e instanceof InertFaultError) throw bad(e.message)
      throw e
    }
  }
  if (typeof doc.traceHash !== "string" || !/^[0-9a-f]{64}$/.test(doc.traceHash)) throw bad("traceHash: expected a SHA-256 hex digest")
  const trace = doc.trace as Counterexample["trace"] | undefined
  if (!trace || typeof trace !== "object" || !Array.isArray(trace.events) || !Array.isArray(trace.facts)) throw bad("trace: expected {events, facts}")
  const badEvent = trace.events.findIndex((e) => !isEventTuple(e))
  if (badEvent >= 0) throw bad(`trace.events[${badEvent}]: expected [i, t, actor, type, summary, state], got ${JSON.stringify(trace.events[badEvent]).slice(0, 80)}`)
  const badFact = trace.facts.findIndex((f) => !isFact(f))
  if (badFact >= 0) throw bad(`trace.facts[${badFact}]: expected an object with kind, t and at, got ${JSON.stringify(trace.facts[badFact]).slice(0, 80)}`)
  const w = doc.witness as Witness | undefined
  if (!w || typeof w !== "object" || !Number.isInteger(w.at) || !Number.isInteger(w.t) || typeof w.message !== "string") throw bad("witness: expected {at, t, message}")
  // A witness names a delivered event of the trace, or -1 (a fact recorded before the first delivery).
  if (w.at < -1 || w.at >= trace.events.length) throw bad(`witness.at: ${w.at} is not an event of the trace (it has ${trace.events.length})`)
  if (typeof doc.explanation !== "string") throw bad("explanation: expected the property's explanation")
  return doc as unknown as Counterexample
}

const isEventTuple = (e: unknown): boolean =>
  Array.isArray(e) && e.length === 6 && Number.isInteger(e[0]) && Number.isInteger(e[1]) && e.slice(2).every((x) => typeof x === "string")

const isFact = (f: unknown): boolean => {
  if (typeof f !== "object" || f === null || Array.isArray(f)) return false
  const o = f as Record<string, unknown>
  return typeof o.kind === "string" && Number.isInteger(o.t) && Number.isInteger(o.at)
}
