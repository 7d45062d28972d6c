import { modUint } from "../sim/rng.ts"
/** A file block: the unit the guest's page cache reads and writes back (one guest page). */
export const BLOCK_SIZE = 4096

/** A write the guest issued to the shared store, and the epoch it was issued in. */
export interface DiskWrite {
  block: number
  bytes: Uint8Array
  epoch: number
  /** Of the bytes, taken once when the guest issues the write (facts at issue and at landing name it). */
  digest: string
}

/**
 * The shared block store both hosts see (primer, section 1, "Disk"). A block
 * never written holds its file's original content: text-like bytes that are
 * a fixed function of the block number. Contents change only when a write lands, a
 * storage latency after a host issues it; what the store has is what any host
 * reads, so a write that lands before its epoch commits is visible to the
 * world (and to a backup that fails over to an older checkpoint).
 */
export class BlockStore {
  private readonly blocks = new Map<number, Uint8Array>()

  read(block: number): Uint8Array {
    return this.blocks.get(block) ?? originalContent(block)
  }

  land(block: number, bytes: Uint8Array): void {
    this.blocks.set(block, bytes)
  }
}

const WORDS = "the of and to in is that for it as was with be by on not this are or from at which but have an they you were log line user value".split(" ")

/** A block's content before anyone wrote it: lines of words chosen by a xorshift seeded with the block number. */
export const originalContent = (block: number): Uint8Array => {
  const out = new Uint8Array(BLOCK_SIZE)
  let x = (Math.imul(block + 1, 0x9e3779b1) ^ 0x5bd1e995) | 0 || 1
  let at = 0
  while (at < BLOCK_SIZE) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    const word = WORDS[modUint(x >>> 0, WORDS.length)]
    for (let i = 0; i < word.length && at < BLOCK_SIZE; i++) out[at++] = word.charCodeAt(i)
    if (at < BLOCK_SIZE) out[at++] = (x >>> 24) % 8 === 0 ? 10 : 32
  }
  return out
}
