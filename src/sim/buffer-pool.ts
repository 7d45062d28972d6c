/**
 * Large zeroed buffers (guest memory images) reused from one run to the next
 * in a process, so a fuzz campaign does not allocate, fault in and collect
 * 32 MiB per run. A run leases buffers from the kernel (`Sim.reusable`); when
 * the kernel is disposed each lease's owner makes its buffer zero again (it
 * knows which pages it wrote) and the buffer goes back here.
 *
 * With EPOCHLAB_CHECK_POOL=1 (the test suite sets it) a returned buffer is
 * checked to be all zero, so an owner that missed a write path fails loudly
 * instead of leaking bytes into the next run.
 */
const free = new Map<number, Uint8Array[]>()
const check = process.env.EPOCHLAB_CHECK_POOL === "1"
/** Keep at most this many idle buffers per size: enough for the hosts of a few runs. */
const KEEP = 8

export const takeZeroed = (bytes: number): Uint8Array => free.get(bytes)?.pop() ?? new Uint8Array(bytes)

export const giveBack = (buffer: Uint8Array): void => {
  if (check) {
    const words = new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength >>> 2)
    for (let i = 0; i < words.length; i++)
      if (words[i] !== 0) throw new Error(`buffer pool: a ${buffer.byteLength}-byte buffer came back with bytes at ${4 * i} (an owner wrote it without marking the page)`)
  }
  const list = free.get(buffer.byteLength) ?? []
  if (list.length < KEEP) list.push(buffer)
  free.set(buffer.byteLength, list)
}
