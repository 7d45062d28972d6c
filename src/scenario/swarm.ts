import { defaultXbzrleCachePages } from "../compress/compressors.ts"
import type { BlockBytes } from "../compress/block-hashes.ts"
import type { Fault } from "../faults/schedule.ts"
import type { Scenario } from "./scenario.ts"
import type { PolicySpec } from "../policy/index.ts"

/**
 * Swarm testing (as FoundationDB's and TigerBeetle's simulators do): a
 * campaign draws the scenario's size along with its faults, within ranges the
 * scenario declares, so most runs are small and a shrunk counterexample is a
 * small one too (every parameter shrinks toward the low end of its range).
 * The drawn size is part of a counterexample and replays with it.
 */
export interface ScenarioSize {
  /** Guest memory in pages. */
  pages: number
  /** The fixed policy's epoch. */
  epochUs: number
  /** Replication link payload bandwidth and one-way latency. */
  linkBytesPerSecond: number
  linkLatencyUs: number
  /** Silence after which a host suspects its peer. */
  detectionTimeoutUs: number
  /** How long the run lasts. */
  durationUs: number
  /** The guest's dirty rate: page writes per millisecond slice. */
  writesPerTick: number
  clients: number
  /** Only where the scenario declares them: the guest's vCPUs, and which of its policies (an index into `swarm.policies`). */
  vcpus?: number
  policy?: number
  /** Only where the scenario declares them: fine-grained dirty regions' block size. */
  blockBytes?: number
  /** Only where the scenario declares them: how the clients' requests arrive. */
  arrivals?: "fixed" | "poisson"
}

export const sizeKeys = ["pages", "epochUs", "linkBytesPerSecond", "linkLatencyUs", "detectionTimeoutUs", "durationUs", "writesPerTick", "clients"] as const satisfies readonly (keyof ScenarioSize)[]

/** Per parameter, the inclusive range a swarm campaign draws from (equal ends: fixed); a scenario may also draw its vCPUs and its checkpoint policy. */
export type SwarmRanges = { readonly [K in (typeof sizeKeys)[number]]: readonly [number, number] } & {
  readonly vcpus?: readonly [number, number]
  /** Policies to draw from (the first is where a shrunk run ends up). */
  readonly policies?: readonly PolicySpec[]
  /** Fine-grained block sizes to draw from (the first is where a shrunk run ends up). */
  readonly blockBytes?: readonly BlockBytes[]
  /** Client arrivals to draw from: a fixed think time, or Poisson (the first is where a shrunk run ends up). */
  readonly arrivals?: readonly ("fixed" | "poisson")[]
}

/** The scenario's own size: what a run of it without swarm uses. */
export const sizeOf = (s: Scenario): ScenarioSize => ({
  pages: s.host.pages,
  epochUs: s.host.epochUs,
  linkBytesPerSecond: s.link.bytesPerSecond,
  linkLatencyUs: s.link.latencyUs,
  detectionTimeoutUs: s.host.detectionTimeoutUs,
  durationUs: s.durationUs,
  writesPerTick: s.host.workload.writesPerTick,
  clients: s.clients,
})

/** A size outside the scenario's ranges (a hand-edited counterexample): the message is one line. */
export class SizeError extends Error {}

export const checkSize = (s: Scenario, size: ScenarioSize): void => {
  if (!s.swarm) throw new SizeError(`scenario ${s.name} declares no swarm ranges`)
  const within = (k: string, v: unknown, lo: number, hi: number) => {
    if (!Number.isSafeInteger(v) || (v as number) < lo || (v as number) > hi) throw new SizeError(`size.${k}: expected an integer from ${lo} to ${hi}, got ${JSON.stringify(v)}`)
  }
  for (const k of sizeKeys) within(k, size[k], s.swarm[k][0], s.swarm[k][1])
  if (s.swarm.vcpus) within("vcpus", size.vcpus, s.swarm.vcpus[0], s.swarm.vcpus[1])
  else if (size.vcpus !== undefined) throw new SizeError(`size.vcpus: scenario ${s.name} does not draw its vCPUs`)
  if (s.swarm.policies) within("policy", size.policy, 0, s.swarm.policies.length - 1)
  else if (size.policy !== undefined) throw new SizeError(`size.policy: scenario ${s.name} does not draw its policy`)
  if (s.swarm.blockBytes) {
    if (!s.swarm.blockBytes.includes(size.blockBytes as BlockBytes)) throw new SizeError(`size.blockBytes: expected one of ${s.swarm.blockBytes.join(", ")}, got ${JSON.stringify(size.blockBytes)}`)
  } else if (size.blockBytes !== undefined) throw new SizeError(`size.blockBytes: scenario ${s.name} does not draw its block size`)
  if (s.swarm.arrivals) {
    if (!s.swarm.arrivals.includes(size.arrivals as "fixed")) throw new SizeError(`size.arrivals: expected one of ${s.swarm.arrivals.join(", ")}, got ${JSON.stringify(size.arrivals)}`)
  } else if (size.arrivals !== undefined) throw new SizeError(`size.arrivals: scenario ${s.name} does not draw its clients' arrivals`)
}

