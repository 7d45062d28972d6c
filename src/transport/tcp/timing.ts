import type { HostId } from "../../sim/commands.ts"
import { serializationUs } from "../../sim/time.ts"

/** The link faults as the link machine sees them: plain data from the fault schedule. */
export type LinkFault =
  | { kind: "link-drop"; direction: Direction; nth: number }
  | { kind: "link-duplicate"; direction: Direction; nth: number }
  | { kind: "link-delay"; direction: Direction; atUs: number; durationUs: number; extraUs: number }
  | { kind: "link-bandwidth"; direction: Direction; atUs: number; durationUs: number; factor: number }
  | { kind: "link-partition"; direction: Direction; atUs: number; durationUs: number }
  | { kind: "link-disconnect"; atUs: number }

type Direction = "primary->backup" | "backup->primary" | "both"

import { TCP_MIN_RTO_US } from "../../net/tcp-params.ts"

export { TCP_MIN_RTO_US }

export interface LinkTimingInput {
  now: number
  from: HostId
  bytes: number
  /** This segment's number in its direction, from 1. */
  nth: number
  bytesPerSecond: number
  latencyUs: number
  busyUntil: number
  lastArrival: number
}

export interface LinkTiming {
  /** When the last bit leaves the sender for the first time. */
  departAt: number
  /** When the sender last has to transmit it (later than departAt if TCP had to retransmit). */
  lastTxAt: number
  arriveAt: number
  busyUntil: number
  /** The kinds of fault that changed this segment's fate. */
  acted: string[]
}

const inWindow = (t: number, f: { atUs: number; durationUs: number }) => t >= f.atUs && t < f.atUs + f.durationUs

/**
 * When one segment of `bytes` arrives, under the faults in force: serialise at
 * the (possibly reduced) bandwidth behind what is already queued, add latency
 * (and any delay spike); a lost segment (dropped, or caught in a partition) is
 * retransmitted an RTO later (after the partition heals); TCP delivers in
 * order, so nothing arrives before the segment sent ahead of it.
 */
export const linkTiming = (s: LinkTimingInput, faults: readonly LinkFault[]): LinkTiming => {
  const mine = faults.filter((f) => f.kind === "link-disconnect" || f.direction === "both" || f.direction.startsWith(`${s.from}->`))
  const start = Math.max(s.now, s.busyUntil)
  const acted: string[] = []
  let bandwidth = s.bytesPerSecond
  for (const f of mine)
    if (f.kind === "link-bandwidth" && inWindow(start, f)) {
      bandwidth *= f.factor
      acted.push(f.kind)
    }
  const wire = serializationUs(s.bytes, bandwidth)
  const departAt = start + wire
  let busyUntil = departAt
  let arriveAt = departAt + s.latencyUs
  let lastTxAt = departAt
  for (const f of mine) {
    if (f.kind === "link-duplicate" && f.nth === s.nth) {
      busyUntil += wire
      acted.push(f.kind)
    }
    if (f.kind === "link-delay" && inWindow(departAt, f)) {
      arriveAt += f.extraUs
      acted.push(f.kind)
    }
    if (f.kind === "link-drop" && f.nth === s.nth) {
      lastTxAt = departAt + TCP_MIN_RTO_US
      arriveAt += TCP_MIN_RTO_US
      acted.push(f.kind)
    }
  }
  for (const f of mine) {
    // An empty window partitions nothing.
    if (f.kind !== "link-partition" || f.durationUs <= 0) continue
    const heal = f.atUs + f.durationUs
    // On the wire while the partition stands: lost, resent an RTO after it heals.
    if (start < heal && arriveAt > f.atUs) {
      lastTxAt = Math.max(lastTxAt, heal + TCP_MIN_RTO_US - s.latencyUs)
      arriveAt = Math.max(arriveAt, heal + TCP_MIN_RTO_US)
      acted.push(f.kind)
    }
  }
  return { departAt, lastTxAt, arriveAt: Math.max(arriveAt, s.lastArrival), busyUntil, acted }
}
