/**
 * What a client has received of the VM's byte stream: every byte it got, in
 * order or early, kept so that bytes arriving again for the same offsets can
 * be compared (a contradicted stream is what stream-integrity looks for).
 * Stored in chunks allocated as the stream reaches them, so a stream of
 * megabytes is never copied to grow.
 */
const CHUNK = 1 << 16

export class ReceivedStream {
  private readonly bytes: Uint8Array[] = []
  /** 1 where a byte has been received. */
  private readonly have: Uint8Array[] = []
  /** Every byte before it has been received. */
  receivedThrough = 0
  /** One past the highest byte ever received: a segment starting there overlaps nothing. */
  private highWater = 0

  /** Store `data` at stream offset `offset`; returns the first offset where it contradicts bytes already held, or -1. */
  accept(offset: number, data: Uint8Array): number {
    const end = offset + data.length
    const fresh = offset >= this.highWater
    let conflict = -1
    for (let at = offset; at < end; ) {
      const c = Math.floor(at / CHUNK)
      const from = at - c * CHUNK
      const n = Math.min(end - at, CHUNK - from)
      const bytes = (this.bytes[c] ??= new Uint8Array(CHUNK))
      const have = (this.have[c] ??= new Uint8Array(CHUNK))
      const src = at - offset
      if (fresh) {
        // Nothing there yet (the common case): copy, no comparison.
        bytes.set(data.subarray(src, src + n), from)
        have.fill(1, from, from + n)
      } else
        for (let i = 0; i < n; i++) {
          if (have[from + i]) {
            if (conflict < 0 && bytes[from + i] !== data[src + i]) conflict = at + i
          } else {
            bytes[from + i] = data[src + i]
            have[from + i] = 1
          }
        }
      at += n
    }
    this.highWater = Math.max(this.highWater, end)
    if (offset <= this.receivedThrough) {
      this.receivedThrough = Math.max(this.receivedThrough, end)
      while (this.has(this.receivedThrough)) this.receivedThrough++
    }
    return conflict
  }

  private has(at: number): boolean {
    const chunk = this.have[Math.floor(at / CHUNK)]
    return chunk !== undefined && chunk[at % CHUNK] === 1
  }
}
