import { fillKnownZeros, type DirtyPages } from "../memory/guest-memory.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { projectionKey } from "./bit-projection.ts"
import type { EncodedPages, PageEncoder } from "./encoded-pages.ts"
import { PageKind, RAW_RECORD_BYTES, REFERENCE_BYTES } from "./page-record.ts"
import { RecordOutput } from "./record-output.ts"
import { ReferenceTable, WAYS } from "./reference-table.ts"
import { XbzrleCache } from "./xbzrle-cache.ts"
import { WORDS_PER_PAGE, encodeXorDelta, isZeroPage, pageWords, sampledDifference, type PageWords } from "./zero-run.ts"

/** `none`: every page raw. A page the memory knows is zero crosses the wire in full but is not copied (RecordFlag.elidedZeros). */
export class RawEncoder implements PageEncoder {
  readonly name = "none"
  private readonly out: RecordOutput

  constructor(allocate?: (bytes: number) => Uint8Array) {
    this.out = new RecordOutput(allocate)
  }

  encode(pages: DirtyPages): EncodedPages {
    const n = pages.indices.length
    const zero = pages.zero
    let zeros = 0
    if (zero) for (let i = 0; i < n; i++) zeros += zero[i]
    this.out.begin(n, n * RAW_RECORD_BYTES - zeros * PAGE_SIZE)
    for (let i = 0; i < n; i++) {
      if (zero?.[i]) this.out.rawZero(pages.indices[i])
      else this.out.raw(pages.indices[i], pages.data, i * PAGE_SIZE)
    }
    return this.out.finish()
  }
}

/** `zero`: zero-page detection, every other page raw. */
export class ZeroPageEncoder implements PageEncoder {
  readonly name = "zero"
  private readonly out = new RecordOutput()

  encode(captured: DirtyPages): EncodedPages {
    const pages = fillKnownZeros(captured)
    const words = pageWords(pages.data).i32
    this.out.begin(pages.indices.length)
    for (let i = 0; i < pages.indices.length; i++) {
      if (isZeroPage(words, i * WORDS_PER_PAGE)) this.out.zero(pages.indices[i])
      else this.out.raw(pages.indices[i], pages.data, i * PAGE_SIZE)
    }
    return this.out.finish()
  }
}

/**
 * `xbzrle` (QEMU's XBZRLE): zero pages first; then, if the page is in the
 * LRU cache of previously sent pages, a delta against that copy, else raw.
 * Every sent page replaces its cached copy, so the cache never disagrees with
 * the backup.
 */
export class XbzrleEncoder implements PageEncoder {
  readonly name = "xbzrle"
  private readonly out = new RecordOutput()
  private readonly cache: XbzrleCache

  constructor(pages: number, cachePages: number) {
    this.cache = new XbzrleCache(pages, cachePages)
  }

  dropped(pages: Int32Array): void {
    for (const p of pages) this.cache.zero(p)
  }

  backupHolds(page: number, data: Uint8Array, from: number): void {
    this.cache.store(page, data, from)
  }

  encode(captured: DirtyPages): EncodedPages {
    const pages = fillKnownZeros(captured)
    const words = pageWords(pages.data)
    const out = this.out
    out.begin(pages.indices.length)
    for (let i = 0; i < pages.indices.length; i++) {
      const page = pages.indices[i]
      const word = i * WORDS_PER_PAGE
      const slot = this.cache.lookup(page)
      if (isZeroPage(words.i32, word)) out.zero(page)
      else {
        const len = slot < 0 ? -1 : encodeXorDelta(words, word, this.cache.words, slot * WORDS_PER_PAGE, out.bytes, out.payloadAt(PageKind.deltaSame), PAGE_SIZE - 1)
        if (len >= 0) out.delta(page, PageKind.deltaSame, len)
        else out.raw(page, pages.data, i * PAGE_SIZE)
      }
      this.cache.store(page, pages.data, i * PAGE_SIZE)
    }
    return out.finish()
  }
}

/** A delta this small is not worth trying other candidates for. */
const GOOD_ENOUGH_BYTES = 64
/** Sampled words say at least this much of the page changed: skip the full scan (raw would win or nearly). */
const HOPELESS_BYTES = PAGE_SIZE - 256

/**
 * `similarity` (primer, section 2.1): zero pages first; then the best of a
 * delta against the page's own previous version and against the candidates
 * its bit-projection key finds in the reference table; raw if nothing beats
 * it. The encoder mirrors the backup's image (the price: one copy of guest
 * memory on the primary) and updates it page by page in send order, so a
 * reference is always the committed image or a page sent earlier in this
 * checkpoint: exactly what the decoder holds when it reaches the page.
 *
 * Planted bug `stale-delta-reference`: to save the mirror's work the encoder
 * indexes the whole dirty set up front and reads candidates' bytes from guest
 * memory as captured, so a page can be encoded against the new version of a
 * page that comes later in the checkpoint, a version the backup does not hold
 * yet when it decodes.
 */
