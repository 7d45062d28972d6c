import { PAGE_SIZE } from "../memory/page-hash.ts"

/** The block sizes fine-grained dirty regions may use (primer, section 2.6). */
export const BLOCK_SIZES = [64, 128, 256, 512] as const
export type BlockBytes = (typeof BLOCK_SIZES)[number]

export const isBlockBytes = (n: number): n is BlockBytes => (BLOCK_SIZES as readonly number[]).includes(n)

/** Bytes of hash kept per block: two 32-bit lanes, so a missed change needs a 64-bit collision. */
export const BLOCK_HASH_BYTES = 8

/**
 * The primary's record of the backup's image at block granularity: a 64-bit
 * hash per block of every page, as the backup holds it. A dirty page's block
 * whose hash is unchanged need not be sent. The table costs 8 bytes per block
 * (1/8 of guest memory at 64-byte blocks, 1/64 at 512) instead of a copy of
 * the image (XBZRLE's cache, the similarity mirror).
 *
 * It must follow the backup exactly: every block the backup receives, by any
 * record kind, takes its new hash (`store`), and a page the backup drops
 * becomes zeros (`zero`). A table that falls behind misses a block that
 * returns to an old value (planted bug `block-hash-stale`).
 */
export class BlockHashTable {
  readonly blocksPerPage: number
  private readonly blockWords: number
  private readonly hashes: Uint32Array
  /** The hash of a block of zeros: a fresh backup image is all zeros. */
  private readonly zeroA: number
  private readonly zeroB: number
  private readonly scratch = new Uint32Array(2)

  constructor(
    pages: number,
    readonly blockBytes: BlockBytes,
  ) {
    this.blocksPerPage = PAGE_SIZE / blockBytes
    this.blockWords = blockBytes / 4
    this.hashes = new Uint32Array(pages * this.blocksPerPage * 2)
    hashBlock(new Int32Array(this.blockWords), 0, this.blockWords, this.scratch)
    this.zeroA = this.scratch[0]
    this.zeroB = this.scratch[1]
    for (let i = 0; i < this.hashes.length; i += 2) {
      this.hashes[i] = this.zeroA
      this.hashes[i + 1] = this.zeroB
    }
  }

  /** What the table takes in memory. */
  get bytes(): number {
    return this.hashes.byteLength
  }

  /**
   * Compare each block of `page` (its words at `word` in `words`; a known-zero
   * page passes `zero`) with the table; set `changed[b]` to 1 for a block that
   * differs and keep its new hash in `next` for `store`. Returns how many differ.
   */
  diff(page: number, words: Int32Array, word: number, zero: boolean, changed: Uint8Array, next: Uint32Array): number {
    let count = 0
    const base = page * this.blocksPerPage * 2
    for (let b = 0; b < this.blocksPerPage; b++) {
      if (zero) {
        this.scratch[0] = this.zeroA
        this.scratch[1] = this.zeroB
      } else hashBlock(words, word + b * this.blockWords, this.blockWords, this.scratch)
      next[2 * b] = this.scratch[0]
      next[2 * b + 1] = this.scratch[1]
      const differs = this.hashes[base + 2 * b] !== this.scratch[0] || this.hashes[base + 2 * b + 1] !== this.scratch[1]
      changed[b] = differs ? 1 : 0
      count += changed[b]
    }
    return count
  }

  /** The backup now holds these blocks of `page` (their hashes from `diff`): only `changed` ones, or all if absent. */
  store(page: number, next: Uint32Array, changed?: Uint8Array): void {
    const base = page * this.blocksPerPage * 2
    for (let b = 0; b < this.blocksPerPage; b++) {
      if (changed && !changed[b]) continue
      this.hashes[base + 2 * b] = next[2 * b]
      this.hashes[base + 2 * b + 1] = next[2 * b + 1]
    }
  }

  /** The backup dropped `page` (soft-page filtering): it holds zeros there now. */
  zero(page: number): void {
    const base = page * this.blocksPerPage * 2
    for (let b = 0; b < this.blocksPerPage; b++) {
      this.hashes[base + 2 * b] = this.zeroA
      this.hashes[base + 2 * b + 1] = this.zeroB
    }
  }
}

/**
 * A 64-bit hash of `n` words: two independent 32-bit multiplicative lanes
 * (FNV-1a over words, and a MurmurHash2-style mix), into `out`. Not
 * cryptographic: a change it misses needs both lanes to collide. It is not
 * the Fletcher fingerprint of the image digests (src/memory/page-hash.ts), so
 * a change this hash misses still shows in the properties that judge by them.
 */
export const hashBlock = (words: Int32Array | Uint32Array, at: number, n: number, out: Uint32Array): void => {
  let a = 0x811c9dc5 | 0
  let b = 0x9747b28c | 0
  for (let i = at; i < at + n; i++) {
    const w = words[i]
    a = Math.imul(a ^ w, 0x01000193)
    b = Math.imul(b ^ Math.imul(w, 0x5bd1e995), 0x5bd1e995)
    b ^= b >>> 15
  }
  out[0] = a ^ (a >>> 16)
  out[1] = b
}
