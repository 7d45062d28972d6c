import type { Observation } from "../../sim/observations.ts"

/** Where one epoch's checkpoint stood when: each phase as [from, to] in microseconds, absent if the run never got there. */
export interface EpochPhases {
  epoch: number
  /** The guest stopped for the capture. */
  pause: [number, number]
  /** From the checkpoint leaving the primary to the backup holding all of it. */
  transfer?: [number, number]
  /** From the backup holding it to the primary learning of the acknowledgement. */
  ack?: [number, number]
  /** The first of the epoch's output the primary released. */
  release?: number
}

/**
 * The epochs of a run as bands, from its facts alone (what the hosts did,
 * not what the configuration says they should): capture and its pause, the
 * transfer, the acknowledgement and the first release of each epoch.
 */
export const epochPhases = (facts: readonly Observation[]): EpochPhases[] => {
  const byEpoch = new Map<number, EpochPhases>()
  const sent = new Map<number, number>()
  const complete = new Map<number, number>()
  // A consolidated run: the epochs of the first VM any fact names (facts about the shared backup name none).
  const vm = facts.find((f) => f.vm !== undefined)?.vm
  for (const f of facts) {
    if (f.vm !== vm) continue
    if (f.kind === "capture" && f.host === "primary" && !byEpoch.has(f.epoch)) byEpoch.set(f.epoch, { epoch: f.epoch, pause: [f.t, f.t + f.pauseUs] })
    else if (f.kind === "checkpoint-sent" && !sent.has(f.epoch)) sent.set(f.epoch, f.t)
    else if (f.kind === "checkpoint-complete" && !complete.has(f.epoch)) {
      complete.set(f.epoch, f.t)
      const e = byEpoch.get(f.epoch)
      if (e) e.transfer = [sent.get(f.epoch) ?? e.pause[1], f.t]
    } else if (f.kind === "ack-received") {
      const e = byEpoch.get(f.epoch)
      if (e && !e.ack) e.ack = [complete.get(f.epoch) ?? f.t, f.t]
    } else if (f.kind === "packet-out" && f.mode === "protected" && f.host === "primary") {
      const e = byEpoch.get(f.epoch)
      if (e && e.release === undefined) e.release = f.t
    }
  }
  return [...byEpoch.values()].sort((a, b) => a.epoch - b.epoch)
}
