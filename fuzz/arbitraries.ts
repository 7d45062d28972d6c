import fc from "fast-check"
import type { Fault, LinkDirection } from "../src/faults/schedule.ts"
import { protocolPoints } from "../src/faults/schedule.ts"
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

const oneVmFaultArb = (s: Scenario): fc.Arbitrary<Fault> => {
  const end = s.durationUs
  const epochs = Math.max(1, Math.floor(end / s.host.epochUs))
  const host = fc.constantFrom("primary" as const, "backup" as const)
  const time = fc.integer({ min: 0, max: end - 1 })
  const window = fc.integer({ min: 1_000, max: 400_000 })
  const direction = fc.constantFrom<LinkDirection>("both", "primary->backup", "backup->primary")
  const nth = fc.integer({ min: 1, max: epochs * 4 })
  const client = fc.integer({ min: 1, max: s.clients }).map((i) => `client-${i}`)
  const clientDirection = fc.constantFrom("to-client" as const, "to-vm" as const)
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("crash" as const), host, atUs: time }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant("crash-at" as const),
        host,
        point: fc.constantFrom(...protocolPoints),
        epoch: fc.integer({ min: 1, max: epochs }),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("link-partition" as const), direction, atUs: time, durationUs: window }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("link-drop" as const), direction, nth }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("link-duplicate" as const), direction, nth }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("link-delay" as const), direction, atUs: time, durationUs: window, extraUs: fc.integer({ min: 100, max: 100_000 }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("link-bandwidth" as const),
        direction,
        atUs: time,
        durationUs: window,
        factor: fc.constantFrom(0.5, 0.1, 0.01),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("link-disconnect" as const), atUs: time }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("client-drop" as const), client, direction: clientDirection, nth }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("client-duplicate" as const), client, direction: clientDirection, nth }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("client-reorder" as const), client, nth }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("client-delay" as const),
        client,
        direction: clientDirection,
        atUs: time,
        durationUs: window,
        extraUs: fc.integer({ min: 100, max: 50_000 }),
      }),
    },
  )
}

/**
 * A scenario size within `ranges`. Each parameter is drawn as low + (high -
 * low) * u^2 with u uniform in [0, 1], so most runs are small (a third of the
 * draws fall in the lowest tenth of a range) and some are large; it shrinks
 * toward the low end.
 */
export const sizeArb = (ranges: SwarmRanges): fc.Arbitrary<ScenarioSize> =>
  fc.record(Object.fromEntries(sizeKeys.map((k) => [k, smallMostly(ranges[k][0], ranges[k][1])])) as { [K in keyof ScenarioSize]: fc.Arbitrary<number> })

const STEPS = 1000

const smallMostly = (lo: number, hi: number): fc.Arbitrary<number> =>
  lo === hi ? fc.constant(lo) : fc.integer({ min: 0, max: STEPS }).map((u) => lo + Math.round(((hi - lo) * u * u) / (STEPS * STEPS)))

/** A schedule of up to `maxFaults` faults. */
export const scheduleArb = (s: Scenario, maxFaults = 3): fc.Arbitrary<Fault[]> => fc.array(faultArb(s), { maxLength: maxFaults })
