import { policies, type PolicySpec } from "./index.ts"

/** A policy spec that does not parse: the message is one line. */
export class PolicyError extends Error {}

/** Fields given in milliseconds on the command line (stored in microseconds); the others are plain numbers. */
const inMs = (field: string) => field.endsWith("Us")

/**
 * `--policy NAME[:KEY=VALUE,...]`, e.g. `adaptive:floor=5,ceiling=80` or
 * `colo-like:bytes=32768`; `fixed:MS` is short for `fixed:period=MS`. Times
 * in milliseconds. Unknown names and keys, and values that are not positive
 * numbers, are refused with one line.
 */
export const parsePolicy = (text: string): PolicySpec => {
  const [name, rest] = splitOnce(text, ":")
  const kind = policies.find((p) => p.kind === name)
  if (!kind) throw new PolicyError(`--policy: unknown policy "${name}"; policies: ${policies.map((p) => p.kind).join(", ")}`)
  const spec: Record<string, unknown> = { kind: kind.kind }
  if (rest === undefined) return spec as PolicySpec
  const params = kind.params as Record<string, string>
  const byKey = new Map(Object.entries(params).map(([field, key]) => [key, field]))
  const pairs = kind.kind === "fixed" && !rest.includes("=") ? [`period=${rest}`] : rest.split(",")
  for (const pair of pairs) {
    const [key, value] = splitOnce(pair, "=")
    const field = byKey.get(key)
    if (!field) throw new PolicyError(`--policy ${name}: unknown parameter "${key}"; parameters: ${[...byKey.keys()].join(", ")}`)
    const n = Number(value)
    if (value === undefined || value === "" || !Number.isFinite(n) || n <= 0 || n > 1e9) throw new PolicyError(`--policy ${name}: ${key} must be a positive number, got "${value ?? ""}"`)
    spec[field] = inMs(field) ? Math.round(n * 1000) : n
  }
  const s = spec as { floorUs?: number; ceilingUs?: number; periodUs?: number }
  const ceiling = s.ceilingUs ?? s.periodUs
  if (s.floorUs !== undefined && ceiling !== undefined && s.floorUs > ceiling) throw new PolicyError(`--policy ${name}: the floor (${s.floorUs / 1000} ms) is above the ceiling (${ceiling / 1000} ms)`)
  return spec as PolicySpec
}

/** The spec as `--policy` takes it. */
export const describePolicy = (spec: PolicySpec): string => {
  const kind = policies.find((p) => p.kind === spec.kind)!
  const params = kind.params as Record<string, string>
  if (spec.kind === "fixed" && spec.periodUs !== undefined) return `fixed:${spec.periodUs / 1000}`
  const parts = Object.entries(spec)
    .filter(([k]) => k !== "kind")
    .map(([field, v]) => `${params[field]}=${inMs(field) ? (v as number) / 1000 : v}`)
  return parts.length ? `${spec.kind}:${parts.join(",")}` : spec.kind
}

const splitOnce = (s: string, sep: string): [string, string | undefined] => {
  const i = s.indexOf(sep)
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)]
}
