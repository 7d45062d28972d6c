import { PAGE_SIZE } from "../memory/page-hash.ts"
import { emptyStats, type EncodedPages, type EncodeStats } from "./encoded-pages.ts"
import { PageKind, RECORD_HEADER_BYTES, REFERENCE_BYTES, maxEncodedBytes, writeRecordHeader, writeU32 } from "./page-record.ts"

/**
 * Where an encoder writes one checkpoint's records. The buffer is reused
 * across checkpoints (grown to the worst case once), so what `finish` returns
 * is borrowed: valid until the encoder's next checkpoint (see `keep`).
 */
export class RecordOutput {
  private buffer = new Uint8Array(0)
  private offsets = new Int32Array(1)
  private count = 0
  at = 0
  stats: EncodeStats = emptyStats()

  private owned = false

  /** `exact`: the encoder knows the size (every page raw), so write into a fresh buffer the caller can keep. */
  begin(pages: number, exact = false): void {
    // Slack for a reference slot: a delta is first written after one, then moved up if it names none.
    const need = maxEncodedBytes(pages) + REFERENCE_BYTES
    this.owned = exact
    if (exact) this.buffer = new Uint8Array(maxEncodedBytes(pages))
    else if (this.buffer.length < need) this.buffer = new Uint8Array(need)
    this.offsets = new Int32Array(pages + 1)
    this.count = 0
    this.at = 0
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

  finish(): EncodedPages {
    this.stats.pages = this.count
    this.stats.rawBytes = this.count * PAGE_SIZE
    this.stats.wireBytes = this.at
    return { bytes: this.buffer.subarray(0, this.at), offsets: this.offsets, stats: this.stats, owned: this.owned }
  }

  private close(length: number): void {
    this.offsets[this.count++] = this.at
    this.at += length
    this.offsets[this.count] = this.at
  }
}
