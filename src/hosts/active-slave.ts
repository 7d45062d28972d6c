import { GuestMemory } from "../memory/guest-memory.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { hashBlock } from "../compress/block-hashes.ts"
import { WORDS_PER_PAGE } from "../compress/zero-run.ts"
import type { Rng } from "../sim/rng.ts"
import type { HashesPayload } from "../transport/transport.ts"
import { Guest, type DeviceState, type VcpuState, type WorkloadParams } from "../workload/guest.ts"

/** What the backup's run of epoch k found: the pages it may take from its own run, and those the checkpoint must carry. */
export interface Comparison {
  matched: Int32Array
  need: Int32Array
}

/**
 * The active slave (primer, section 2.6): the backup runs the guest too, on
 * the inputs the primary's guest took (each at the slice it took it), from
 * the last committed checkpoint. At checkpoint k the primary sends the
 * 64-bit hashes of its dirty pages (hashBlock over each page, not the digests' Fletcher fingerprint); the slave runs epoch k to the same slice
 * and compares: a page whose hash matches is taken from the slave's
 * own memory, the others the checkpoint carries.
 *
 * What makes pages differ is the guest's nondeterminism: the host's random
 * input in every response (the service's state page) and the order in which
 * several vCPUs' writes land (src/workload/guest.ts). A workload of one vCPU
 * that answers no request is reproduced exactly; one whose vCPUs share
 * pages is not.
 *
 * The slave's run is speculative: its memory, vCPU and devices, and the
 * responses it computed (never sent) are thrown away at failover, which
 * restores the committed image only. After each commit the slave's memory is
 * brought back to the committed image on every page either side touched.
 *
 * Planted bug `slave-trusts-own-page`: a page whose hash matched once
 * is taken from the slave's memory from then on without comparing again.
 */
export class ActiveSlave {
  private readonly memory: GuestMemory
  private readonly guest: Guest
  /** Per epoch compared and not yet applied: what the comparison found. */
  private readonly compared = new Map<number, Comparison>()
  /** The pages the slave's run of the newest compared epoch wrote. */
  private ranOver: Int32Array = new Int32Array(0)
  /** Bug mode: pages that matched in some comparison. */
  private readonly matchedOnce: Uint8Array
  private readonly scratch = new Uint32Array(2)

  constructor(
    image: GuestMemory,
    vcpu: VcpuState,
    device: DeviceState,
    workload: WorkloadParams,
    nondet: Rng,
    private readonly trustEarlierMatches = false,
  ) {
    this.memory = new GuestMemory(image.pages, false)
    this.memory.bytes.set(image.bytes)
    this.guest = new Guest(this.memory, structuredClone(vcpu), structuredClone(device), workload, nondet)
    this.matchedOnce = new Uint8Array(trustEarlierMatches ? image.pages : 0)
  }

  /** Run the epoch the hashes close (from the committed checkpoint before it) and compare. */
  compare(epoch: number, h: HashesPayload): Comparison {
    let next = 0
    const deliver = () => {
      while (next < h.inputs.length && h.inputs[next].tick <= this.guest.vcpu.ticks) {
        const input = h.inputs[next++]
        this.guest.handleRequest(input.client, input.seq, 0) // its response is computed and dropped: only the primary's goes out
      }
    }
    deliver()
    while (this.guest.vcpu.ticks < h.ticks) {
      this.guest.tick()
      deliver()
    }
    this.ranOver = this.memory.clearDirty()
    const matched: number[] = []
    const need: number[] = []
    for (let i = 0; i < h.pages.length; i++) {
      const p = h.pages[i]
      if (this.trustEarlierMatches && this.matchedOnce[p]) {
        matched.push(p)
        continue
      }
      hashBlock(this.memory.words, p * WORDS_PER_PAGE, WORDS_PER_PAGE, this.scratch)
      const same = this.scratch[0] === h.hashes[2 * i] && this.scratch[1] === h.hashes[2 * i + 1]
      ;(same ? matched : need).push(p)
      if (same && this.trustEarlierMatches) this.matchedOnce[p] = 1
    }
    const c = { matched: Int32Array.from(matched), need: Int32Array.from(need) }
    this.compared.set(epoch, c)
    return c
  }

  /** Checkpoint `epoch` is being applied: copy the pages it takes from the slave's run into the image; returns them. */
  takeMatched(epoch: number, image: Uint8Array): Int32Array {
    const c = this.compared.get(epoch)
    this.compared.delete(epoch)
    if (!c) return new Int32Array(0)
    for (const p of c.matched) image.set(this.memory.bytes.subarray(p * PAGE_SIZE, (p + 1) * PAGE_SIZE), p * PAGE_SIZE)
    return c.matched
  }

  /**
   * Checkpoint `epoch` is committed as `image` with `vcpu` and `device`: the
   * slave's memory takes the committed bytes of every page either side wrote
   * in the epoch (its own run may have written pages the primary did not).
   */
  committed(image: GuestMemory, installed: Int32Array, vcpu: VcpuState, device: DeviceState): void {
    for (const list of [installed, this.ranOver])
      for (const p of list) this.memory.bytes.set(image.bytes.subarray(p * PAGE_SIZE, (p + 1) * PAGE_SIZE), p * PAGE_SIZE)
    this.ranOver = new Int32Array(0)
    this.guest.vcpu = structuredClone(vcpu)
    this.guest.device = structuredClone(device)
  }
}
