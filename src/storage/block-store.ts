import { hashBytes } from "../memory/page-hash.ts"

/** A file block: the unit the guest's page cache reads and writes back (one guest page). */
export const BLOCK_SIZE = 4096

/** A write the guest issued to the shared store, and the epoch it was issued in. */
export interface DiskWrite {
  block: number
  bytes: Uint8Array
  epoch: number
}

/**
 * The shared block store both hosts see (primer, section 1, "Disk"). A block
 * never written reads as zeros. Contents change only when a write lands, a
 * storage latency after a host issues it; what the store has is what any host
 * reads, so a write that lands before its epoch commits is visible to the
 * world (and to a backup that fails over to an older checkpoint).
 */
export class BlockStore {
  private readonly blocks = new Map<number, Uint8Array>()

  read(block: number): Uint8Array {
    return this.blocks.get(block) ?? new Uint8Array(BLOCK_SIZE)
  }

  land(block: number, bytes: Uint8Array): void {
    this.blocks.set(block, bytes)
  }

  /** Digest of one block's content (zeros if never written). */
  digestOf(block: number): string {
    return hashBytes(this.read(block))
  }
}
