import type { Trace } from "../sim/trace.ts"
import type { Micros } from "../sim/time.ts"

export interface FailoverMetrics {
  detectedAtUs: Micros
  resumedAtUs: Micros
  restoredEpoch: number
}

export interface RunMetrics {
  /** Checkpoints after the initial sync whose acknowledgement reached the primary. */
  epochsCommitted: number
  /** Bytes the primary put on the replication link (checkpoints, with framing). */
  replicationBytes: number
  /** Mean guest pause per checkpoint, initial sync excluded. */
  meanPauseUs: number
  /** Mean time from the guest producing a packet to the packet leaving the host. */
  meanOutputDelayUs: number
  /** In-order stream bytes all clients received. */
  clientBytes: number
  failover: FailoverMetrics | null
}

/** Metrics from the trace alone, so a replayed trace yields the same figures. */
export const metricsOf = (trace: Trace): RunMetrics => {
  let epochsCommitted = 0
  let replicationBytes = 0
  let pauseSum = 0
  let pauses = 0
  let delaySum = 0
  let packets = 0
  let detectedAtUs = -1
  let resumedAtUs = -1
  let restoredEpoch = -1
  const pieces = new Map<string, Array<[number, number]>>()
  for (const f of trace.facts) {
    switch (f.kind) {
      case "ack-received":
        if (f.epoch > 0) epochsCommitted++
        break
      case "checkpoint-sent":
        replicationBytes += f.bytes
        break
      case "capture":
        if (f.epoch > 0) {
          pauseSum += f.pauseUs
          pauses++
        }
        break
      case "packet-out":
        delaySum += f.t - f.producedAt
        packets++
        break
      case "client-recv": {
        const list = pieces.get(f.client) ?? []
        list.push([f.offset, f.offset + f.len])
        pieces.set(f.client, list)
        break
      }
      case "failover-detected":
        if (detectedAtUs < 0) detectedAtUs = f.t
        break
      case "restore":
        restoredEpoch = f.epoch
        break
      case "resumed":
        resumedAtUs = f.t
        break
    }
  }
  return {
    epochsCommitted,
    replicationBytes,
    meanPauseUs: pauses ? Math.round(pauseSum / pauses) : 0,
    meanOutputDelayUs: packets ? Math.round(delaySum / packets) : 0,
    clientBytes: [...pieces.values()].reduce((sum, list) => sum + contiguousPrefix(list), 0),
    failover: resumedAtUs >= 0 ? { detectedAtUs, resumedAtUs, restoredEpoch } : null,
  }
}

/** How far from offset 0 the received pieces cover the stream without a gap. */
const contiguousPrefix = (list: Array<[number, number]>): number => {
  let through = 0
  for (const [from, to] of [...list].sort((a, b) => a[0] - b[0])) {
    if (from > through) break
    through = Math.max(through, to)
  }
  return through
}
