import { THINK_CAP } from "../machines/client.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import type { Observation } from "../src/sim/observations.ts"
import { serializationUs } from "../src/sim/time.ts"
import { checkpointBoundUs, horizonOf, largestResponseBytes, longestEpochUs, SLACK_US } from "./horizon.ts"
import { fail, pass, type Property, type Verdict } from "./property.ts"
import { AckBounds } from "./ack-bound.ts"

/** From a primary crash to the backup running the guest: silence detected, record claimed, image restored. */
export const failoverBoundUs = (s: Scenario): number =>
  s.link.latencyUs + s.host.detectionTimeoutUs + s.host.storageLatencyUs + s.host.restoreUs + SLACK_US

/**
 * The longest a request/response client's stream may stand still while the
 * protocol runs undisturbed: the client thinks, its request crosses the
 * network, the response waits for its checkpoint (checkpointBoundUs) and
 * crosses back.
 */
export const streamGapUs = (s: Scenario): number =>
  s.client.thinkUs * (s.client.arrivals === "poisson" ? THINK_CAP : 1) + 2 * s.clientPath.latencyUs + serializationUs(largestResponseBytes(s) + 66 * 12, s.clientPath.bytesPerSecond) + checkpointBoundUs(s) + SLACK_US

/**
 * progress: nothing passes by doing nothing. The run has a fault horizon
 * (properties/horizon.ts); before its first fault and after the horizon
 * plus the time to settle, it is in a calm stretch, and in a calm stretch
 * the protocol must work as if no fault had ever happened:
 * - a primary that replicates captures at the policy's rate (an epoch and a
 *   pause apart at most) and every checkpoint is acknowledged: before the
 *   first fault within its bound (FIFO behind the checkpoints ahead of it on
 *   the link and in the backup's apply queue), after the horizon never more
 *   than one checkpoint's worst case apart;
 * - before the first fault nobody suspects anybody: no claim, no failover;
 * - whoever serves the VM (the primary, protected or alone, or the backup
 *   after a failover) keeps its clients' streams moving: every
 *   request/response client's stream advances at least every streamGapUs,
 *   or, when the guest dirties memory faster than the checkpoints cross the
 *   link, until the backlog queued ahead of the response's checkpoint has
 *   cleared, plus streamGapUs (the stall is the policy's, not a lost
 *   response's); with
 *   real TCP some client's does (a connection starved by another in a
 *   shared buffer sits in its own retransmission backoff);
 * - a primary that crashed with the backup able to take over is followed by
 *   a failover: the backup resumes within failoverBoundUs of the crash (or of
 *   the horizon, if other faults were still acting);
 * - a replication connection that fails is noticed at once: each host that
 *   could go on without the other (the primary replicating, a backup holding
 *   an image) claims the activation record within the slack;
 * - the simulation never runs out of events before its end (a deadlock).
 */
