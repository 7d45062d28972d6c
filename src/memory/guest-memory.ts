import { smallArrays } from "./arena.ts"
import { PAGE_SIZE, fingerprint, hashPage, hex32, laneWeight, pageLanes } from "./page-hash.ts"

/** Dirty pages copied out at a checkpoint: indices and their bytes, back to back. */
export interface DirtyPages {
  readonly indices: Int32Array
  readonly data: Uint8Array
  /**
   * 1 at i: page i is all zeros, known without looking (never written since
   * boot), so its bytes were not copied and `data` holds anything there:
   * read such pages only after `fillKnownZeros`. Absent: every page is in `data`.
   */
  readonly zero?: Uint8Array
}

/** Write the zeros `capture` skipped into `pages.data`, for readers that look at every page's bytes. */
export const fillKnownZeros = (pages: DirtyPages): DirtyPages => {
  const zero = pages.zero
  if (!zero) return pages
  for (let i = 0; i < zero.length; i++) if (zero[i]) pages.data.fill(0, i * PAGE_SIZE, (i + 1) * PAGE_SIZE)
  return { indices: pages.indices, data: pages.data }
}

/** The pages at `positions` (ascending) of a dirty set, as a dirty set of their own; their bytes go into `into` if given (reused by the caller), else a fresh buffer. */
export const pickPages = (pages: DirtyPages, positions: ArrayLike<number>, into?: Uint8Array): DirtyPages => {
  const n = positions.length
  const data = into ? into.subarray(0, n * PAGE_SIZE) : new Uint8Array(n * PAGE_SIZE)
  const zero = pages.zero ? new Uint8Array(n) : undefined
  const indices = new Int32Array(n)
  for (let j = 0; j < n; j++) {
    const i = positions[j]
    indices[j] = pages.indices[i]
    if (zero && pages.zero![i]) zero[j] = 1
    else data.set(pages.data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), j * PAGE_SIZE)
  }
  return { indices, data, ...(zero ? { zero } : {}) }
}

/**
 * Guest physical memory: N pages of real bytes, a dirty bitmap for the current
 * epoch, and (when `tracked`) an incrementally maintained digest of the whole
 * image (per-page fingerprints summed per lane), so a checkpoint's digest
 * costs O(dirty pages). A word write updates its page's fingerprint lanes in
 * O(1) (they are linear in the words); only a bulk write (`writable`) makes
 * the page's lanes be recomputed at the next capture. A fresh image is all
 * zero pages, whose fingerprint is 0.
 */
export class GuestMemory {
  readonly bytes: Uint8Array
  readonly words: Uint32Array
  private readonly dirty: Uint8Array
  /** Written since its fingerprint was last taken (dirty can be set without a write: the initial sync). */
  private readonly stale: Uint8Array
  private dirtyList: Int32Array
  private dirtyCount = 0
  private readonly pageHashes: Uint32Array
  /** Each page's Fletcher lanes (a, b) for its current bytes, when `lanesKnown` (tracked images only). */
  private readonly lanes: Int32Array
  private readonly lanesKnown: Uint8Array
  /** 1 once a page may hold anything but zeros (every write goes through writeWord or writable). */
  private readonly written: Uint8Array
  /** 1: dirty and not written since the last `takeQuiet` (speculative state transfer's candidates). */
  private readonly quiet: Uint8Array
  /** Where `capture` copies dirty pages: reused from one checkpoint to the next. */
  private staging: Uint8Array = new Uint8Array(0)
  private sumA = 0
  private sumB = 0
  private readonly scratch = new Uint32Array(2)

