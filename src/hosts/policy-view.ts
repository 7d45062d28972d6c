import type { GuestMemory } from "../memory/guest-memory.ts"
import type { OutputBuffer } from "../net/output-buffer.ts"
import type { HypervisorView, PolicyObservation } from "../policy/index.ts"
import type { Micros } from "../sim/time.ts"
import type { StorageBuffer } from "../storage/storage-buffer.ts"

/** Acknowledgements the rate under a backlog is measured over. */
const RATE_WINDOW = 8

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
  /** The newest acknowledgements (when, and the checkpoint's bytes), for the rate under a backlog. */
  private readonly recentAcks: Array<{ at: Micros; bytes: number }> = []

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

  /**
   * Checkpoint `epoch` is acknowledged. If the link was idle when it was
   * sent (the previous acknowledgement came before), its bytes over its
   * send-to-acknowledgement time are the rate the link has shown. If it
   * queued behind others, that time counts the queueing too (a policy
   * reading it would see a slower link the longer the backlog, and
   * checkpoint ever more often): then the rate is what the link delivered,
   * the bytes of the last few acknowledged checkpoints over the time between
   * their acknowledgements.
   */
  acked(epoch: number, now: Micros): void {
    for (const [e, s] of this.sent) {
      if (e > epoch) continue
      this.sent.delete(e)
      if (e !== epoch) continue
      const queued = this.recentAcks.length > 0 && this.recentAcks[this.recentAcks.length - 1].at > s.at
      // Acknowledgements that arrive together (one covering several checkpoints) are one delivery.
      const last = this.recentAcks[this.recentAcks.length - 1]
      if (last && last.at === now) last.bytes += s.bytes
      else this.recentAcks.push({ at: now, bytes: s.bytes })
      if (this.recentAcks.length > RATE_WINDOW + 1) this.recentAcks.shift()
      this.lastTransferUs = now - s.at
      // Over fewer acknowledgements, a transfer that overlapped the previous checkpoint's apply would look too fast.
      if (!queued || this.recentAcks.length < RATE_WINDOW / 2 + 1) {
        if (this.lastTransferUs > 0) this.linkBytesPerSecond = (s.bytes * 1e6) / this.lastTransferUs
      } else {
        const first = this.recentAcks[0]
        const bytes = this.recentAcks.slice(1).reduce((n, a) => n + a.bytes, 0)
        if (now > first.at) this.linkBytesPerSecond = (bytes * 1e6) / (now - first.at)
      }
    }
  }

  /** Checkpoints sent and not yet acknowledged: the link is busy with them. */
  get unackedCheckpoints(): number {
    return this.sent.size
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
      unackedCheckpoints: this.sent.size,
      lastPauseUs: this.lastPauseUs,
      lastTransferUs: this.lastTransferUs,
    }
  }
}
