import type { DiskWrite } from "./block-store.ts"

/**
 * The hypervisor's disk-write buffer for shared storage (storage output
 * commit): the guest's writes of epoch k are held behind barrier k and leave
 * for the store only when checkpoint k is acknowledged, in issue order.
 */
export class StorageBuffer {
  private open: DiskWrite[] = []
  private readonly closed = new Map<number, DiskWrite[]>()

  hold(write: DiskWrite): void {
    this.open.push(write)
  }

  /** Barrier k: what the guest wrote so far belongs to epoch k (and travels in checkpoint k). */
  closeBarrier(epoch: number): DiskWrite[] {
    const mine = this.open
    this.closed.set(epoch, mine)
    this.open = []
    return mine
  }

  /** The newest held write of `block`, if any (the guest reads its own writes). */
  newest(block: number): Uint8Array | undefined {
    for (let i = this.open.length - 1; i >= 0; i--) if (this.open[i].block === block) return this.open[i].bytes
    for (const e of [...this.closed.keys()].sort((a, b) => b - a)) {
      const w = this.closed.get(e)!
      for (let i = w.length - 1; i >= 0; i--) if (w[i].block === block) return w[i].bytes
    }
    return undefined
  }

  take(epoch: number): DiskWrite[] {
    const w = this.closed.get(epoch) ?? []
    this.closed.delete(epoch)
    return w
  }

  /** Everything held, oldest epoch first, then the open epoch (going unprotected). */
  takeAll(): DiskWrite[] {
    const out = [...this.closed.keys()].sort((a, b) => a - b).flatMap((e) => this.take(e))
    out.push(...this.open)
    this.open = []
    return out
  }
}
