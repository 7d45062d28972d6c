import type { GuestMemory } from "../memory/guest-memory.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { BLOCK_SIZE } from "../storage/block-store.ts"

/**
 * The guest kernel's page cache, as guest state: `slots` guest pages (from
 * `firstPage` on) that hold file blocks. A slot caches one block or none, and
 * is dirty from a write until write-back. Clean cached pages are soft (shared
 * storage can rebuild them); everything else in the guest is hard (primer,
 * section 2.5). The state is plain data in the guest's device state, so a
 * checkpoint carries it and a restored guest continues from it.
 */
export interface CacheState {
  /** Per slot: the cached block, or -1. */
  block: number[]
  /** Per slot: 1 if written since the last write-back. */
  dirty: number[]
  /** Clock hand for eviction. */
  hand: number
  /** File operations completed: the workload's progress, which a cold cache slows down. */
  ops: number
  /** Guest time (us) available for file operations, carried between slices. */
  credit: number
}

/** What the guest kernel needs from its host: block reads (through the hypervisor) and writes (held until commit). */
export interface DiskIo {
  read(block: number): Uint8Array
  write(block: number, bytes: Uint8Array): void
  /** The soft-page hint: these guest pages are clean page cache now (primer, section 2.5). */
  softHint?(pages: number[]): void
}

export const emptyCache = (slots: number): CacheState => ({ block: new Array(slots).fill(-1), dirty: new Array(slots).fill(0), hand: 0, ops: 0, credit: 0 })

export class PageCache {
  /** block -> slot, derived from the state (rebuilt after a restore). */
  private readonly slotOf = new Map<number, number>()

  constructor(
    readonly state: CacheState,
    readonly firstPage: number,
    private readonly memory: GuestMemory,
  ) {
    state.block.forEach((b, s) => b >= 0 && this.slotOf.set(b, s))
  }

  get slots(): number {
    return this.state.block.length
  }

  /** Read `block` through the cache; true on a hit, false if it had to come from storage. */
  read(block: number, io: DiskIo): boolean {
    if (this.slotOf.has(block)) return true
    this.fill(block, io)
    return false
  }

  /** Write `value` at word `word` of `block` (reading it in first on a miss); the page turns hard until write-back. */
  write(block: number, word: number, value: number, io: DiskIo): boolean {
    const hit = this.read(block, io)
    const slot = this.slotOf.get(block)!
    this.memory.writeWord(this.firstPage + slot, word, value)
    this.state.dirty[slot] = 1
    return hit
  }

  /** Write every dirty slot back to storage; they become clean (soft). */
  writeBack(io: DiskIo): number {
    let n = 0
    for (let s = 0; s < this.slots; s++) {
      if (!this.state.dirty[s]) continue
      this.flush(s, io)
      n++
    }
    return n
  }

  /** Guest pages that are soft now: clean cached blocks. */
  softPages(): number[] {
    const out: number[] = []
    for (let s = 0; s < this.slots; s++) if (this.state.block[s] >= 0 && !this.state.dirty[s]) out.push(this.firstPage + s)
    return out
  }

  /** Failover fix-up: forget the cached blocks whose pages the backup does not hold; they are re-read on first use. */
  forget(pages: (page: number) => boolean): number {
    let n = 0
    for (let s = 0; s < this.slots; s++) {
      const b = this.state.block[s]
      if (b < 0 || !pages(this.firstPage + s)) continue
      this.slotOf.delete(b)
      this.state.block[s] = -1
      this.state.dirty[s] = 0
      n++
    }
    return n
  }

  /** Bring `block` into a slot: a free one, else the clock's next clean one, else write a dirty one back first. */
  private fill(block: number, io: DiskIo): void {
    const slot = this.victim()
    const old = this.state.block[slot]
    if (old >= 0) {
      if (this.state.dirty[slot]) this.flush(slot, io)
      this.slotOf.delete(old)
    }
    const page = this.firstPage + slot
    this.memory.writable(page).set(io.read(block).subarray(0, PAGE_SIZE))
    this.state.block[slot] = block
    this.state.dirty[slot] = 0
    this.slotOf.set(block, slot)
  }

  private victim(): number {
    const free = this.state.block.indexOf(-1)
    if (free >= 0) return free
    // Clock: the first clean slot from the hand, or the hand itself if all are dirty.
    for (let i = 0; i < this.slots; i++) {
      const s = (this.state.hand + i) % this.slots
      if (!this.state.dirty[s]) {
        this.state.hand = (s + 1) % this.slots
        return s
      }
    }
    const s = this.state.hand
    this.state.hand = (s + 1) % this.slots
    return s
  }

  private flush(slot: number, io: DiskIo): void {
    const page = this.firstPage + slot
    io.write(this.state.block[slot], this.memory.bytes.slice(page * PAGE_SIZE, page * PAGE_SIZE + BLOCK_SIZE))
    this.state.dirty[slot] = 0
  }
}
