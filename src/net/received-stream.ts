/**
 * What a client has received of the VM's byte stream: every byte it got, in
 * order or early, kept so that bytes arriving again for the same offsets can
 * be compared (a contradicted stream is what stream-integrity looks for).
 * Bytes are stored in chunks allocated as the stream reaches them, so a
 * stream of megabytes is never copied to grow; which bytes are held is a
 * short list of ranges (a stream has few holes at a time), so a resend is
 * compared with memcmp and a hole filled in one step, never byte by byte.
 */
const CHUNK = 1 << 16

export class ReceivedStream {
  private readonly bytes: Uint8Array[] = []
  /** The ranges held, sorted, disjoint and not touching: [start, end) pairs flattened. */
  private ranges: number[] = []
  /** Every byte before it has been received. */
  receivedThrough = 0

  /**
   * Where a chunk comes from: its contents need not be zero (a byte is read
   * only once it is held, so written). A client host leases them from its
   * run's kernel (Sim.scratch): a remus-spec run's 14 MB then reuse the
   * previous run's chunks instead of faulting in and zeroing fresh ones.
   */
  constructor(private readonly allocate: (bytes: number) => Uint8Array = (n) => new Uint8Array(n)) {}

  /** Store `data` at stream offset `offset`; returns the first offset where it contradicts bytes already held, or -1. */
  accept(offset: number, data: Uint8Array): number {
    const end = offset + data.length
    if (end === offset) return -1
    const r = this.ranges
    let conflict = -1
    let at = offset
    // The first held range ending after `offset`; ranges are few, and new bytes usually land at the end.
    let i = r.length - 2
    while (i >= 0 && r[i + 1] > offset) i -= 2
    for (i += 2; i < r.length && r[i] < end; i += 2) {
      const from = Math.max(r[i], offset)
      const to = Math.min(r[i + 1], end)
      if (at < from) this.write(at, data, at - offset, from - at)
      if (conflict < 0) conflict = this.compare(from, data, from - offset, to - from)
      at = to
    }
    if (at < end) this.write(at, data, at - offset, end - at)
    this.hold(offset, end)
    this.receivedThrough = r[0] === 0 ? r[1] : 0
    return conflict
  }

  private write(at: number, data: Uint8Array, src: number, n: number): void {
    while (n > 0) {
      const c = Math.floor(at / CHUNK)
      const from = at - c * CHUNK
      const k = Math.min(n, CHUNK - from)
      ;(this.bytes[c] ??= this.allocate(CHUNK)).set(data.subarray(src, src + k), from)
      at += k
      src += k
      n -= k
    }
  }

  /** The first offset in [at, at + n) where `data` (from `src`) differs from the bytes held, or -1. */
  private compare(at: number, data: Uint8Array, src: number, n: number): number {
    while (n > 0) {
      const c = Math.floor(at / CHUNK)
      const from = at - c * CHUNK
      const k = Math.min(n, CHUNK - from)
      const held = this.bytes[c].subarray(from, from + k)
      const got = data.subarray(src, src + k)
      if (Buffer.compare(held, got) !== 0) for (let j = 0; j < k; j++) if (held[j] !== got[j]) return at + j
      at += k
      src += k
      n -= k
    }
    return -1
  }

  /** Add [start, end) to the held ranges, merging what it overlaps or touches. */
  private hold(start: number, end: number): void {
    const r = this.ranges
    let lo = 0
    while (lo < r.length && r[lo + 1] < start) lo += 2
    let hi = lo
    while (hi < r.length && r[hi] <= end) hi += 2
    const s = lo < hi ? Math.min(start, r[lo]) : start
    const e = lo < hi ? Math.max(end, r[hi - 1]) : end
    r.splice(lo, hi - lo, s, e)
  }
}
