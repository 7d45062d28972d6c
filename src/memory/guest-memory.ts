import { PAGE_SIZE, hashPage } from "./page-hash.ts"

/** Dirty pages copied out at a checkpoint: indices and their bytes, back to back. */
export interface DirtyPages {
  readonly indices: Int32Array
  readonly data: Uint8Array
}

/**
 * Guest physical memory: N pages of real bytes, a dirty bitmap for the current
 * epoch, and (when `tracked`) an incrementally maintained digest of the whole
 * image (per-page fingerprints summed per lane), so a checkpoint's digest
 * costs O(dirty pages). A fresh image is all zero pages, whose fingerprint is 0.
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
  private sumA = 0
  private sumB = 0
  private readonly scratch = new Uint32Array(2)

  constructor(
    readonly pages: number,
    /** Keep the incremental digest (the primary); the backup only needs `fullDigest` at restore. */
    private readonly tracked = true,
  ) {
    this.bytes = new Uint8Array(pages * PAGE_SIZE)
    this.words = new Uint32Array(this.bytes.buffer)
    this.dirty = new Uint8Array(pages)
    this.stale = new Uint8Array(pages)
    this.dirtyList = new Int32Array(pages)
    this.pageHashes = new Uint32Array(tracked ? pages * 2 : 0)
  }

  markDirty(page: number): void {
    if (this.dirty[page] === 0) {
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
    this.words[page * (PAGE_SIZE / 4) + word] = value
    this.stale[page] = 1
    this.markDirty(page)
  }

  /** The page's bytes, for a write that is about to happen (marks it written and dirty). */
  writable(page: number): Uint8Array {
    this.stale[page] = 1
    this.markDirty(page)
    return this.bytes.subarray(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
  }

  readWord(page: number, word: number): number {
    return this.words[page * (PAGE_SIZE / 4) + word]
  }

  /** Copy the dirty pages out (sorted by index) and clear the bitmap: the capture step of a checkpoint. */
  takeDirty(): DirtyPages {
    const indices = this.dirtyList.slice(0, this.dirtyCount).sort()
    const data = new Uint8Array(indices.length * PAGE_SIZE)
    // One copy per run of consecutive pages (working sets are mostly contiguous).
    forEachRun(indices, (first, from, count) =>
      data.set(this.bytes.subarray(first * PAGE_SIZE, (first + count) * PAGE_SIZE), from * PAGE_SIZE),
    )
    for (let i = 0; i < indices.length; i++) {
      const p = indices[i]
      this.dirty[p] = 0
      if (this.stale[p]) this.rehash(p)
    }
    this.dirtyCount = 0
    return { indices, data }
  }

  /** Install pages (the backup applying a checkpoint). */
  applyPages(pages: DirtyPages): void {
    forEachRun(pages.indices, (first, from, count) =>
      this.bytes.set(pages.data.subarray(from * PAGE_SIZE, (from + count) * PAGE_SIZE), first * PAGE_SIZE),
    )
    if (this.tracked) for (let i = 0; i < pages.indices.length; i++) this.rehash(pages.indices[i])
  }

  /** Digest of the whole image as of the last capture or apply (dirty pages since are not folded in). */
  digest(): string {
    if (!this.tracked) throw new Error("digest() on an untracked image: use fullDigest()")
    return hex(this.sumA) + hex(this.sumB)
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
        hashPage(this.words, p, this.scratch)
        a = (a + this.scratch[0]) | 0
        b = (b + this.scratch[1]) | 0
      }
    }
    return hex(a) + hex(b)
  }

  /** Recompute the digest from every page: the independent check used at restore. */
  fullDigest(): string {
    let a = 0
    let b = 0
    for (let p = 0; p < this.pages; p++) {
      hashPage(this.words, p, this.scratch)
      a = (a + this.scratch[0]) | 0
      b = (b + this.scratch[1]) | 0
    }
    return hex(a) + hex(b)
  }

  private rehash(p: number): void {
    this.stale[p] = 0
    if (!this.tracked) return
    hashPage(this.words, p, this.scratch)
    this.sumA = (this.sumA - this.pageHashes[2 * p] + this.scratch[0]) | 0
    this.sumB = (this.sumB - this.pageHashes[2 * p + 1] + this.scratch[1]) | 0
    this.pageHashes[2 * p] = this.scratch[0]
    this.pageHashes[2 * p + 1] = this.scratch[1]
  }
}

const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0")

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
