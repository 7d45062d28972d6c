import type { Micros } from "./time.ts"

/** One pending delivery. `seq` breaks ties so equal-time events keep their scheduling order. */
export interface Pending<T> {
  readonly at: Micros
  readonly seq: number
  readonly item: T
  cancelled: boolean
}

/** A binary min-heap ordered by (at, seq): the kernel's single event queue. */
export class EventQueue<T> {
  private heap: Pending<T>[] = []
  private nextSeq = 0

  get size(): number {
    return this.heap.length
  }

  push(at: Micros, item: T): Pending<T> {
    const entry: Pending<T> = { at, seq: this.nextSeq++, item, cancelled: false }
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
    return entry
  }

  peek(): Pending<T> | undefined {
    return this.heap[0]
  }

  pop(): Pending<T> | undefined {
    const h = this.heap
    if (h.length === 0) return undefined
    const top = h[0]
    const last = h.pop()!
    if (h.length > 0) {
      let i = 0
      const n = h.length
      for (;;) {
        const l = 2 * i + 1
        if (l >= n) break
        const r = l + 1
        const c = r < n && before(h[r], h[l]) ? r : l
        if (!before(h[c], last)) break
        h[i] = h[c]
        i = c
      }
      h[i] = last
    }
    return top
  }
}

const before = <T>(a: Pending<T>, b: Pending<T>): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq)
