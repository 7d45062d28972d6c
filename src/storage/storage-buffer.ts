import { EpochBarriers } from "../common/epoch-barriers.ts"
import type { DiskWrite } from "./block-store.ts"

/**
 * The hypervisor's disk-write buffer for shared storage (storage output
 * commit): the guest's writes of epoch k are held behind barrier k and leave
 * for the store only when checkpoint k is acknowledged, in issue order.
 */
export class StorageBuffer extends EpochBarriers<DiskWrite> {
  /** The newest held write of `block`, if any (the guest reads its own writes). */
  newest(block: number): Uint8Array | undefined {
    for (let i = this.open.length - 1; i >= 0; i--) if (this.open[i].block === block) return this.open[i].bytes
    for (const e of [...this.closed.keys()].sort((a, b) => b - a)) {
      const w = this.closed.get(e)!
      for (let i = w.length - 1; i >= 0; i--) if (w[i].block === block) return w[i].bytes
    }
    return undefined
  }
}