export const progress: Property = {
  id: "progress",
  explanation: "The protocol stalled where nothing excused it: no checkpoint, no acknowledgement, no client bytes or no failover within its bound, or nothing could happen any more.",
  check({ trace, scenario, faults }) {
    const { link, host } = scenario
    const end = scenario.durationUs
    const h = horizonOf(scenario, faults, trace.facts)
    const calmFrom = h.healed < 0 ? Infinity : h.healed + h.settleUs
    const calm = (t: number) => t < h.firstFault || t >= calmFrom
    const longestEpoch = longestEpochUs(scenario)
    const epochBound = longestEpoch + host.pauseBaseUs + host.pauseUsPerPage * host.pages + SLACK_US
    const ackGap = checkpointBoundUs(scenario)
    // From a checkpoint applied on the backup to its response at the client: the acknowledgement back, the release, the client path.
    const responseAfterAckUs = link.latencyUs + host.releaseLatencyUs + scenario.clientPath.latencyUs + serializationUs(largestResponseBytes(scenario) + 66 * 12, scenario.clientPath.bytesPerSecond) + SLACK_US
    const streamGap = streamGapUs(scenario) + (scenario.tcp ? 4 * scenario.client.minRtoUs : 0)

    // Who is alive and what they do, as of the fact being read.
    let primaryAlive = true
    let backupAlive = true
    let primaryAlone = false
    let primaryFenced = false
    /** The backup was granted the activation record: with its claim made before the connection failed, the primary is fenced at its next release and need not claim. */
    let backupHoldsRecord = false
    let backupActive = false
    let backupStoodDown = false
    let imageBeforeCrash = false
    let refused = false
    let primaryCrash: { t: number; at: number; fact: Observation } | undefined
    let failoverBy: number | undefined
    let disconnect: { t: number; at: number; afterBackupClaim: boolean; judged: { primary: boolean; backup: boolean } } | undefined
    let backupHasImage = false
    /** Whether each host has claimed the activation record (before or after a connection failure: either way it noticed). */
    const claimed = { primary: false, backup: false }
    /** Per host: when a freeze (host-pause) that began by the time it had to claim ends: it claims after it wakes. */
    const thaws = { primary: -1, backup: -1 }
    const replicating = () => primaryAlive && !primaryAlone && !primaryFenced && backupAlive && !backupActive
    const serving = () => (primaryAlive && !primaryFenced && !backupActive) || (backupAlive && backupActive)

    // Deadlines: each a time by which something must have happened, the event that set it, and what it was.
    let lastCapture: { t: number; at: number } | undefined
    /** Active slave: by when the backup's answer for the newest compared checkpoint must be in. */
    let answerBy = -Infinity
    let lastAck: { t: number; at: number } | undefined
    const due = new Map<number, { bound: number; at: number }>()
    const acks = new AckBounds(scenario)
    /** Per request/response client (bulk clients too, with TCP): when its stream last advanced, and how far. */
    const streams = new Map<string, { t: number; at: number; through: number }>()
    const rrClients = Array.from({ length: scenario.clients }, (_, i) => `client-${i + 1}`).slice(scenario.tcp?.bulkClients ?? 0)
    const allClients = Array.from({ length: scenario.clients }, (_, i) => `client-${i + 1}`)
    const watched = scenario.tcp ? allClients : rrClients
    // A client that stops after a number of requests may stand still once done.
    const clientsNeverStop = scenario.client.maxRequests <= 0

    /** The deadlines that passed by time `t` (each judged only if the whole window lay in a calm stretch). */
    const overdue = (t: number, at: number): Verdict | undefined => {
      for (const [epoch, d] of due)
        if (t > d.bound) return fail(this.id, d.at, d.bound, `checkpoint ${epoch} was not acknowledged by ${d.bound} us, its bound without faults`)
      const nextCaptureBy = lastCapture && Math.max(lastCapture.t, answerBy) + epochBound
      if (replicating() && lastCapture && nextCaptureBy !== undefined && t > nextCaptureBy && calm(lastCapture.t) && calm(nextCaptureBy))
        return fail(this.id, lastCapture.at, nextCaptureBy, `the primary took no checkpoint for ${(t - lastCapture.t) / 1000} ms (the policy's longest epoch is ${longestEpoch / 1000} ms)`)
      if (replicating() && lastAck && t > lastAck.t + ackGap && lastAck.t >= calmFrom)
        return fail(this.id, lastAck.at, lastAck.t + ackGap, `no checkpoint was acknowledged for ${(t - lastAck.t) / 1000} ms after the faults healed (one checkpoint takes at most ${ackGap / 1000} ms)`)
      if (serving() && clientsNeverStop) {
        // Where each watched client's current stall began, counted within the calm stretch `t` is in (-1: not judged).
        const stallFrom = watched.map((c) => {
          const last = streams.get(c)?.t ?? scenario.clientStartUs
          const from = t < h.firstFault ? last : t >= calmFrom ? Math.max(last, calmFrom) : -1
          // A link with a backlog (the guest dirties memory faster than the policy's checkpoints cross it) delays the
          // response: its checkpoint, sent within streamGap of the stall's start, queues behind what was sent by then.
          const limit = Math.max(from + streamGap, acks.clearsBy(from + streamGap) + responseAfterAckUs)
          return from >= 0 && t > limit ? from : -1
        })
        const judged = scenario.tcp ? (stallFrom.every((x) => x >= 0) ? Math.max(...stallFrom) : -1) : Math.max(-1, ...stallFrom)
        if (judged >= 0) {
          const who = scenario.tcp ? "no client's stream moved" : `${watched.filter((_, i) => stallFrom[i] >= 0).join(", ")}: stream did not move`
          return fail(this.id, at, judged + streamGap, `${who} for ${streamGap / 1000} ms from ${(judged / 1000).toFixed(3)} ms, with no fault to excuse it`)
        }
      }
      if (disconnect && t > disconnect.t + SLACK_US) {
        const backupCould = backupAlive && backupHasImage && !backupActive && !backupStoodDown && !refused
        const d = disconnect
        // Each host is judged once its own deadline has passed (a paused host's runs from when it wakes).
        const due = (who: "primary" | "backup") => Math.max(d.t, thaws[who]) + SLACK_US
        for (const who of ["primary", "backup"] as const) {
          if (d.judged[who] || t <= due(who)) continue
          d.judged[who] = true
          const owes = !claimed[who] && (who === "primary" ? primaryAlive && !primaryAlone && !primaryFenced && !(d.afterBackupClaim && backupHoldsRecord) : backupCould)
          if (owes) return fail(this.id, d.at, due(who), `the replication connection failed at ${d.t / 1000} ms and the ${who} did not claim the activation record`)
        }
      }
      if (primaryCrash && !primaryAlive && backupAlive && imageBeforeCrash && !backupActive && !backupStoodDown && !refused && !primaryAlone) {
        // Other faults may delay the failover until they are over; this crash itself is what it answers.
        failoverBy ??= Math.max(primaryCrash.t, horizonOf(scenario, faults, trace.facts, primaryCrash.fact).healed) + failoverBoundUs(scenario)
        const by = failoverBy
        if (t > by) return fail(this.id, primaryCrash.at, by, `the backup had not resumed ${(by - primaryCrash.t) / 1000} ms after the primary crashed`)
      }
      return undefined
    }

    // Deadlines are checked once per virtual millisecond at most (a witness names its deadline, not the fact that found it late).
    let checkedAt = -Infinity
    for (const f of trace.facts) {
      if (f.t >= checkedAt + 1000) {
        checkedAt = f.t
        const late = overdue(f.t, f.at)
        if (late) return late
      }
      switch (f.kind) {
        case "quiescent":
          return fail(this.id, f.at, f.t, "the event queue ran dry before the end of the run: a deadlock")
        case "capture":
          if (f.host === "primary") lastCapture = { t: f.t, at: f.at }
          break
        case "checkpoint-sent": {
          const bound = acks.sent(f)
          if (bound < h.firstFault && bound < end) due.set(f.epoch, { bound, at: f.at })
          break
        }
        case "presend":
          acks.early(f)
          break
        case "slave-hashes":
          // The next capture waits for the backup's answer (the epoch loop selects k's pages before it goes on).
          answerBy = acks.compared(f)
          break
        case "ack-received":
          due.delete(f.epoch)
          lastAck = { t: f.t, at: f.at }
          break
        case "apply":
          if (!primaryCrash) imageBeforeCrash = true
          backupHasImage = true
          break
        case "fault-acted":
          if (f.fault === "link-disconnect") disconnect ??= { t: f.t, at: f.at, afterBackupClaim: claimed.backup, judged: { primary: false, backup: false } }
          break
        case "pause":
          if (!disconnect || f.t <= disconnect.t + SLACK_US) thaws[f.host] = Math.max(thaws[f.host], f.untilUs)
          break
        case "claim":
          claimed[f.host] = true
        // falls through: a claim, like a failover, needs a fault
        case "failover-detected":
          if (f.t < h.firstFault) return fail(this.id, f.at, f.t, `${f.kind === "claim" ? `${f.host} claimed the activation record` : "the backup began a failover"} with no fault acting`)
          break
        case "crash":
          if (f.host === "backup") backupAlive = false
          else {
            primaryAlive = false
            primaryCrash ??= { t: f.t, at: f.at, fact: f }
          }
          break
        case "lease":
          if (f.host === "primary" && f.granted) primaryAlone = true
          if (f.host === "primary" && !f.granted) primaryFenced = true
          if (f.host === "backup" && !f.granted) backupStoodDown = true
          if (f.host === "backup" && f.granted) backupHoldsRecord = true
          break
        case "resumed":
          backupActive = true
          break
        case "unprotected":
          if (f.host === "primary") primaryAlone = true
          break
        case "failover-refused":
          refused = true
          break
        case "client-recv": {
          const s = streams.get(f.client)
          if (!s || f.offset + f.len > s.through) streams.set(f.client, { t: f.t, at: f.at, through: Math.max(s?.through ?? 0, f.offset + f.len) })
          break
        }
      }
    }
    return overdue(end, trace.facts.length ? trace.facts[trace.facts.length - 1].at : 0) ?? pass(this.id)
  },
}
