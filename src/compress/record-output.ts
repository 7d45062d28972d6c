import { smallArrays } from "../memory/arena.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { emptyStats, type EncodedPages, type EncodeStats } from "./encoded-pages.ts"
import { PageKind, RECORD_HEADER_BYTES, RecordFlag, REFERENCE_BYTES, blockShiftFlags, maxEncodedBytes, writeRecordHeader, writeU32 } from "./page-record.ts"

/**
 * Where an encoder writes one checkpoint's records. The buffer is reused
 * across checkpoints (grown to the worst case once), so what `finish` returns
 * is borrowed: valid until the encoder's next checkpoint (see `keep`).
 */
export class RecordOutput {
  private buffer: Uint8Array = new Uint8Array(0)
  private offsets = new Int32Array(1)
  private wire = new Int32Array(1)
  private count = 0
  at = 0
  private wireAt = 0
  stats: EncodeStats = emptyStats()

  private owned = false

  /** Where a buffer the caller keeps comes from (`exactBytes`); contents need not be zero. */
  constructor(private readonly allocate: (bytes: number) => Uint8Array = unzeroed) {}

  /**
   * `exactBytes`: the encoder knows the size (every page raw, some elided), so
   * write into a fresh buffer of that size the caller can keep.
   */
  begin(pages: number, exactBytes?: number): void {
    // Slack for a reference slot: a delta is first written after one, then moved up if it names none.
    const need = maxEncodedBytes(pages) + REFERENCE_BYTES
    this.owned = exactBytes !== undefined
    // Every byte of an exact buffer is written before it is read: no need to zero it first.
    if (exactBytes !== undefined) this.buffer = this.allocate(exactBytes)
    else if (this.buffer.length < need) this.buffer = new Uint8Array(need)
    this.offsets = smallArrays.int32(pages + 1)
    this.wire = smallArrays.int32(pages + 1)
    this.count = 0
    this.at = 0
    this.wireAt = 0
    this.stats = emptyStats()
  }

  /** The buffer to encode a delta payload into, at `payloadAt(kind)`. */
  get bytes(): Uint8Array {
    return this.buffer
  }

  payloadAt(kind: PageKind): number {
    return this.at + RECORD_HEADER_BYTES + (kind === PageKind.deltaRef ? REFERENCE_BYTES : 0)
  }

  raw(page: number, data: Uint8Array, from: number): void {
    writeRecordHeader(this.buffer, this.at, page, PageKind.raw, PAGE_SIZE)
    this.buffer.set(data.subarray(from, from + PAGE_SIZE), this.at + RECORD_HEADER_BYTES)
    this.stats.raw++
    this.close(RECORD_HEADER_BYTES + PAGE_SIZE)
  }

  /** A raw page known to be all zeros: full size on the wire, only its header here (RecordFlag.elidedZeros). */
  rawZero(page: number): void {
    writeRecordHeader(this.buffer, this.at, page, PageKind.raw, PAGE_SIZE, RecordFlag.elidedZeros)
    this.stats.raw++
    this.close(RECORD_HEADER_BYTES, RECORD_HEADER_BYTES + PAGE_SIZE)
  }

  zero(page: number): void {
    writeRecordHeader(this.buffer, this.at, page, PageKind.zero, 0)
    this.stats.zero++
    this.close(RECORD_HEADER_BYTES)
  }

  /** A delta whose payload (`length` bytes) is already in place at `payloadAt(kind)`. */
  delta(page: number, kind: typeof PageKind.deltaSame | typeof PageKind.deltaRef, length: number, reference = -1): void {
    writeRecordHeader(this.buffer, this.at, page, kind, length)
    if (kind === PageKind.deltaRef) {
      writeU32(this.buffer, this.at + RECORD_HEADER_BYTES, reference)
      this.stats.deltaRef++
      this.close(RECORD_HEADER_BYTES + REFERENCE_BYTES + length)
    } else {
      this.stats.deltaSame++
      this.close(RECORD_HEADER_BYTES + length)
    }
  }

  /**
   * A blocks record (fine-grained dirty regions): the bitmap of `changed`
   * (one byte per block, 1 = sent) and those blocks of the page at `from` in
   * `data`; `data` undefined: the page is zeros.
   */
  blocks(page: number, blockBytes: number, changed: Uint8Array, data: Uint8Array | undefined, from: number): void {
    const blocksPerPage = PAGE_SIZE / blockBytes
    const bitmapBytes = blocksPerPage >>> 3
    const start = this.at + RECORD_HEADER_BYTES
    this.buffer.fill(0, start, start + bitmapBytes)
    let at = start + bitmapBytes
    for (let b = 0; b < blocksPerPage; b++) {
      if (!changed[b]) continue
      this.buffer[start + (b >>> 3)] |= 1 << (b & 7)
      if (data) this.buffer.set(data.subarray(from + b * blockBytes, from + (b + 1) * blockBytes), at)
      else this.buffer.fill(0, at, at + blockBytes)
      at += blockBytes
    }
    writeRecordHeader(this.buffer, this.at, page, PageKind.blocks, at - start, blockShiftFlags(blockBytes))
    this.stats.blocks++
    this.close(at - this.at)
  }

  finish(): EncodedPages {
    this.stats.pages = this.count
    this.stats.rawBytes = this.count * PAGE_SIZE
    this.stats.wireBytes = this.wireAt
    return { bytes: this.buffer.subarray(0, this.at), offsets: this.offsets, wire: this.wire, stats: this.stats, owned: this.owned }
  }

  /** End the record: `length` bytes here, `wireLength` on the wire (more only when the payload is elided). */
  private close(length: number, wireLength = length): void {
    this.offsets[this.count] = this.at
    this.wire[this.count++] = this.wireAt
    this.at += length
    this.wireAt += wireLength
    this.offsets[this.count] = this.at
    this.wire[this.count] = this.wireAt
  }
}

const unzeroed = (bytes: number): Uint8Array => new Uint8Array(Buffer.allocUnsafeSlow(bytes).buffer, 0, bytes)
