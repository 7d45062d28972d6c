/**
 * A send buffer: bytes appended at the end, released from the front, read
 * anywhere in between. Stored in chunks of 64 KiB filled in turn; bytes once
 * written are never moved or changed, so a segment that lies inside one
 * chunk is a view of it rather than a copy (a bulk flow reads every byte at
 * least once, resends read them again), and releasing drops whole chunks.
 */
export class ByteQueue {
  private chunks: Uint8Array[] = []
  /** Stream offset (counted as `total` is) of each chunk's first byte. */
  private starts: number[] = []
  /** Bytes dropped from the front, and bytes ever appended, counted from the first chunk held. */
  private head = 0
  private total = 0

  constructor(
    initial: Uint8Array = new Uint8Array(0),
    /** Chunk size (64 KiB; tests use tiny ones to cross boundaries often). */
    private readonly chunk = 1 << 16,
  ) {
    this.append(initial)
  }

  get length(): number {
    return this.total - this.head
  }

  /** Append a copy of `bytes` (the caller may reuse its buffer). */
  append(bytes: Uint8Array): void {
    let from = 0
    while (from < bytes.length) {
      const last = this.chunks.length - 1
      let room = last >= 0 ? this.chunk - (this.total - this.starts[last]) : 0
      if (room === 0) {
        this.chunks.push(new Uint8Array(this.chunk))
        this.starts.push(this.total)
        room = this.chunk
      }
      const n = Math.min(room, bytes.length - from)
      const c = this.chunks.length - 1
      this.chunks[c].set(bytes.subarray(from, from + n), this.total - this.starts[c])
      this.total += n
      from += n
    }
  }

  /** Forget the first `n` bytes. */
  drop(n: number): void {
    this.head = Math.min(this.total, this.head + n)
    let gone = 0
    // A chunk goes once every byte it holds is dropped (the one being filled stays while it has room).
    while (gone < this.chunks.length - 1 && this.starts[gone + 1] <= this.head) gone++
    if (gone === 0) return
    this.chunks.splice(0, gone)
    this.starts.splice(0, gone)
    const base = this.starts[0]
    for (let i = 0; i < this.starts.length; i++) this.starts[i] -= base
    this.head -= base
    this.total -= base
  }

  /** Bytes [from, from + len) counted from the front: a view when they lie in one chunk (never written again), else a copy. */
  copy(from: number, len: number): Uint8Array {
    const lo = this.head + from
    const hi = Math.min(this.total, lo + len)
    if (hi <= lo) return new Uint8Array(0)
    let i = this.chunkAt(lo)
    const at = lo - this.starts[i]
    if (hi - this.starts[i] <= this.chunk) return this.chunks[i].subarray(at, at + (hi - lo))
    const out = new Uint8Array(hi - lo)
    for (let pos = lo; pos < hi; i++) {
      const off = pos - this.starts[i]
      const n = Math.min(this.chunk - off, hi - pos)
      out.set(this.chunks[i].subarray(off, off + n), pos - lo)
      pos += n
    }
    return out
  }

  /** A copy of everything held. */
  toBytes(): Uint8Array {
    const bytes = this.copy(0, this.length)
    // Bytes from several chunks are a copy already; a view of one chunk is copied.
    return this.chunks.some((c) => c.buffer === bytes.buffer) ? bytes.slice() : bytes
  }

  /** The chunk holding offset `at` (binary search). */
  private chunkAt(at: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= at) lo = mid
      else hi = mid - 1
    }
    return lo
  }
}
