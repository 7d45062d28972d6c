import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import type { GuestMemory } from "../memory/guest-memory.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { readRecording, type Recording } from "../record/recording.ts"
import type { Micros } from "../sim/time.ts"

/**
 * A recording of a real process (`epochlab record`) replayed as the guest's
 * memory activity: recorded page k is guest page k + 1 (page 0 stays the
 * service's state page), snapshot 0 is the memory the guest boots with, and
 * snapshot e's changed pages are written when the guest's own clock (its
 * executed slices) passes e recording intervals. After the last snapshot it
 * starts again from snapshot 1 (pages that only later snapshots changed keep
 * their last values, so memory then mixes states the process never had at
 * once; the dirty pages per interval are still the recorded ones). Driven by the vCPU's tick count alone, so a
 * restored backup replays from where its checkpoint stood.
 */
export class TraceReplay {
  private constructor(
    readonly file: string,
    readonly recording: Recording,
    /** SHA-256 of the file: a counterexample pins the recording it was found with. */
    readonly sha256: string,
  ) {}

  private static readonly loaded = new Map<string, TraceReplay>()

  /** Read once per file per process (a recording is immutable input, like the scenario). */
  static load(file: string): TraceReplay {
    let replay = TraceReplay.loaded.get(file)
    if (!replay) {
      const recording = readRecording(file)
      replay = new TraceReplay(file, recording, createHash("sha256").update(readFileSync(file)).digest("hex"))
      TraceReplay.loaded.set(file, replay)
    }
    return replay
  }

  /** Guest pages the replay needs: the recording's and the state page. */
  get pagesNeeded(): number {
    return this.recording.pages + 1
  }

  boot(memory: GuestMemory): void {
    this.write(memory, 0)
  }

  /** The guest has just executed slice `ticks`: write every snapshot whose time has come. */
  tick(memory: GuestMemory, ticks: number, tickUs: Micros): void {
    const intervalUs = this.recording.intervalMs * 1000
    const last = Math.floor(((ticks - 1) * tickUs) / intervalUs)
    const now = Math.floor((ticks * tickUs) / intervalUs)
    for (let e = last + 1; e <= now; e++) this.write(memory, this.snapshotAt(e))
  }

  private snapshotAt(e: number): number {
    const n = this.recording.epochs.length
    return n <= 1 ? 0 : 1 + ((e - 1) % (n - 1))
  }

  private write(memory: GuestMemory, snapshot: number): void {
    const { indices, data } = this.recording.epochs[snapshot]
    for (let i = 0; i < indices.length; i++) memory.writable(indices[i] + 1).set(data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE))
  }
}
