import type { GuestMemory } from "../memory/guest-memory.ts"
import type { OutputBuffer } from "../net/output-buffer.ts"
import type { HypervisorView, PolicyObservation } from "../policy/index.ts"
import type { Micros } from "../sim/time.ts"
import type { StorageBuffer } from "../storage/storage-buffer.ts"

/** What the view reads on the primary host. */
export interface ViewSources {
  now(): Micros
  /** Run the guest's slices due by now, so its dirty log is current (execution is lazy). */
  catchUp(): void
  memory: GuestMemory
  output: OutputBuffer
  disk: StorageBuffer
}

/**
 * The primary's answer to a checkpoint policy's questions (src/policy): the
 * dirty log, the held output and disk writes, and what the epoch loop has
 * measured of its own checkpoints (pause, send to acknowledgement, bytes).
 */
export class PrimaryView implements HypervisorView {
  private epochStartedAt: Micros = 0
  private readonly sent = new Map<number, { at: Micros; bytes: number }>()
  private lastPauseUs: Micros | undefined
  private lastTransferUs: Micros | undefined
  private linkBytesPerSecond: number | undefined

  constructor(private readonly s: ViewSources) {}

  /** The guest resumed: a new epoch runs from now. */
  resumed(now: Micros): void {
    this.epochStartedAt = now
  }

  captured(pauseUs: Micros): void {
    this.lastPauseUs = pauseUs
  }

  sentCheckpoint(epoch: number, now: Micros, bytes: number): void {
    this.sent.set(epoch, { at: now, bytes })
  }

  acked(epoch: number, now: Micros): void {
    for (const [e, s] of this.sent) {
      if (e > epoch) continue
      this.sent.delete(e)
      if (e !== epoch) continue
      this.lastTransferUs = now - s.at
      if (this.lastTransferUs > 0) this.linkBytesPerSecond = (s.bytes * 1e6) / this.lastTransferUs
    }
  }

  observe(): PolicyObservation {
    this.s.catchUp()
    const now = this.s.now()
    const dirtyPages = this.s.memory.dirtyPages
    const running = now - this.epochStartedAt
    const held = this.s.output.held
    let heldBytes = 0
    for (const p of held) heldBytes += p.len
    return {
      now,
      epoch: this.s.output.epoch,
      epochStartedAt: this.epochStartedAt,
      dirtyPages,
      dirtyPagesPerSecond: running > 0 ? (dirtyPages * 1e6) / running : 0,
      heldPackets: held.length,
      heldBytes,
      oldestHeldAt: held.length ? held[0].producedAt : undefined,
      heldDiskWrites: this.s.disk.held.length,
      linkBytesPerSecond: this.linkBytesPerSecond,
      lastPauseUs: this.lastPauseUs,
      lastTransferUs: this.lastTransferUs,
    }
  }
}
