import fc from "fast-check"
import type { Fault } from "../src/faults/schedule.ts"
import { faultKinds } from "../src/faults/kinds/index.ts"
import type { ArbitraryWorld } from "../src/faults/kind.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { sizeKeys, type ScenarioSize, type SwarmRanges } from "../src/scenario/swarm.ts"

/**
 * fast-check arbitraries for fault schedules in a scenario. Times fall inside
 * the run, epochs inside its epoch count, segment numbers inside what a run
 * sends. Everything shrinks toward fewer faults, earlier times, smaller
 * numbers and the first listed option (so a shrunk schedule reads simply).
 */
export const faultArb = (s: Scenario): fc.Arbitrary<Fault> => {
  const vms = s.consolidation?.vms ?? 1
  if (vms === 1) return oneVmFaultArb(s)
  // Consolidated: each fault names its VM (shrinking toward vm1).
  return fc.tuple(oneVmFaultArb(s), fc.integer({ min: 1, max: vms })).map(([f, i]) => ({ ...f, vm: `vm${i}` }))
}

/**
 * The kinds the fuzzer draws in a scenario: those that can act over its
 * replication transport (an RDMA fault in a TCP run would be a wasted draw);
 * kinds of weight 0 are explore's, not drawn.
 */
const kindsFor = (s: Scenario) => {
  const transport = s.transport ?? "tcp"
  return faultKinds.filter((k) => k.weight > 0 && (!("transports" in k) || (k.transports as readonly string[]).includes(transport)))
}

/** What faults in `s` are drawn within: its run, its epochs, its clients, its transport. */
export const arbitraryWorld = (s: Scenario): ArbitraryWorld => ({
  durationUs: s.durationUs,
  epochs: Math.max(1, Math.floor(s.durationUs / s.host.epochUs)),
  clients: s.clients,
  transport: s.transport ?? "tcp",
})

/** The names of the kinds the fuzzer draws in `s`. */
export const drawableKinds = (s: Scenario): string[] => kindsFor(s).map((k) => k.kind)

/** One fault of any kind, each drawn by its own module with the weight it gives (src/faults/kinds). */
const oneVmFaultArb = (s: Scenario): fc.Arbitrary<Fault> => {
  const world = arbitraryWorld(s)
  const kinds = kindsFor(s)
  return fc.oneof(...kinds.map((k) => ({ weight: k.weight, arbitrary: k.arbitrary(world) as fc.Arbitrary<Fault> })))
}

/**
 * A scenario size within `ranges`. Each parameter is drawn as low + (high -
 * low) * u^2 with u uniform in [0, 1], so most runs are small (a third of the
 * draws fall in the lowest tenth of a range) and some are large; it shrinks
 * toward the low end.
 */
export const sizeArb = (ranges: SwarmRanges): fc.Arbitrary<ScenarioSize> => {
  const base = Object.fromEntries(sizeKeys.map((k) => [k, smallMostly(ranges[k][0], ranges[k][1])])) as Record<string, fc.Arbitrary<unknown>>
  // Only a scenario that declares them draws its vCPUs and its policy (the others' draws stay as they were).
  if (ranges.vcpus) base.vcpus = smallMostly(ranges.vcpus[0], ranges.vcpus[1])
  if (ranges.policies) base.policy = fc.integer({ min: 0, max: ranges.policies.length - 1 })
  if (ranges.blockBytes) base.blockBytes = fc.constantFrom(...ranges.blockBytes)
  if (ranges.arrivals) base.arrivals = fc.constantFrom(...ranges.arrivals)
  return fc.record(base) as unknown as fc.Arbitrary<ScenarioSize>
}

const STEPS = 1000

const smallMostly = (lo: number, hi: number): fc.Arbitrary<number> =>
  lo === hi ? fc.constant(lo) : fc.integer({ min: 0, max: STEPS }).map((u) => lo + Math.round(((hi - lo) * u * u) / (STEPS * STEPS)))

/** A schedule of up to `maxFaults` faults. */
export const scheduleArb = (s: Scenario, maxFaults = 3): fc.Arbitrary<Fault[]> => fc.array(faultArb(s), { maxLength: maxFaults })
