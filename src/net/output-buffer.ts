import type { Segment } from "../workload/segment.ts"

/**
 * The hypervisor's output queue. Everything the guest sends in epoch k sits
 * behind barrier k until checkpoint k is acknowledged. Inbound traffic does
 * not pass through here: it reaches the guest at once.
 */
export class OutputBuffer {
  private openEpoch = 0
  private open: Segment[] = []
  private readonly closed = new Map<number, Segment[]>()

  get epoch(): number {
    return this.openEpoch
  }

  enqueue(segment: Segment): void {
    segment.epoch = this.openEpoch
    this.open.push(segment)
  }

  /** Put barrier k in the queue: what the guest sent so far belongs to epoch k. */
  closeBarrier(epoch: number): Segment[] {
    const mine = this.open
    this.closed.set(epoch, mine)
    this.open = []
    this.openEpoch = epoch + 1
    return mine
  }

  /** Remove and return epoch k's segments (for release). */
  take(epoch: number): Segment[] {
    const s = this.closed.get(epoch) ?? []
    this.closed.delete(epoch)
    return s
  }

  /** Everything held, oldest epoch first, then the open epoch (going unprotected). */
  takeAll(): Segment[] {
    const epochs = [...this.closed.keys()].sort((a, b) => a - b)
    const out = epochs.flatMap((e) => this.take(e))
    out.push(...this.open)
    this.open = []
    return out
  }
}
