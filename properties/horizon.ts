import type { Fault } from "../src/faults/schedule.ts"
import type { Observation } from "../src/sim/observations.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { TCP_MIN_RTO_US } from "../machines/link-timing.ts"

/**
 * The fault horizon of a run (TigerBeetle's VOPR idea): the instant after
 * which no fault acts any more and everything a fault disturbed has been
 * repaired. Every run has one; a fault-free run's is before it starts. After
 * the horizon plus the time the protocol needs to settle, the system must
 * converge as if nothing had happened since (properties/progress.ts).
 *
 * When a fault acts comes from the run (its `crash` and `fault-acted` facts);
 * a windowed fault that acted lasts to the end of its window; a lost
 * segment or packet is repaired a retransmission later. A fault in the
 * schedule that never acted moves nothing.
 */
export interface Horizon {
  /** When the first fault acted (Infinity if none did): the run is fault-free before it. */
  firstFault: number
  /** When the last fault's effects were over (-1 if no fault acted). */
  healed: number
  /** From `healed` on, plus this much, the protocol must have converged. */
  settleUs: number
}

/** Scheduling slack on top of every computed bound. */
export const SLACK_US = 1000

export const horizonOf = (scenario: Scenario, faults: readonly Fault[], facts: readonly Observation[]): Horizon => {
  // A lost segment or packet is resent an RTO later (either side's TCP, or the client's request timer) and then crosses its path.
  const resend = Math.max(TCP_MIN_RTO_US, scenario.client.minRtoUs) + scenario.link.latencyUs + scenario.clientPath.latencyUs
  let first = Infinity
  let last = -1
  const acted = new Set<string>()
  for (const f of facts) {
    if (f.kind === "crash") last = Math.max(last, f.t)
    else if (f.kind === "fault-acted") {
      last = Math.max(last, f.t + resend)
      acted.add(f.fault)
    } else continue
    first = Math.min(first, f.t)
  }
  // A window that acted heals at its end, and what it held back is resent after that.
  for (const f of faults) if ("durationUs" in f && acted.has(f.kind)) last = Math.max(last, f.atUs + f.durationUs + resend)
  return { firstFault: first, healed: last, settleUs: settleUs(scenario) }
}

/**
 * What the protocol may take to settle after the last fault: detect a
 * silent peer, claim the activation record, restore and resume, then a
 * client's request retransmission (its timer may have backed off once), or
 * one checkpoint's worst case if the pair goes on replicating.
 */
export const settleUs = (s: Scenario): number =>
  Math.max(s.link.latencyUs + s.host.detectionTimeoutUs + 2 * s.host.storageLatencyUs + s.host.restoreUs + 2 * s.client.minRtoUs, checkpointBoundUs(s)) + SLACK_US

/**
 * The longest one checkpoint may take from the moment it is due to its
 * acknowledgement, whatever else is going on: an epoch and the pause of a
 * capture of every page, the whole memory across the link (with its
 * headers), applied page by page, both latencies, and the release.
 */
export const checkpointBoundUs = (s: Scenario): number => {
  const h = s.host
  const pages = h.pages
  const pause = h.pauseBaseUs + h.pauseUsPerPage * pages
  // A raw page record is 4104 bytes, its share of part and commit headers under 100; with real TCP the header carries send buffers and held output too.
  const tcpState = s.tcp ? s.clients * s.tcp.guestSendBufferBytes + s.tcp.specBufferBytes : 0
  const transfer = Math.ceil(((pages * 4200 + tcpState) * 1_000_000) / s.link.bytesPerSecond)
  return h.epochUs + pause + transfer + Math.ceil(pages * h.applyUsPerPage) + 2 * s.link.latencyUs + h.releaseLatencyUs + SLACK_US
}
