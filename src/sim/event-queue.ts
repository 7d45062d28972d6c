import type { Micros } from "./time.ts"

/** One pending delivery. `seq` breaks ties so equal-time events keep their scheduling order. */
export interface Pending<T> {
  readonly at: Micros
  readonly seq: number
  /** Among entries due at one instant, lower ranks come first (0 for all by default: first queued, first out). */
  readonly rank: number
  readonly item: T
  /** Set by `EventQueue.cancel`: the entry stays queued (or is dropped at a compaction) and is skipped when popped. */
  cancelled: boolean
}

/**
 * A binary min-heap ordered by (at, seq): the kernel's single event queue.
 *
 * A cancelled entry stays in the heap until popped (the caller skips it), but
 * timers are re-armed far more often than they fire (a TCP sender's
 * retransmission timer, on every acknowledgement), so cancelled entries can
 * outnumber live ones twenty to one. When cancellations since the last
 * compaction reach half the heap, the heap is rebuilt from its live entries.
 * (at, seq) is a total order, so the live entries come out in the same order
 * either way.
 */
export class EventQueue<T> {
  private heap: Pending<T>[] = []
  private nextSeq = 0
  /** Cancellations since the last compaction: at least the cancelled entries still in the heap (an entry cancelled after it was popped counts too). */
  private cancels = 0

  get size(): number {
    return this.heap.length
  }

  /** The live entries, in no particular order (for a summary of what is pending). */
  live(): Pending<T>[] {
    return this.heap.filter((e) => !e.cancelled)
  }

  push(at: Micros, item: T, rank = 0): Pending<T> {
    const entry: Pending<T> = { at, seq: this.nextSeq++, rank, item, cancelled: false }
    this.insert(entry)
    return entry
  }

  /**
   * Queue a popped entry again at `at` (with `rank`), behind everything of
   * that rank queued so far for that instant. The entry stays the same object, so its holder can still
   * cancel it.
   */
  requeue(entry: Pending<T>, at: Micros, rank = entry.rank): void {
    const e = entry as { at: Micros; seq: number; rank: number }
    e.at = at
    e.seq = this.nextSeq++
    e.rank = rank
    this.insert(entry)
  }

  private insert(entry: Pending<T>): void {
    const h = this.heap
    h.push(entry)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(entry, h[parent])) break
      h[i] = h[parent]
      i = parent
    }
    h[i] = entry
  }

  peek(): Pending<T> | undefined {
    return this.heap[0]
  }

  pop(): Pending<T> | undefined {
    const h = this.heap
    if (h.length === 0) return undefined
    const top = h[0]
    const last = h.pop()!
    if (h.length > 0) this.siftDown(0, last)
    return top
  }

  /** Cancel a queued entry: it will not come out of `pop` live (cancelling one already popped does nothing). */
  cancel(entry: Pending<T>): void {
    if (entry.cancelled) return
    entry.cancelled = true
    if (++this.cancels * 2 >= this.heap.length && this.heap.length >= COMPACT_FROM) this.compact()
  }

  /** Drop the cancelled entries and restore the heap order (Floyd's bottom-up construction). */
  private compact(): void {
    const h = this.heap.filter((e) => !e.cancelled)
    this.heap = h
    this.cancels = 0
    for (let i = (h.length >> 1) - 1; i >= 0; i--) this.siftDown(i, h[i])
  }

  /** Put `entry` at position `i` of the heap, or below it where the order requires. */
  private siftDown(i: number, entry: Pending<T>): void {
    const h = this.heap
    const n = h.length
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const c = r < n && before(h[r], h[l]) ? r : l
      if (!before(h[c], entry)) break
      h[i] = h[c]
      i = c
    }
    h[i] = entry
  }
}

/** Below this many entries a heap is not worth compacting. */
const COMPACT_FROM = 64

const before = <T>(a: Pending<T>, b: Pending<T>): boolean => a.at < b.at || (a.at === b.at && (a.rank < b.rank || (a.rank === b.rank && a.seq < b.seq)))
