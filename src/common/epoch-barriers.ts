/**
 * What the guest produced, held per epoch behind barriers until the epoch
 * commits: the base of the hypervisor's network output buffer and its disk
 * write buffer. Items of the open epoch belong to the next barrier.
 */
export class EpochBarriers<T> {
  protected openEpoch = 0
  protected open: T[] = []
  protected readonly closed = new Map<number, T[]>()

  get epoch(): number {
    return this.openEpoch
  }

  /** What the open epoch holds so far, oldest first. */
  get held(): readonly T[] {
    return this.open
  }

  hold(item: T): void {
    this.open.push(item)
  }

  /** Barrier k: what was held so far belongs to epoch k. */
  closeBarrier(epoch: number): T[] {
    const mine = this.open
    this.closed.set(epoch, mine)
    this.open = []
    this.openEpoch = epoch + 1
    return mine
  }

  /** Remove and return epoch k's items (for release). */
  take(epoch: number): T[] {
    const items = this.closed.get(epoch) ?? []
    this.closed.delete(epoch)
    return items
  }

  /** Everything held, oldest epoch first, then the open epoch (going unprotected). */
  takeAll(): T[] {
    const out = [...this.closed.keys()].sort((a, b) => a - b).flatMap((e) => this.take(e))
    out.push(...this.open)
    this.open = []
    return out
  }
}
