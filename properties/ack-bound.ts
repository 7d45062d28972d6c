import type { Scenario } from "../src/scenario/scenario.ts"
import { serializationUs } from "../src/sim/time.ts"
import { SLACK_US } from "./horizon.ts"
import { needBytes } from "../src/transport/tcp/framing.ts"

/**
 * When each checkpoint must be acknowledged at the latest with nothing
 * disturbing the run: FIFO behind the checkpoints ahead of it on the link
 * (each message's serialisation rounded up to a microsecond, as the link
 * does) and in the backup's apply queue, then the acknowledgement's way
 * back. Fed the checkpoint-sent facts in order; progress and
 * bounded-output-delay share it.
 */
export class AckBounds {
  private linkFree = 0
  private applyFree = 0
  /** After each checkpoint handed over: when it was, and when the backlog then cleared (for `clearsBy`). */
  private readonly history: Array<{ t: number; clears: number }> = []

  constructor(private readonly scenario: Scenario) {}

  /** Checkpoint `f` was handed to the link: the latest its acknowledgement may arrive. */
  sent(f: { t: number; bytes: number; messages: number; pages: number }): number {
    const { link, host } = this.scenario
    this.linkFree = Math.max(f.t, this.linkFree) + serializationUs(f.bytes, link.bytesPerSecond) + f.messages - 1
    this.applyFree = Math.max(this.linkFree + link.latencyUs, this.applyFree) + Math.max(1, Math.ceil(f.pages * host.applyUsPerPage))
    this.history.push({ t: f.t, clears: this.applyFree })
    return this.applyFree + link.latencyUs + SLACK_US
  }

  /** Pages of a checkpoint sent early (speculative state transfer): they hold the link like any message. */
  early(f: { t: number; bytes: number; messages: number }): void {
    this.linkFree = Math.max(f.t, this.linkFree) + serializationUs(f.bytes, this.scenario.link.bytesPerSecond) + f.messages - 1
  }

  /**
   * Active slave: checkpoint k's hashes were handed to the link (fact `f`).
   * The backup answers once they are in and checkpoint k-1 is applied (its
   * slave runs k from there); the latest the answer reaches the primary.
   */
  compared(f: { t: number; bytes: number; messages: number; listed: number }): number {
    const { link } = this.scenario
    this.early(f)
    const ready = Math.max(this.linkFree + link.latencyUs, this.applyFree)
    return ready + serializationUs(needBytes(f.listed), link.bytesPerSecond) + link.latencyUs + SLACK_US
  }

  /** When the backlog of everything handed to the link by `t` clears (the last checkpoint sent by then is applied). */
  clearsBy(t: number): number {
    let lo = 0
    let hi = this.history.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.history[mid].t <= t) lo = mid + 1
      else hi = mid
    }
    return lo === 0 ? 0 : this.history[lo - 1].clears
  }

}
