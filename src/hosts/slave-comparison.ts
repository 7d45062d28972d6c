import { Effect } from "effect"
import { hashBlock } from "../compress/block-hashes.ts"
import { WORDS_PER_PAGE } from "../compress/zero-run.ts"
import { EpochWaiters } from "../epoch/epoch-waiters.ts"
import { pickPages, type DirtyPages } from "../memory/guest-memory.ts"
import type { Sim } from "../sim/kernel.ts"
import { PAGE_SIZE, ZERO_PAGE } from "../memory/page-hash.ts"
import type { GuestInput, ReplicationTransport } from "../transport/transport.ts"

/** What the comparison left checkpoint k to carry, and how many pages the backup takes from its own run. */
export interface Selected {
  pages: DirtyPages
  matched: number
}

const ZERO_HASH = (() => {
  const out = new Uint32Array(2)
  hashBlock(new Int32Array(WORDS_PER_PAGE), 0, WORDS_PER_PAGE, out)
  return out
})()

/**
 * The primary's side of the active slave (src/hosts/active-slave.ts): it logs
 * the inputs its guest takes (each with the slice it came after), and at
 * checkpoint k sends the backup the epoch's inputs and a 64-bit hash of each
 * dirty page as k's first part, waits for the list of pages whose hashes
 * differed there, and lets the checkpoint carry only those. The wait is a
 * round trip on the link between the pause and the transfer; the guest runs
 * meanwhile.
 */
export class SlaveComparison {
  private inputs: GuestInput[] = []
  private readonly inputsOf = new Map<number, GuestInput[]>()
  private readonly needs = new Map<number, Int32Array>()
  private readonly answered = new EpochWaiters()

  constructor(
    private readonly kernel: Sim,
    private readonly link: ReplicationTransport,
    /** Told of each page the backup takes from its own run (the encoder, which mirrors the backup, must know). */
    private readonly backupHolds: (page: number, data: Uint8Array, from: number) => void,
  ) {
    if (!link.sendSlaveHashes || !link.sendNeed) throw new Error("an active slave needs a transport that carries page hashes and need lists (tcp)")
  }

  /** The guest took request `seq` of `client` after `tick` slices. */
  input(tick: number, client: string, seq: number): void {
    this.inputs.push({ tick, client, seq })
  }

  /** Capture k closed the epoch: its inputs are k's (the initial sync's are nobody's: the slave starts from it). */
  captured(epoch: number): void {
    if (epoch > 0) this.inputsOf.set(epoch, this.inputs)
    this.inputs = []
  }

  /** The backup's answer for checkpoint k. */
  answer(epoch: number, need: Int32Array): void {
    this.needs.set(epoch, need)
    this.answered.advance(epoch)
  }

  /** Send k's hashes as its part `part`, await the backup's answer, and keep only the pages it needs. */
  select(epoch: number, pages: DirtyPages, ticks: number, part: number): Effect.Effect<Selected> {
    return Effect.suspend(() => {
      const n = pages.indices.length
      const words = new Int32Array(pages.data.buffer, pages.data.byteOffset, pages.data.byteLength >>> 2)
      const hashes = new Uint32Array(2 * n)
      const out = new Uint32Array(2)
      for (let i = 0; i < n; i++) {
        if (pages.zero?.[i]) hashes.set(ZERO_HASH, 2 * i)
        else {
          hashBlock(words, i * WORDS_PER_PAGE, WORDS_PER_PAGE, out)
          hashes.set(out, 2 * i)
        }
      }
      const inputs = this.inputsOf.get(epoch) ?? []
      this.inputsOf.delete(epoch)
      const cost = this.link.sendSlaveHashes!(epoch, part, { kind: "hashes", ticks, pages: pages.indices.slice(), hashes, inputs })
      this.kernel.observe({ kind: "slave-hashes", epoch, listed: n, inputs: inputs.length, bytes: cost.bytes, messages: cost.messages })
      return this.answered.wait(epoch).pipe(
        Effect.map(() => {
          const need = this.needs.get(epoch) ?? new Int32Array(0)
          this.needs.delete(epoch)
          const needed = positionsOf(pages.indices, need)
          for (let i = 0, j = 0; i < n; i++) {
            if (j < needed.length && needed[j] === i) j++
            else if (pages.zero?.[i]) this.backupHolds(pages.indices[i], ZERO_PAGE, 0)
            else this.backupHolds(pages.indices[i], pages.data, i * PAGE_SIZE)
          }
          return { pages: pickPages(pages, needed), matched: n - need.length }
        }),
      )
    })
  }
}

/** Where each of `wanted` (ascending, a subset) sits in `indices` (ascending). */
const positionsOf = (indices: Int32Array, wanted: Int32Array): number[] => {
  const out: number[] = []
  for (let i = 0, j = 0; i < indices.length && j < wanted.length; i++) if (indices[i] === wanted[j]) (out.push(i), j++)
  return out
}
