/**
 * Small typed arrays that outlive the call that made them (a response body
 * whose segments keep views of it, a capture's page list that travels in the
 * checkpoint), carved one after another from 64 KiB chunks: a view each
 * instead of a backing store each. V8 gives every typed array over 64 bytes a
 * backing store of its own (calloc, external-memory accounting, a sweep at
 * GC): about 3 us, more than producing a response body's bytes. A chunk of
 * 64 KiB stays below malloc's mmap threshold (a larger one was a fresh
 * mapping, page faults and all). A chunk is freed by the garbage collector
 * once no view of it is left. What an arena hands out is zeroed and shared
 * with no other caller.
 *
 * The process shares one (`smallArrays`): an arena per run's object began a
 * zeroed chunk of its own for a few arrays, which cost more than it saved.
 */
export class Arena {
  private chunk = new ArrayBuffer(0)
  private used = 0

  /** `bytes` bytes, 8-byte aligned, zero. */
  private take(bytes: number): number {
    if (this.used + bytes > this.chunk.byteLength) {
      this.chunk = new ArrayBuffer(Math.max(CHUNK_BYTES, bytes))
      this.used = 0
    }
    const at = this.used
    this.used += (bytes + 7) & ~7
    return at
  }

  int32(n: number): Int32Array<ArrayBuffer> {
    const at = this.take(n * 4) // first: it may replace the chunk
    return new Int32Array(this.chunk, at, n)
  }

  /** A copy of `values` (a list built in a plain array, a part of a longer typed array). */
  int32Of(values: ArrayLike<number>): Int32Array<ArrayBuffer> {
    const out = this.int32(values.length)
    out.set(values)
    return out
  }

  uint32(n: number): Uint32Array<ArrayBuffer> {
    const at = this.take(n * 4)
    return new Uint32Array(this.chunk, at, n)
  }

  uint8(n: number): Uint8Array<ArrayBuffer> {
    const at = this.take(n)
    return new Uint8Array(this.chunk, at, n)
  }
}

const CHUNK_BYTES = 64 * 1024

/** The process's arena: nothing depends on where an array lies, so every run and host can share it. */
export const smallArrays = new Arena()
