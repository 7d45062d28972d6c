import type { Trace } from "../sim/trace.ts"
import type { Micros } from "../sim/time.ts"
import { Reassembly } from "../net/reassembly.ts"

export interface FailoverMetrics {
  detectedAtUs: Micros
  resumedAtUs: Micros
  restoredEpoch: number
  /** In a consolidated run: the VM that failed over. */
  vm?: string
}

/** Backup consolidation: who the shared backup took, who it refused (and why), and its fullest moment. */
export interface BackupHostMetrics {
  admitted: string[]
  refused: Array<{ vm: string; reason: string }>
  peakPages: number
  capacityPages: number
}

export interface RunMetrics {
  /** Checkpoints after the initial sync whose acknowledgement reached the primary. */
  epochsCommitted: number
  /** Bytes the primary put on the replication link (checkpoints with framing, pages sent early, the active slave's hash lists). */
  replicationBytes: number
  /** Dirty pages the checkpoints carried, whatever their encoding (x 4096 = raw dirty bytes). */
  dirtyPages: number
  /** Mean guest pause per checkpoint, initial sync excluded. */
  meanPauseUs: number
  /** Mean time from the guest producing a packet to the packet leaving the host. */
  meanOutputDelayUs: number
  /** In-order stream bytes all clients received. */
  clientBytes: number
  failover: FailoverMetrics | null
  /** Only in a consolidated run. */
  backupHost?: BackupHostMetrics
}

/** Metrics from the trace alone, so a replayed trace yields the same figures. */
export const metricsOf = (trace: Trace): RunMetrics => {
  let epochsCommitted = 0
  let replicationBytes = 0
  let dirtyPages = 0
  let pauseSum = 0
  let pauses = 0
  let delaySum = 0
  let packets = 0
  let detectedAtUs = -1
  let resumedAtUs = -1
  let restoredEpoch = -1
  let failedOver: string | undefined
  let backupHost: BackupHostMetrics | undefined
  const streams = new Map<string, Reassembly>()
  for (const f of trace.facts) {
    switch (f.kind) {
      case "ack-received":
        if (f.epoch > 0) epochsCommitted++
        break
      case "checkpoint-sent":
        replicationBytes += f.bytes
        dirtyPages += f.pages
        break
      case "presend":
      case "slave-hashes":
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
        const key = f.vm ? `${f.vm}/${f.client}` : f.client
        let r = streams.get(key)
        if (!r) streams.set(key, (r = new Reassembly()))
        r.add(f.offset, f.offset + f.len)
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
        failedOver = f.vm
        break
      case "admission":
        backupHost ??= { admitted: [], refused: [], peakPages: 0, capacityPages: 0 }
        if (f.admitted) backupHost.admitted.push(f.guest)
        else backupHost.refused.push({ vm: f.guest, reason: f.reason })
        break
      case "backup-charge":
        backupHost!.peakPages = Math.max(backupHost!.peakPages, f.totalPages)
        backupHost!.capacityPages = f.capacityPages
        break
    }
  }
  return {
    epochsCommitted,
    replicationBytes,
    dirtyPages,
    meanPauseUs: pauses ? Math.round(pauseSum / pauses) : 0,
    meanOutputDelayUs: packets ? Math.round(delaySum / packets) : 0,
    clientBytes: [...streams.values()].reduce((sum, r) => sum + r.through, 0),
    failover: resumedAtUs >= 0 ? { detectedAtUs, resumedAtUs, restoredEpoch, ...(failedOver ? { vm: failedOver } : {}) } : null,
    ...(backupHost ? { backupHost } : {}),
  }
}

