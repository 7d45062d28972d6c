import type { Scenario } from "../src/scenario/scenario.ts"
import { serializationUs } from "../src/sim/time.ts"
import { fail, pass, type Property } from "./property.ts"

/** Scheduling slack on top of every computed bound. */
const SLACK_US = 1000

/** From a primary crash to the backup running the guest: silence detected, record claimed, image restored. */
export const failoverBoundUs = (s: Scenario): number =>
  s.link.latencyUs + s.host.detectionTimeoutUs + s.host.storageLatencyUs + s.host.restoreUs + SLACK_US

/** From the backup resuming to the client receiving new bytes: a lost request's retransmission at worst. */
export const resumeBoundUs = (s: Scenario): number => 2 * s.client.minRtoUs + 2 * s.clientPath.latencyUs + 2 * s.host.epochUs

/**
 * progress, with bounds derived from the scenario:
 * - without faults, checkpoint k is acknowledged by the time the link could
 *   have carried it (FIFO behind the checkpoints ahead of it at the link's
 *   bandwidth) and the backup could have applied it (applies run one at a
 *   time, so behind the applies ahead of it), plus both latencies;
 * - after a primary crash, the backup resumes within the detection timeout
 *   plus fencing plus restore, and the client's stream moves again within a
 *   request retransmission after that;
 * - after the primary goes on alone (its backup gone), the client's stream
 *   moves again within the same bound;
 * - the simulation never runs out of events before its end (deadlock).
 * Each clause is judged only where its premise holds (no faults yet; a crash
 * with the backup and the link intact; enough run left to see it).
 */
export const progress: Property = {
  id: "progress",
  explanation: "The protocol stalled: a checkpoint, a failover or the client's stream took longer than its bound, or nothing could happen any more.",
  check({ trace, scenario }) {
    const { link, host } = scenario
    // When the first fault actually acted (a fault in the schedule that never fires excuses nothing).
    const firstFault = Math.min(...trace.facts.filter((f) => f.kind === "crash" || f.kind === "fault-acted").map((f) => f.t), Infinity)
    let linkFree = 0
    let applyFree = 0
    const due = new Map<number, { bound: number; at: number }>()
    let primaryCrash: { t: number; at: number } | undefined
    let backupCrashed = false
    let resumed: { t: number; at: number } | undefined
    // The backup holds an image (some checkpoint applied) when the primary crashes: otherwise there is nothing to fail over to.
    let imageBeforeCrash = false
    let alone: { t: number; at: number } | undefined
    const seenBeforeAlone = new Map<string, number>()
    const movedAlone = new Set<string>()
    // Per client: how far its stream had got before the crash, and whether it got further after the failover.
    const seenBeforeCrash = new Map<string, number>()
    const moved = new Set<string>()
    for (const f of trace.facts) {
      switch (f.kind) {
        case "quiescent":
          return fail(this.id, f.at, f.t, "the event queue ran dry before the end of the run: a deadlock")
        case "checkpoint-sent": {
          linkFree = Math.max(f.t, linkFree) + serializationUs(f.bytes, link.bytesPerSecond)
          applyFree = Math.max(linkFree + link.latencyUs, applyFree) + Math.max(1, Math.ceil(f.pages * host.applyUsPerPage))
          const bound = applyFree + link.latencyUs + SLACK_US
          if (bound < firstFault && bound < scenario.durationUs) due.set(f.epoch, { bound, at: f.at })
          break
        }
        case "ack-received":
          due.delete(f.epoch)
          break
        case "apply":
          if (!primaryCrash) imageBeforeCrash = true
          break
        case "crash":
          if (f.host === "backup") backupCrashed = true
          else primaryCrash ??= { t: f.t, at: f.at }
          break
        case "resumed":
          resumed ??= { t: f.t, at: f.at }
          break
        case "unprotected":
          if (f.host === "primary") alone ??= { t: f.t, at: f.at }
          break
        case "client-recv": {
          const before = seenBeforeCrash.get(f.client) ?? 0
          if (!primaryCrash) seenBeforeCrash.set(f.client, Math.max(before, f.offset + f.len))
          else if (resumed && f.offset + f.len > before) moved.add(f.client)
          const beforeAlone = seenBeforeAlone.get(f.client) ?? 0
          if (!alone) seenBeforeAlone.set(f.client, Math.max(beforeAlone, f.offset + f.len))
          else if (f.offset + f.len > beforeAlone) movedAlone.add(f.client)
          break
        }
      }
      for (const [epoch, d] of due)
        if (f.t > d.bound) return fail(this.id, d.at, f.t, `checkpoint ${epoch} was not acknowledged by ${d.bound} us, its bound without faults`)
    }
    const end = scenario.durationUs
    for (const [epoch, d] of due) if (end > d.bound) return fail(this.id, d.at, d.bound, `checkpoint ${epoch} was never acknowledged`)

    // A clean primary crash: the backup alive and able to take over (a shared backup may have no room for a second failover), no link or client faults to excuse a delay.
    const clean = primaryCrash && !backupCrashed && !trace.facts.some((f) => f.kind === "fault-acted" || f.kind === "failover-refused")
    if (clean && imageBeforeCrash && primaryCrash!.t >= scenario.clientStartUs) {
      const failoverBy = primaryCrash!.t + failoverBoundUs(scenario)
      if (end > failoverBy && (!resumed || resumed.t > failoverBy))
        return fail(this.id, primaryCrash!.at, primaryCrash!.t, `the backup had not resumed ${failoverBoundUs(scenario) / 1000} ms after the primary crashed`)
      const movedBy = (resumed?.t ?? failoverBy) + resumeBoundUs(scenario)
      const stuck = [...seenBeforeCrash.keys()].filter((c) => !moved.has(c))
      if (end > movedBy && stuck.length > 0)
        return fail(this.id, resumed!.at, resumed!.t, `${stuck.join(", ")}: stream did not move within ${resumeBoundUs(scenario) / 1000} ms of the failover`)
    }
    // The primary on its own: nothing holds its output any more, so its clients' streams go on (unless it crashed or their packets were tampered with).
    // With real TCP a connection starved before (say by a full speculation buffer) may sit in its retransmission backoff for longer than
    // the bound: that is TCP, not the protocol. There the guest must still be serving someone: one stream moving is enough.
    const clientFaults = trace.facts.some((f) => f.kind === "fault-acted" && f.fault.startsWith("client-"))
    if (alone && !primaryCrash && !clientFaults) {
      const movedBy = alone.t + resumeBoundUs(scenario)
      const stuck = [...seenBeforeAlone.keys()].filter((c) => !movedAlone.has(c))
      const serving = scenario.tcp ? movedAlone.size > 0 : stuck.length === 0
      if (end > movedBy && stuck.length > 0 && !serving)
        return fail(this.id, alone.at, alone.t, `${stuck.join(", ")}: stream did not move within ${resumeBoundUs(scenario) / 1000} ms of the primary going on alone`)
    }
    return pass(this.id)
  },
}
