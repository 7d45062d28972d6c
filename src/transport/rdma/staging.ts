import type { Rng } from "../../sim/rng.ts"

/**
 * The backup's registered staging memory, written by the primary's one-sided
 * RDMA WRITEs with no backup CPU involved. It has a few slots (checkpoint k
 * goes to slot k mod slots); a checkpoint's header and each of its page
 * records has a position in its slot. A WRITE places its records in an order
 * drawn from the transport's seeded stream over the time its bytes arrive
 * (no order within a message); whoever reads a position before its new
 * record landed reads what the slot held there before: the record of an
 * older checkpoint, or nothing if the position was never written.
 *
 * Values are copies (registered memory is the backup's own: the primary's
 * buffers may be reused once the WRITE is done).
 */
interface Landing<T> {
  value: T
  landAt: number
}

interface Cell<T> {
  newest: Landing<T>
  before?: Landing<T>
}

export class StagingRegion<T> {
  private readonly slots: Map<number, Cell<T>>[]

  constructor(readonly slotCount: number) {
    this.slots = Array.from({ length: slotCount }, () => new Map())
  }

  slotOf(epoch: number): number {
    return epoch % this.slotCount
  }

  /**
   * One WRITE of `values` to consecutive positions from `first` of `slot`,
   * whose bytes arrive from `fromUs` to `toUs`: each value lands at a time of
   * its own in that span, in an order drawn from `rng`; the last at `toUs`.
   */
  write(slot: number, first: number, values: readonly T[], fromUs: number, toUs: number, rng: Rng): void {
    const order = shuffled(values.length, rng)
    const span = Math.max(0, toUs - fromUs)
    const cells = this.slots[slot]
    for (let i = 0; i < values.length; i++) {
      const landAt = fromUs + Math.ceil((span * (order[i] + 1)) / values.length)
      const cell = cells.get(first + i)
      const landing = { value: values[i], landAt }
      if (!cell) cells.set(first + i, { newest: landing })
      else {
        // What a later reader may still see: the newest landing before this one.
        cell.before = cell.newest.landAt <= landAt ? cell.newest : cell.before
        cell.newest = landing
      }
    }
  }

  /** What a reader of `slot` at `t` sees at `count` positions from `first` (undefined: never written). */
  read(slot: number, first: number, count: number, t: number): Array<T | undefined> {
    const cells = this.slots[slot]
    const out: Array<T | undefined> = []
    for (let p = first; p < first + count; p++) {
      const cell = cells.get(p)
      out.push(!cell ? undefined : cell.newest.landAt <= t ? cell.newest.value : cell.before && cell.before.landAt <= t ? cell.before.value : undefined)
    }
    return out
  }

  /** Positions of `slot` whose newest value has not landed by `t` (a torn read, if anyone reads now). */
  unlanded(slot: number, first: number, count: number, t: number): number {
    const cells = this.slots[slot]
    let n = 0
    for (let p = first; p < first + count; p++) if ((cells.get(p)?.newest.landAt ?? Infinity) > t) n++
    return n
  }
}

/** A permutation of 0..n-1 (Fisher-Yates on the seeded stream). */
const shuffled = (n: number, rng: Rng): Int32Array => {
  const a = new Int32Array(n)
  for (let i = 0; i < n; i++) a[i] = i
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i)
    const t = a[i]
    a[i] = a[j]
    a[j] = t
  }
  return a
}
