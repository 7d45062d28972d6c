import { pickPages, type DirtyPages } from "../memory/guest-memory.ts"
import { PAGE_SIZE, ZERO_PAGE } from "../memory/page-hash.ts"
import { BlockHashTable, type BlockBytes } from "./block-hashes.ts"
import { addStats, type EncodedPages, type PageEncoder } from "./encoded-pages.ts"
import { RecordOutput } from "./record-output.ts"
import { WORDS_PER_PAGE, pageWords } from "./zero-run.ts"

/**
 * Fine-grained dirty regions (primer, section 2.6), in front of a page
 * compressor. A dirty page often changed in a few bytes: each block's hash is
 * compared with the table of what the backup holds, and
 *
 * - a page with some blocks unchanged goes as a blocks record (`PageKind.blocks`:
 *   a bitmap and the changed blocks' bytes; a page the guest dirtied without
 *   changing costs its header and bitmap);
 * - a page whose every block changed goes to the compressor, which may still
 *   find it zero or close to a page the backup holds.
 *
 * The order, block hashes first: the table is the cheap test (8 bytes per
 * block, no copy of the image) and removes most of a sparsely written page
 * before any compressor looks; a compressor gains nothing on the blocks that
 * are left, which changed by definition, except on pages that changed
 * throughout, which it gets whole. The blocks records go first on the wire,
 * and the compressor is told of each (`backupHolds`), so a delta the
 * compressor encodes references only bytes the backup holds when it decodes.
 *
 * Planted bug `block-hash-stale`: the table takes new hashes only for pages
 * sent as blocks records, not for pages handed to the compressor whole.
 */
export class FineGrainedEncoder implements PageEncoder {
  readonly name: string
  readonly table: BlockHashTable
  private readonly out = new RecordOutput()
  private readonly changed: Uint8Array
  private readonly next: Uint32Array
  /** Where the pages handed to the compressor are gathered: reused across checkpoints. */
  private whole = new Uint8Array(0)

  constructor(
    private readonly inner: PageEncoder,
    pages: number,
    readonly blockBytes: BlockBytes,
    private readonly staleOnWholePages = false,
    private readonly allocate: (bytes: number) => Uint8Array = (n) => new Uint8Array(n),
  ) {
    this.name = `${inner.name}+blocks${blockBytes}`
    this.table = new BlockHashTable(pages, blockBytes)
    this.changed = new Uint8Array(this.table.blocksPerPage)
    this.next = new Uint32Array(this.table.blocksPerPage * 2)
  }

  /** The backup holds the page's new bytes without a record of ours (the active slave's own run): the table and the compressor take them. */
  backupHolds(page: number, data: Uint8Array, from: number): void {
    const words = new Int32Array(data.buffer, data.byteOffset + from, PAGE_SIZE / 4)
    this.table.diff(page, words, 0, false, this.changed, this.next)
    this.table.store(page, this.next)
    this.inner.backupHolds?.(page, data, from)
  }

  dropped(pages: Int32Array): void {
    for (const p of pages) this.table.zero(p)
    this.inner.dropped?.(pages)
  }

  encode(pages: DirtyPages): EncodedPages {
    const n = pages.indices.length
    const words = pageWords(pages.data).i32
    const whole: number[] = []
    this.out.begin(n)
    for (let i = 0; i < n; i++) {
      const page = pages.indices[i]
      const zero = pages.zero?.[i] === 1
      const changed = this.table.diff(page, words, i * WORDS_PER_PAGE, zero, this.changed, this.next)
      if (changed === this.table.blocksPerPage) {
        whole.push(i)
        if (!this.staleOnWholePages) this.table.store(page, this.next)
        continue
      }
      const data = zero ? ZERO_PAGE : pages.data
      const from = zero ? 0 : i * PAGE_SIZE
      this.out.blocks(page, this.blockBytes, this.changed, zero ? undefined : pages.data, from)
      this.table.store(page, this.next, this.changed)
      if (changed > 0) this.inner.backupHolds?.(page, data, from)
    }
    const blocks = this.out.finish()
    if (!whole.length) return this.join(blocks, undefined)
    return this.join(blocks, this.inner.encode(whole.length === n ? pages : this.gather(pages, whole)))
  }

  /** The pages at `which` as a dirty set of their own, for the compressor. */
  private gather(pages: DirtyPages, which: number[]): DirtyPages {
    const bytes = which.length * PAGE_SIZE
    if (this.whole.length < bytes) this.whole = new Uint8Array(Math.max(bytes, this.whole.length * 2))
    return pickPages(pages, which, this.whole)
  }

  /** The blocks records, then the compressor's, in one buffer the caller keeps. */
  private join(blocks: EncodedPages, rest: EncodedPages | undefined): EncodedPages {
    // Record counts (an output's offset arrays may be longer than what it wrote).
    const a = blocks.stats.pages
    const b = rest ? rest.stats.pages : 0
    const bytes = this.allocate(blocks.bytes.length + (rest?.bytes.length ?? 0))
    bytes.set(blocks.bytes)
    const offsets = new Int32Array(a + b + 1)
    const wire = new Int32Array(a + b + 1)
    offsets.set(blocks.offsets.subarray(0, a + 1))
    wire.set(blocks.wire.subarray(0, a + 1))
    const stats = { ...blocks.stats }
    if (rest) {
      bytes.set(rest.bytes, blocks.bytes.length)
      for (let i = 1; i <= b; i++) {
        offsets[a + i] = blocks.bytes.length + rest.offsets[i]
        wire[a + i] = blocks.wire[a] + rest.wire[i]
      }
      addStats(stats, rest.stats)
    }
    return { bytes, offsets, wire, stats, owned: true }
  }
}
