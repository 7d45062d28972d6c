import type { HostId } from "../sim/commands.ts"
import { serializationUs } from "../sim/time.ts"
import type { SegmentInfo, SegmentTiming } from "../faults/kind.ts"
import { kindOf } from "../faults/kinds/index.ts"
import type { Fault } from "../faults/schedule.ts"
import { TCP_MIN_RTO_US } from "../net/tcp-params.ts"

export { TCP_MIN_RTO_US }

/** The replication link's faults as a transport sees them: plain data from the fault schedule (the RDMA kinds act on queue pairs and only over RDMA). */
export type LinkFault = Extract<Fault, { kind: `link-${string}` | `rdma-${string}` }>

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
  /** How long the sender waits before resending a lost segment (TCP: its minimum RTO, the default; RDMA: the local ACK timeout). */
  rtoUs?: number
}

export interface LinkTiming {
  /** When its serialisation starts (behind what was queued). */
  start: number
  /** When the last bit leaves the sender for the first time. */
  departAt: number
  /** When the sender last has to transmit it (later than departAt if TCP had to retransmit). */
  lastTxAt: number
  arriveAt: number
  busyUntil: number
  /** The kinds of fault that changed this segment's fate. */
  acted: readonly string[]
}

/**
 * When one segment of `bytes` arrives, under the faults in force: serialise at
 * the link's bandwidth (which a rate fault may cut) behind what is already
 * queued, add latency; then each fault kind's link hook changes the timing in
 * its stage (src/faults/kinds/: a duplicate costs wire time, a delay spike
 * adds to the arrival, a lost segment is resent an RTO later, a partition
 * holds everything until it heals plus an RTO); TCP delivers in order, so
 * nothing arrives before the segment sent ahead of it.
 */
export const linkTiming = (s: LinkTimingInput, faults: readonly LinkFault[]): LinkTiming => {
  const start = Math.max(s.now, s.busyUntil)
  const t: SegmentTiming = { bandwidth: s.bytesPerSecond, wire: 0, departAt: 0, busyUntil: 0, arriveAt: 0, lastTxAt: 0 }
  // Without faults (most segments of most runs) no stage has anything to do: nothing is allocated for them.
  const info = faults.length ? { now: s.now, from: s.from, start, nth: s.nth, latencyUs: s.latencyUs, rtoUs: s.rtoUs ?? TCP_MIN_RTO_US } : undefined
  let acted = info && stage(faults, "rate", t, info, undefined)
  t.wire = serializationUs(s.bytes, t.bandwidth)
  t.departAt = start + t.wire
  t.busyUntil = t.departAt
  t.arriveAt = t.departAt + s.latencyUs
  t.lastTxAt = t.departAt
  if (info) {
    acted = stage(faults, "segment", t, info, acted)
    acted = stage(faults, "outage", t, info, acted)
  }
  return { start, departAt: t.departAt, lastTxAt: t.lastTxAt, arriveAt: Math.max(t.arriveAt, s.lastArrival), busyUntil: t.busyUntil, acted: acted ?? NOTHING_ACTED }
}

/** Each fault whose kind's link hook acts in stage `name` changes the timing; the kinds that did are added to `acted`. */
const stage = (faults: readonly LinkFault[], name: "rate" | "segment" | "outage", t: SegmentTiming, info: SegmentInfo, acted: string[] | undefined): string[] | undefined => {
  for (const f of faults) {
    const hook = kindOf(f).link
    if (hook?.stage === name && hook.apply(t, f, info)) (acted ??= []).push(f.kind)
  }
  return acted
}

const NOTHING_ACTED: readonly string[] = []

/** A segment on its way, as the link timed it when it was sent. */
export interface TimedSegment {
  from: HostId
  start: number
  departAt: number
  lastTxAt: number
  arriveAt: number
}

/**
 * An outage that begins now (a partition struck at a protocol point), applied
 * to the segments already on their way, in sending order: each is timed as
 * the fault's link hook would have timed it had the outage been known when
 * it was sent (the same hook, so a partition struck at an instant holds what
 * a partition scheduled for that instant holds), and TCP's order is kept per
 * direction. Segments arriving by now are left alone. Returns every segment,
 * and those whose timing changed, each with whether the fault itself held it
 * (or it only waits behind one that was held).
 */
export const retimeInFlight = <S extends TimedSegment>(
  segments: readonly S[],
  fault: LinkFault,
  o: { now: number; latencyUs: number; rtoUs?: number },
): { segments: S[]; changed: Array<{ segment: S; acted: boolean }> } => {
  const hook = kindOf(fault).link
  if (hook?.stage !== "outage") throw new Error(`${fault.kind} is not an outage: it cannot begin mid-flight`)
  const last: Record<HostId, number> = { primary: 0, backup: 0 }
  const changed: Array<{ segment: S; acted: boolean }> = []
  const out = segments.map((m) => {
    if (m.arriveAt <= o.now) return m
    const t: SegmentTiming = { bandwidth: 0, wire: m.departAt - m.start, departAt: m.departAt, busyUntil: m.departAt, arriveAt: m.arriveAt, lastTxAt: m.lastTxAt }
    const acted = hook.apply(t, fault, { now: o.now, from: m.from, start: m.start, nth: 0, latencyUs: o.latencyUs, rtoUs: o.rtoUs ?? TCP_MIN_RTO_US })
    const arriveAt = Math.max(t.arriveAt, last[m.from])
    last[m.from] = arriveAt
    if (arriveAt === m.arriveAt && t.lastTxAt === m.lastTxAt) return m
    const segment = { ...m, arriveAt, lastTxAt: t.lastTxAt }
    changed.push({ segment, acted })
    return segment
  })
  return { segments: out, changed }
}
