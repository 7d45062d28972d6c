import type { Micros } from "../sim/time.ts"

/**
 * What a checkpoint policy may see, at one instant: what a hypervisor sees of
 * its guest, its output and its replication link (primer, section 2.3). The
 * primary host answers it (src/hosts/primary-host.ts); a policy sees nothing
 * else of the host.
 */
export interface PolicyObservation {
  readonly now: Micros
  /** The epoch running: the number of the next checkpoint. */
  readonly epoch: number
  /** When that epoch began (the guest resumed after the last capture). */
  readonly epochStartedAt: Micros
  /** Pages the guest has dirtied since the last capture (the dirty log). */
  readonly dirtyPages: number
  /** Those pages per second of the epoch so far (0 at its start). */
  readonly dirtyPagesPerSecond: number
  /** Packets held behind the open barrier, their payload bytes, and when the oldest was produced (undefined: none held). */
  readonly heldPackets: number
  readonly heldBytes: number
  readonly oldestHeldAt: Micros | undefined
  /** Disk writes held behind the open barrier. */
  readonly heldDiskWrites: number
  /** The rate the replication link has shown: the last acknowledged checkpoint's bytes over its send-to-acknowledgement time (undefined before one). */
  readonly linkBytesPerSecond: number | undefined
  /** Checkpoints handed to the link and not acknowledged yet (above one: a backlog). */
  readonly unackedCheckpoints: number
  /** The last checkpoint's pause, and its transfer time (sent to acknowledged), once known. */
  readonly lastPauseUs: Micros | undefined
  readonly lastTransferUs: Micros | undefined
}

/** The one thing a policy is given: a way to look. */
export interface HypervisorView {
  observe(): PolicyObservation
}