  constructor(
    readonly pages: number,
    /** Keep the incremental digest (the primary); the backup only needs `fullDigest` at restore. */
    private readonly tracked = true,
    /** The image's bytes, all zero (a kernel's reusable buffer); a fresh one if absent. */
    bytes?: Uint8Array,
    /** Where capture's staging buffer comes from (a kernel's scratch buffers); a fresh one if absent. */
    private readonly stagingBuffer: (bytes: number) => Uint8Array = unzeroed,
  ) {
    if (bytes && (bytes.length !== pages * PAGE_SIZE || bytes.byteOffset !== 0)) throw new Error(`guest memory: a buffer of ${bytes.length} bytes for ${pages} pages`)
    this.bytes = bytes ?? new Uint8Array(pages * PAGE_SIZE)
    this.words = new Uint32Array(this.bytes.buffer, 0, pages * (PAGE_SIZE / 4))
    // The bookkeeping arrays from the shared arena: no allocation of their own for small images.
    this.dirty = smallArrays.uint8(pages)
    this.stale = smallArrays.uint8(pages)
    this.dirtyList = smallArrays.int32(pages)
    this.pageHashes = smallArrays.uint32(tracked ? pages * 2 : 0)
    this.lanes = smallArrays.int32(tracked ? pages * 2 : 0)
    this.lanesKnown = smallArrays.uint8(tracked ? pages : 0).fill(1)
    this.written = smallArrays.uint8(pages)
    this.quiet = smallArrays.uint8(pages)
  }

  /** Pages dirtied since the last capture. */
  get dirtyPages(): number {
    return this.dirtyCount
  }

  /** Told of each page's first write since the last capture (copy-on-write transfer's protection fault). */
  onFirstWrite: ((page: number) => void) | undefined

  markDirty(page: number): void {
    this.quiet[page] = 0
    if (this.dirty[page] === 0) {
      this.onFirstWrite?.(page)
      this.dirty[page] = 1
      this.dirtyList[this.dirtyCount++] = page
    }
  }

  /** The initial sync's dirty set: every page but `clean` ones (page cache the guest hinted soft at boot, which the backup need never get). */
  markAllDirty(clean: readonly number[] = []): void {
    const skip = new Uint8Array(this.pages)
    for (const p of clean) skip[p] = 1
    this.dirty.fill(0) // the boot's own writes (filling the cache) are in the initial sync or hinted soft
    this.dirtyCount = 0
    for (let p = 0; p < this.pages; p++) {
      if (!skip[p]) this.markDirty(p)
      else if (this.stale[p]) this.rehash(p) // not captured, but its bytes count in the digest
    }
  }

  writeWord(page: number, word: number, value: number): void {
    const i = page * (PAGE_SIZE / 4) + word
    if (this.tracked && this.lanesKnown[page]) {
      const d = (value - this.words[i]) | 0
      this.lanes[2 * page] = (this.lanes[2 * page] + d) | 0
      this.lanes[2 * page + 1] = (this.lanes[2 * page + 1] + Math.imul(laneWeight(word), d)) | 0
    }
    this.words[i] = value
    this.wrote(page)
  }

  /**
   * A sparse write: `count` words of `page`, each word's index and then its
   * value drawn from `draw.next()`. The same as that many writeWord calls,
   * with the page's bookkeeping and lanes updated once.
   */
  writeWords(page: number, count: number, draw: { next(): number }): void {
    if (count <= 0) return
    const base = page * (PAGE_SIZE / 4)
    const words = this.words
    const track = this.tracked && this.lanesKnown[page] === 1
    let da = 0
    let db = 0
    for (let w = 0; w < count; w++) {
      const word = draw.next() & 1023
      const value = draw.next()
      if (track) {
        const d = (value - words[base + word]) | 0
        da = (da + d) | 0
        db = (db + Math.imul(laneWeight(word), d)) | 0
      }
      words[base + word] = value
    }
    if (track) {
      this.lanes[2 * page] = (this.lanes[2 * page] + da) | 0
      this.lanes[2 * page + 1] = (this.lanes[2 * page + 1] + db) | 0
    }
    this.wrote(page)
  }

