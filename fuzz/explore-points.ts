import type { Fault } from "../src/faults/schedule.ts"
import type { HostId } from "../src/sim/observations.ts"
import { pointOfKey } from "../src/faults/points.ts"

/**
 * The faults `explore` places: a crash of either host, or the replication
 * connection breaking for good, each at a named protocol point of an epoch
 * (`crash-at`, `link-disconnect-at`) or just before a delivered event
 * (`crash-at-event`, `link-disconnect-at-event`); a pause of either host at
 * each protocol point (`host-pause-at`); and one-way partitions, starting
 * at each instant the reference run delivered something. Pauses and
 * partitions outlast the failure detector.
 */
export type Target = HostId | "link"

/** The epoch a pointKey names (src/faults/points.ts). */
const epochOfKey = (key: number): number => key % 2 ** 32

/** A fault of `target` at the protocol point `key` (a pointKey). */
export const atPoint = (target: Target, key: number): Fault => {
  const point = pointOfKey(key)
  const epoch = epochOfKey(key)
  return target === "link" ? { kind: "link-disconnect-at", point, epoch } : { kind: "crash-at", host: target, point, epoch }
}

/** A pause of `host` for `durationUs` at the protocol point `key`. */
export const pauseAtPoint = (host: HostId, key: number, durationUs: number): Fault => ({ kind: "host-pause-at", host, point: pointOfKey(key), epoch: epochOfKey(key), durationUs })

/** A fault of `target` just before event `event`. */
export const atEvent = (target: Target, event: number): Fault =>
  target === "link" ? { kind: "link-disconnect-at-event", event } : { kind: "crash-at-event", host: target, event }

/**
 * A one-way partition of the replication link starting just before the
 * events at instant `at` of the reference run (a run is the reference run
 * until its first fault, so the instant is where the same events fall),
 * lasting `durationUs`.
 */
export const partitionBefore = (direction: "primary->backup" | "backup->primary", at: number, durationUs: number): Fault => ({
  kind: "link-partition",
  direction,
  atUs: Math.max(0, at - 1),
  durationUs,
})

/** What a fault placed by explore hits. */
export const targetOf = (f: Fault): Target => ("host" in f ? f.host : "link")

/** The distinct instants of a run's deliveries, in order. */
export const instantsOf = (deliveries: ReadonlyArray<{ at: number }>): number[] => [...new Set(deliveries.map((d) => d.at))]

/** The targets a scenario has: both hosts and the link, or the primary alone when there is no backup. */
export const targetsOf = (hasBackup: boolean): Target[] => (hasBackup ? ["primary", "backup", "link"] : ["primary"])

/** The targets left for a second fault after `first` struck: a crashed host cannot crash again, a broken link cannot break again. */
export const secondTargets = (targets: readonly Target[], first: Fault): Target[] => targets.filter((t) => t !== targetOf(first))