export class SimilarityEncoder implements PageEncoder {
  readonly name = "similarity"
  private readonly out = new RecordOutput()
  private readonly mirror: PageWords
  private readonly table: ReferenceTable
  private scratch = new Uint8Array(PAGE_SIZE)
  /** Bug mode only: where each page of the current checkpoint sits in the captured data (-1: not in it). */
  private readonly captured: Int32Array

  constructor(
    pages: number,
    private readonly staleReferences = false,
  ) {
    this.mirror = pageWords(new Uint8Array(pages * PAGE_SIZE))
    this.table = new ReferenceTable(pages)
    this.captured = new Int32Array(staleReferences ? pages : 0).fill(-1)
  }

  /** The mirror follows the backup: a dropped page is zeros there (its table entries fail their key check from now on). */
  dropped(pages: Int32Array): void {
    for (const p of pages) this.mirror.i32.fill(0, p * WORDS_PER_PAGE, (p + 1) * WORDS_PER_PAGE)
  }

  backupHolds(page: number, data: Uint8Array, from: number): void {
    new Uint8Array(this.mirror.i32.buffer, this.mirror.i32.byteOffset + page * PAGE_SIZE, PAGE_SIZE).set(data.subarray(from, from + PAGE_SIZE))
    this.table.insert(projectionKey(this.mirror.i32, page * WORDS_PER_PAGE), page)
  }

  encode(captured: DirtyPages): EncodedPages {
    const pages = fillKnownZeros(captured)
    const words = pageWords(pages.data)
    const n = pages.indices.length
    const out = this.out
    out.begin(n)
    if (this.staleReferences) this.indexAhead(pages.indices, words)
    for (let i = 0; i < n; i++) {
      const page = pages.indices[i]
      const word = i * WORDS_PER_PAGE
      if (isZeroPage(words.i32, word)) out.zero(page)
      else this.encodePage(page, words, word, pages.data)
      this.mirror.i32.set(words.i32.subarray(word, word + WORDS_PER_PAGE), page * WORDS_PER_PAGE)
      this.table.insert(projectionKey(words.i32, word), page)
    }
    if (this.staleReferences) for (let i = 0; i < n; i++) this.captured[pages.indices[i]] = -1
    return out.finish()
  }

  private encodePage(page: number, words: PageWords, word: number, data: Uint8Array): void {
    const out = this.out
    // A page that differs almost everywhere from its previous version (fresh data) is not worth a full scan.
    const ownWord = page * WORDS_PER_PAGE
    const hopeless = sampledDifference(words.i32, word, this.mirror.i32, ownWord) >= HOPELESS_BYTES
    const own = hopeless ? -1 : encodeXorDelta(words, word, this.mirror, ownWord, out.bytes, out.payloadAt(PageKind.deltaRef), PAGE_SIZE - 1)
    // Bytes after the record header (reference slot included), so raw, own and other candidates compare fairly.
    let best = own >= 0 ? own : PAGE_SIZE
    let bestRef = -1
    if (best > GOOD_ENOUGH_BYTES) {
      const key = projectionKey(words.i32, word)
      const entries = this.table.entries
      const first = this.table.bucket(key)
      for (let w = 0; w < WAYS; w++) {
        const q = entries[first + w]
        if (q < 0 || q === page) continue
        // The bytes q stands for: the mirror (what the backup holds), or in bug mode the captured new version.
        const ahead = this.staleReferences ? this.captured[q] : -1
        const ref = ahead >= 0 ? words : this.mirror
        const refWord = (ahead >= 0 ? ahead : q) * WORDS_PER_PAGE
        if (projectionKey(ref.i32, refWord) !== key) continue // stale entry: q changed since it was indexed
        // Scan only a candidate estimated clearly better (the estimate's error is about 6% of a page).
        if (sampledDifference(words.i32, word, ref.i32, refWord) * 4 >= best * 3) continue
        const len = encodeXorDelta(words, word, ref, refWord, this.scratch, 0, best - REFERENCE_BYTES - 1)
        if (len < 0) continue
        best = len + REFERENCE_BYTES
        bestRef = q
        out.bytes.set(this.scratch.subarray(0, len), out.payloadAt(PageKind.deltaRef))
      }
    }
    if (bestRef >= 0) out.delta(page, PageKind.deltaRef, best - REFERENCE_BYTES, bestRef)
    else if (own >= 0) {
      // Own-version delta was written after a reference slot; move it up over the slot.
      const at = out.payloadAt(PageKind.deltaRef)
      out.bytes.copyWithin(out.payloadAt(PageKind.deltaSame), at, at + own)
      out.delta(page, PageKind.deltaSame, own)
    } else out.raw(page, data, word * 4)
  }

  private indexAhead(indices: Int32Array, words: PageWords): void {
    for (let i = 0; i < indices.length; i++) {
      this.captured[indices[i]] = i
      this.table.insert(projectionKey(words.i32, i * WORDS_PER_PAGE), indices[i])
    }
  }
}
