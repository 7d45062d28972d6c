import { PAGE_SIZE } from "../memory/page-hash.ts"
import { pageWords, type PageWords } from "./zero-run.ts"

/**
 * XBZRLE's page cache on the sending side (as in QEMU): copies of recently
 * sent pages, by page number, evicting the least recently used when full. A
 * cached copy is always exactly what the backup holds for that page, because
 * it is replaced on every send of the page (zero pages included).
 */
export class XbzrleCache {
  readonly data: Uint8Array
  readonly words: PageWords
  private readonly slotOf: Int32Array
  private readonly pageIn: Int32Array
  private readonly prev: Int32Array
  private readonly next: Int32Array
  private head = -1 // most recently used
  private tail = -1
  private used = 0

  constructor(
    pages: number,
    readonly capacity: number,
  ) {
    this.data = new Uint8Array(capacity * PAGE_SIZE)
    this.words = pageWords(this.data)
    this.slotOf = new Int32Array(pages).fill(-1)
    this.pageIn = new Int32Array(capacity)
    this.prev = new Int32Array(capacity)
    this.next = new Int32Array(capacity)
  }

  /** The slot holding `page`, touched as most recently used, or -1. */
  lookup(page: number): number {
    const s = this.slotOf[page]
    if (s >= 0) this.touch(s)
    return s
  }

  /** Store `page`'s new bytes (from `src` at byte `from`), evicting the least recently used page if needed. */
  store(page: number, src: Uint8Array, from: number): void {
    if (this.capacity === 0) return
    let s = this.slotOf[page]
    if (s < 0) {
      if (this.used < this.capacity) s = this.used++
      else {
        s = this.tail
        this.slotOf[this.pageIn[s]] = -1
        this.unlink(s)
      }
      this.slotOf[page] = s
      this.pageIn[s] = page
      this.pushFront(s)
    } else this.touch(s)
    this.data.set(src.subarray(from, from + PAGE_SIZE), s * PAGE_SIZE)
  }

  /** The backup no longer holds `page`'s last sent bytes: the cached copy becomes what it holds, zeros. */
  zero(page: number): void {
    const s = this.slotOf[page]
    if (s >= 0) this.data.fill(0, s * PAGE_SIZE, (s + 1) * PAGE_SIZE)
  }

  private touch(s: number): void {
    if (this.head === s) return
    this.unlink(s)
    this.pushFront(s)
  }

  private unlink(s: number): void {
    const p = this.prev[s]
    const n = this.next[s]
    if (p >= 0) this.next[p] = n
    else this.head = n
    if (n >= 0) this.prev[n] = p
    else this.tail = p
  }

  private pushFront(s: number): void {
    this.prev[s] = -1
    this.next[s] = this.head
    if (this.head >= 0) this.prev[this.head] = s
    this.head = s
    if (this.tail < 0) this.tail = s
  }
}
