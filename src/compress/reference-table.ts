import { fmix } from "../memory/page-hash.ts"

/**
 * The content-addressed table of references: bit-projection key -> the few
 * pages most recently sent with that key. It indexes pages by page number
 * only; the caller checks a candidate's key against the bytes it would
 * actually reference, so an entry left behind by a page that changed since is
 * skipped, never trusted (the table follows the image, lazily).
 */
export const WAYS = 4

export class ReferenceTable {
  private readonly slots: Int32Array
  private readonly mask: number

  constructor(pages: number) {
    let buckets = 1
    while (buckets < pages) buckets <<= 1
    this.mask = buckets - 1
    this.slots = new Int32Array(buckets * WAYS).fill(-1)
  }

  /** Put `page` first in its key's bucket (most recent first; the oldest falls out). */
  insert(key: number, page: number): void {
    const b = (fmix(key) & this.mask) * WAYS
    let i = 0
    while (i < WAYS - 1 && this.slots[b + i] !== page) i++
    for (; i > 0; i--) this.slots[b + i] = this.slots[b + i - 1]
    this.slots[b] = page
  }

  /** The bucket's pages (-1 = empty) are `slots()[first .. first + WAYS)`. */
  bucket(key: number): number {
    return (fmix(key) & this.mask) * WAYS
  }

  get entries(): Int32Array {
    return this.slots
  }
}
