/**
 * Large buffers reused from one run to the next in a process, so a fuzz
 * campaign does not allocate, fault in and collect megabytes per run (and
 * V8 does not run a full collection every few runs for the external memory).
 *
 * - Zeroed buffers (guest memory images): a run leases them from the kernel
 *   (`Sim.reusable`); when the kernel is disposed each lease's owner makes its
 *   buffer zero again (it knows which pages it wrote) and it comes back here.
 *   They too come in power-of-two size classes (a view of the size asked for),
 *   so a swarm campaign, whose every run draws its own memory size, reuses
 *   them as well instead of faulting in fresh megabytes for most runs.
 *   With EPOCHLAB_CHECK_POOL=1 (the test suite sets it) a returned buffer is
 *   checked to be all zero, so an owner that missed a write path fails loudly
 *   instead of leaking bytes into the next run.
 * - Scratch buffers (capture staging, checkpoint records, a client's received stream): contents
 *   undefined, in power-of-two size classes; back here when their user
 *   recycles them (the backup after applying a checkpoint) or when the run's
 *   kernel is disposed. With EPOCHLAB_CHECK_POOL=1 they come back poisoned.
 */
const zeroed = new Map<number, ArrayBuffer[]>()
const scratch = new Map<number, ArrayBuffer[]>()
const check = process.env.EPOCHLAB_CHECK_POOL === "1"
/**
 * Keep at most this many idle buffers per size class, or as many as fit in
 * KEEP_BYTES: a client's received stream leases a 64 KiB chunk per 64 KiB
 * (about 200 in a remus-spec run), a guest image one buffer of megabytes.
 */
const KEEP = 16
const KEEP_BYTES = 64 << 20

/** An all-zero buffer of `bytes` (a view of a pooled buffer of its size class, whose bytes beyond the view are zero too). */
export const takeZeroed = (bytes: number): Uint8Array => {
  const size = sizeClass(bytes)
  return new Uint8Array(zeroed.get(size)?.pop() ?? new ArrayBuffer(size), 0, bytes)
}

/** A view from `takeZeroed`, all zero again. */
export const giveBackZeroed = (view: Uint8Array): void => {
  const buffer = view.buffer as ArrayBuffer
  if (check) {
    const at = firstNonZero(new Uint8Array(buffer))
    if (at >= 0) throw new Error(`buffer pool: a ${view.byteLength}-byte buffer came back with bytes at ${at} (an owner wrote it without marking the page)`)
  }
  keep(zeroed, buffer.byteLength, buffer)
}

const ZEROS = new Uint8Array(1 << 20)

/** The first byte of `bytes` that is not zero, or -1: compared against zeros a megabyte at a time (memcmp, not a loop in JavaScript). */
const firstNonZero = (bytes: Uint8Array): number => {
  for (let off = 0; off < bytes.length; off += ZEROS.length) {
    const part = bytes.subarray(off, off + ZEROS.length)
    if (Buffer.compare(part, ZEROS.subarray(0, part.length)) !== 0) return off + part.findIndex((b) => b !== 0)
  }
  return -1
}

/** A buffer of at least `bytes` whose contents are undefined, as a view of exactly `bytes`. */
export const takeScratch = (bytes: number): Uint8Array => {
  const size = sizeClass(bytes)
  const buffer = scratch.get(size)?.pop() ?? (Buffer.allocUnsafeSlow(size).buffer as ArrayBuffer)
  return new Uint8Array(buffer, 0, bytes)
}

/**
 * A scratch buffer its user is done with. With EPOCHLAB_CHECK_POOL=1 it is
 * filled with a poison byte first, so a reader that still holds a view reads
 * bytes no run wrote, every time, instead of whatever the next user left:
 * a campaign whose verdicts depended on that once missed a planted bug
 * (docs/performance.md, change 16).
 */
export const giveBackScratch = (buffer: ArrayBuffer): void => {
  if (check) new Uint8Array(buffer).fill(POISON)
  keep(scratch, buffer.byteLength, buffer)
}

const POISON = 0xa5

const keep = <T>(free: Map<number, T[]>, size: number, item: T): void => {
  const list = free.get(size) ?? []
  if (list.length < Math.max(KEEP, KEEP_BYTES / size)) list.push(item)
  free.set(size, list)
}

const sizeClass = (bytes: number): number => {
  let size = 1 << 16
  while (size < bytes) size *= 2
  return size
}
