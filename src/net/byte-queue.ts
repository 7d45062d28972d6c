/**
 * A send buffer: bytes appended at the end, released from the front, read
 * anywhere in between, without copying the whole buffer on every append or
 * release (a bulk flow does both for every segment).
 */
export class ByteQueue {
  private buf: Uint8Array
  private head = 0
  private tail = 0

  constructor(initial: Uint8Array = new Uint8Array(0)) {
    this.buf = new Uint8Array(Math.max(1024, initial.length * 2))
    this.buf.set(initial)
    this.tail = initial.length
  }

  get length(): number {
    return this.tail - this.head
  }

  append(bytes: Uint8Array): void {
    if (this.tail + bytes.length > this.buf.length) {
      // Out of room at the end: move the live bytes to the front, into a bigger buffer if they need it.
      const live = this.tail - this.head
      if (live + bytes.length <= this.buf.length) this.buf.copyWithin(0, this.head, this.tail)
      else {
        const next = new Uint8Array(2 * (live + bytes.length))
        next.set(this.buf.subarray(this.head, this.tail))
        this.buf = next
      }
      this.tail = live
      this.head = 0
    }
    this.buf.set(bytes, this.tail)
    this.tail += bytes.length
  }

  /** Forget the first `n` bytes. */
  drop(n: number): void {
    this.head = Math.min(this.tail, this.head + n)
  }

  /** A copy of bytes [from, from + len) counted from the front. */
  copy(from: number, len: number): Uint8Array {
    return this.buf.slice(this.head + from, Math.min(this.tail, this.head + from + len))
  }

  /** A copy of everything held. */
  toBytes(): Uint8Array {
    return this.buf.slice(this.head, this.tail)
  }
}
