import { AckBounds } from "./ack-bound.ts"
import { horizonOf, longestEpochUs, SLACK_US } from "./horizon.ts"
import { fail, pass, type Property } from "./property.ts"
import { walk } from "./projection.ts"

/**
 * bounded-output-delay (primer, section 3): with any checkpoint policy, no
 * packet waits for its checkpoint longer than the policy's declared longest
 * epoch, plus that checkpoint's pause, plus its transfer and acknowledgement
 * (behind whatever the link still had to carry, as progress computes it),
 * plus the release. A packet's epoch is derived from when its first byte was
 * produced relative to the captures, as output-commit does; its checkpoint is
 * captured at most a longest epoch after that epoch began, so at most that
 * long after the byte.
 *
 * Judged where the run is calm (before its first fault, after the fault
 * horizon has settled), on what the primary released under output commit;
 * with real TCP a released byte may also wait for the client's window and the
 * relay's congestion control, which is not the checkpoint's doing, so those
 * scenarios are judged by progress alone.
 */
export const boundedOutputDelay: Property = {
  id: "bounded-output-delay",
  explanation: "A packet waited for its checkpoint longer than the policy's longest epoch plus the checkpoint's pause, transfer, acknowledgement and release allow.",
  check({ trace, scenario, faults }) {
    if (scenario.tcp) return pass(this.id)
    const h = horizonOf(scenario, faults, trace.facts)
    const calmFrom = h.healed < 0 ? Infinity : h.healed + h.settleUs
    const ceiling = longestEpochUs(scenario)
    const acks = new AckBounds(scenario)
    const pauseOf = new Map<number, number>()
    const ackWaitOf = new Map<number, number>()
    /** Active slave: from the hashes of a checkpoint to the backup's answer, at the latest (the checkpoint is sent after it). */
    const compareWaitOf = new Map<number, number>()
    /** ... and when that answer is due: the epoch loop takes the next checkpoint only after it. */
    const answerByOf = new Map<number, number>()
    const verdict = walk(trace.facts, (f, p) => {
      if (f.kind === "capture" && f.host === "primary") pauseOf.set(f.epoch, f.pauseUs)
      else if (f.kind === "checkpoint-sent") ackWaitOf.set(f.epoch, acks.sent(f) - f.t)
      else if (f.kind === "presend") acks.early(f)
      else if (f.kind === "slave-hashes") {
        const answerBy = acks.compared(f)
        compareWaitOf.set(f.epoch, answerBy - f.t)
        answerByOf.set(f.epoch, answerBy)
      }
      else if (f.kind === "packet-out" && f.host === "primary" && f.mode === "protected" && !f.retransmit) {
        const epoch = p.epochOf(f.producedAt)
        const ackWait = ackWaitOf.get(epoch)
        if (ackWait === undefined) return undefined // released without its checkpoint: output-commit's finding
        // With an active slave the epoch may outlast the policy's ceiling: its capture waits for the previous comparison's answer.
        const epochFrom = Math.max(f.producedAt, answerByOf.get(epoch - 1) ?? -Infinity)
        const bound = epochFrom + ceiling + (pauseOf.get(epoch) ?? 0) + (compareWaitOf.get(epoch) ?? 0) + ackWait + scenario.host.releaseLatencyUs + SLACK_US
        const calm = f.t < h.firstFault || f.producedAt >= calmFrom
        if (calm && f.t > bound)
          return fail(
            this.id,
            f.at,
            f.t,
            `${f.client}'s bytes ${f.offset}..${f.offset + f.len}, produced at ${f.producedAt / 1000} ms (epoch ${epoch}), left at ${f.t / 1000} ms: ${(f.t - f.producedAt) / 1000} ms, above the bound of ${(bound - f.producedAt) / 1000} ms (the policy's longest epoch is ${ceiling / 1000} ms)`,
          )
      }
      return undefined
    })
    if (verdict) return verdict
    return pass(this.id)
  },
}