/**
 * The scenario at `size`. The clients start at the same share of the run as
 * in the scenario itself; XBZRLE's cache stays a quarter of guest memory.
 */
export const applySize = (base: Scenario, size: ScenarioSize): Scenario => ({
  ...base,
  durationUs: size.durationUs,
  clientStartUs: Math.round((base.clientStartUs * size.durationUs) / base.durationUs),
  clients: size.clients,
  host: {
    ...base.host,
    pages: size.pages,
    epochUs: size.epochUs,
    detectionTimeoutUs: size.detectionTimeoutUs,
    workload: { ...base.host.workload, writesPerTick: size.writesPerTick, ...(size.vcpus !== undefined ? { vcpus: size.vcpus } : {}) },
    compression: {
      ...base.host.compression,
      ...(base.host.compression.compressor === "xbzrle" ? { xbzrleCachePages: defaultXbzrleCachePages(size.pages) } : {}),
      ...(size.blockBytes !== undefined ? { blockBytes: size.blockBytes as BlockBytes } : {}),
    },
  },
  link: { bytesPerSecond: size.linkBytesPerSecond, latencyUs: size.linkLatencyUs },
  ...(size.arrivals !== undefined ? { client: { ...base.client, arrivals: size.arrivals } } : {}),
  ...(size.policy !== undefined && base.swarm?.policies ? { policy: base.swarm.policies[size.policy] } : {}),
})

/** The scenario at the top of every range: what a swarm campaign draws fault schedules against before fitting them. */
export const largest = (s: Scenario): ScenarioSize => ({
  ...(Object.fromEntries(sizeKeys.map((k) => [k, s.swarm![k][1]])) as unknown as ScenarioSize),
  ...(s.swarm!.vcpus ? { vcpus: s.swarm!.vcpus[1] } : {}),
  ...(s.swarm!.policies ? { policy: 0 } : {}),
  ...(s.swarm!.blockBytes ? { blockBytes: s.swarm!.blockBytes[0] } : {}),
  ...(s.swarm!.arrivals ? { arrivals: s.swarm!.arrivals[0] } : {}),
})

/**
 * A schedule drawn for the largest size, fitted to a smaller one: faults that
 * cannot exist there (after the run's end, naming a client it does not have)
 * are left out, so the schedule runs as drawn wherever it still can.
 */
export const fitFaults = (s: Scenario, faults: readonly Fault[]): Fault[] =>
  faults.filter((f) => {
    if ("atUs" in f && f.atUs >= s.durationUs) return false
    if ("client" in f && Number(f.client.slice("client-".length)) > s.clients) return false
    return true
  })

/** A size as a short phrase, for reports. */
export const describeSize = (z: ScenarioSize): string =>
  `${z.pages} pages, ${z.epochUs / 1000} ms epochs, link ${(z.linkBytesPerSecond / 1e6).toFixed(1)} MB/s ${z.linkLatencyUs} us, ` +
  `detection ${z.detectionTimeoutUs / 1000} ms, ${z.durationUs / 1000} ms run, ${z.writesPerTick} writes/ms, ${z.clients} client${z.clients === 1 ? "" : "s"}` +
  (z.vcpus !== undefined ? `, ${z.vcpus} vCPUs` : "") +
  (z.policy !== undefined ? `, policy #${z.policy}` : "") +
  (z.blockBytes !== undefined ? `, ${z.blockBytes}-byte blocks` : "") +
  (z.arrivals === "poisson" ? ", Poisson arrivals" : "")