  /** The page's bytes, for a write that is about to happen (marks it written and dirty). */
  writable(page: number): Uint8Array {
    if (this.tracked) this.lanesKnown[page] = 0
    this.wrote(page)
    return this.bytes.subarray(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
  }

  /** `page` now holds other bytes: its fingerprint is stale, it may be non-zero, it is dirty. */
  private wrote(page: number): void {
    this.stale[page] = 1
    this.written[page] = 1
    this.markDirty(page)
  }

  readWord(page: number, word: number): number {
    return this.words[page * (PAGE_SIZE / 4) + word]
  }

  /**
   * The capture step of a checkpoint: copy the dirty pages out (sorted by
   * index) into a staging buffer this memory reuses, and clear the bitmap.
   * The result is valid until the next capture. Pages never written since
   * boot are known to be zero: they are neither copied nor filled, only
   * flagged in `zero` (an all-zero initial sync moves no bytes).
   */
  capture(): DirtyPages {
    const indices = this.dirtyIndices()
    const n = indices.length
    // Not zeroed (every byte read is written first, known-zero pages are never read): untouched parts cost nothing.
    if (this.staging.length < n * PAGE_SIZE) this.staging = this.stagingBuffer(this.pages * PAGE_SIZE)
    const data = this.staging.subarray(0, n * PAGE_SIZE)
    const zero = smallArrays.uint8(n)
    let i = 0
    while (i < n) {
      // One copy (or one fill) per run of consecutive pages alike (working sets are mostly contiguous).
      const isZero = this.written[indices[i]] === 0
      let j = i + 1
      while (j < n && indices[j] === indices[j - 1] + 1 && (this.written[indices[j]] === 0) === isZero) j++
      if (isZero) zero.fill(1, i, j)
      else data.set(this.bytes.subarray(indices[i] * PAGE_SIZE, indices[j - 1] * PAGE_SIZE + PAGE_SIZE), i * PAGE_SIZE)
      i = j
    }
    this.clean(indices)
    return { indices, data, zero }
  }

  /**
   * Speculative state transfer's selection (primer, section 2.6): copy out up
   * to `max` dirty pages that were not written since the previous call (quiet
   * for a whole interval: likely done with for this epoch), lowest first, and
   * clear their dirty bits, so a later write dirties them again and the
   * checkpoint sends them again. Every page left dirty is a candidate next
   * time unless written before then. The copy is the caller's.
   */
  takeQuiet(max: number): DirtyPages {
    const chosen: number[] = []
    let kept = 0
    for (let i = 0; i < this.dirtyCount; i++) {
      const p = this.dirtyList[i]
      if (this.quiet[p] && chosen.length < max) {
        chosen.push(p)
        this.dirty[p] = 0
        this.quiet[p] = 0
        continue
      }
      this.quiet[p] = 1
      this.dirtyList[kept++] = p
    }
    this.dirtyCount = kept
    const indices = Int32Array.from(chosen).sort()
    const data = new Uint8Array(indices.length * PAGE_SIZE)
    const zero = new Uint8Array(indices.length)
    for (let i = 0; i < indices.length; i++) {
      const p = indices[i]
      if (!this.written[p]) zero[i] = 1
      else data.set(this.bytes.subarray(p * PAGE_SIZE, (p + 1) * PAGE_SIZE), i * PAGE_SIZE)
      if (this.stale[p]) this.rehash(p)
    }
    return { indices, data, zero }
  }

  /** The pages dirtied since the last capture, ascending, and a clean bitmap: a capture that copies nothing (the active slave compares in place). */
  clearDirty(): Int32Array {
    const indices = this.dirtyIndices()
    this.clean(indices)
    return indices
  }

  /** The pages dirtied since the last capture, ascending, in an array of the caller's own. */
  private dirtyIndices(): Int32Array {
    return smallArrays.int32Of(this.dirtyList.subarray(0, this.dirtyCount)).sort()
  }

  /** The dirty pages `indices` (all of them) were taken: clean bitmap, their fingerprints folded into the digest. */
  private clean(indices: Int32Array): void {
    for (let k = 0; k < indices.length; k++) {
      const p = indices[k]
      this.dirty[p] = 0
      if (this.stale[p]) this.rehash(p)
    }
    this.dirtyCount = 0
  }

  /** `capture`, into buffers of the caller's own (for code that keeps several epochs' pages). */
  takeDirty(): DirtyPages {
    const c = fillKnownZeros(this.capture())
    return { indices: c.indices, data: c.data.slice() }
  }

  /** Install pages (the backup applying a checkpoint). */
  applyPages(pages: DirtyPages): void {
    forEachRun(pages.indices, (first, from, count) =>
      this.bytes.set(pages.data.subarray(from * PAGE_SIZE, (from + count) * PAGE_SIZE), first * PAGE_SIZE),
    )
    for (let i = 0; i < pages.indices.length; i++) {
      const p = pages.indices[i]
      this.written[p] = 1
      if (!this.tracked) continue
      this.lanesKnown[p] = 0
      this.rehash(p)
    }
  }

  /** Zero every page that was written: the image is as new (before its buffer is reused). */
  zeroWritten(): void {
    for (let p = 0; p < this.pages; p++) if (this.written[p]) this.bytes.fill(0, p * PAGE_SIZE, (p + 1) * PAGE_SIZE)
  }

  /** 1 for every page that may hold anything but zeros (a decoder writing into this image keeps it up to date). */
  get writtenPages(): Uint8Array {
    return this.written
  }

  /** Digest of the whole image as of the last capture or apply (dirty pages since are not folded in). */
  digest(): string {
    if (!this.tracked) throw new Error("digest() on an untracked image: use fullDigest()")
    return hex32(this.sumA) + hex32(this.sumB)
  }

  /**
   * Digest of some pages' current contents (summed fingerprints, so order does
   * not matter): what a checkpoint carried, compared across the two hosts.
   */
  pagesDigest(indices: Int32Array): string {
    let a = 0
    let b = 0
    for (let i = 0; i < indices.length; i++) {
      const p = indices[i]
      if (this.tracked && !this.stale[p]) {
        a = (a + this.pageHashes[2 * p]) | 0
        b = (b + this.pageHashes[2 * p + 1]) | 0
      } else {
        this.currentFingerprint(p)
        a = (a + this.scratch[0]) | 0
        b = (b + this.scratch[1]) | 0
      }
    }
    return hex32(a) + hex32(b)
  }

  /** Recompute the digest from every page's bytes: the independent check used at restore (pages never written are zero: fingerprint 0). */
  fullDigest(): string {
    let a = 0
    let b = 0
    for (let p = 0; p < this.pages; p++) {
      if (!this.written[p]) continue
      hashPage(this.words, p, this.scratch)
      a = (a + this.scratch[0]) | 0
      b = (b + this.scratch[1]) | 0
    }
    return hex32(a) + hex32(b)
  }

  /** The page's fingerprint for its current bytes, into `scratch`: from its lanes (recomputed first if a bulk write made them unknown). */
  private currentFingerprint(p: number): void {
    if (!this.tracked) return hashPage(this.words, p, this.scratch)
    if (!this.lanesKnown[p]) {
      pageLanes(this.words, p, this.scratch)
      this.lanes[2 * p] = this.scratch[0] | 0
      this.lanes[2 * p + 1] = this.scratch[1] | 0
      this.lanesKnown[p] = 1
    }
    fingerprint(this.lanes[2 * p], this.lanes[2 * p + 1], p, this.scratch)
  }

  /** Fold the page's current fingerprint into the image digest. */
  private rehash(p: number): void {
    this.stale[p] = 0
    if (!this.tracked) return
    this.currentFingerprint(p)
    this.sumA = (this.sumA - this.pageHashes[2 * p] + this.scratch[0]) | 0
    this.sumB = (this.sumB - this.pageHashes[2 * p + 1] + this.scratch[1]) | 0
    this.pageHashes[2 * p] = this.scratch[0]
    this.pageHashes[2 * p + 1] = this.scratch[1]
  }
}

const unzeroed = (bytes: number): Uint8Array => new Uint8Array(Buffer.allocUnsafeSlow(bytes).buffer, 0, bytes)

/** Call `f(firstPage, indexInList, count)` for each run of consecutive page numbers in a sorted list. */
const forEachRun = (indices: Int32Array, f: (first: number, from: number, count: number) => void): void => {
  let i = 0
  while (i < indices.length) {
    let j = i + 1
    while (j < indices.length && indices[j] === indices[j - 1] + 1) j++
    f(indices[i], i, j - i)
    i = j
  }
}
