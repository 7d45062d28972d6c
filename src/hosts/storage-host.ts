import type { ReleaseMode } from "../sim/observations.ts"
import { addressOf, type Actor, type Sim } from "../sim/kernel.ts"
import type { HostId } from "../sim/commands.ts"
import type { BlockStore, DiskWrite } from "../storage/block-store.ts"

/**
 * The shared store as an actor: a host issues a write, it lands a storage
 * latency later, in issue order (one queue per host). Reads are answered from
 * the store at once (their latency is charged to the reader). Writes a host
 * issued that have not landed yet are the host's own business: `pending`
 * lets it read its own writes.
 */
type Landing = { type: "storage.land"; host: HostId; mode: ReleaseMode; write: DiskWrite }

export class StorageHost implements Actor<Landing> {
  readonly id = "storage"
  private readonly self = addressOf<Landing>(this)

  constructor(
    private readonly kernel: Sim,
    readonly store: BlockStore,
    private readonly latencyUs: number,
  ) {}

  state(): string {
    return "serving"
  }

  /** Send `writes` to the store; each lands after the storage latency. */
  issue(host: HostId, writes: readonly DiskWrite[], mode: ReleaseMode): void {
    for (const write of writes) {
      this.kernel.after(this.latencyUs, this.self, { type: "storage.land", host, mode, write })
    }
  }

  deliver(e: Landing): void {
    this.store.land(e.write.block, e.write.bytes)
    this.kernel.observe({ kind: "storage-land", host: e.host, mode: e.mode, epoch: e.write.epoch, block: e.write.block, digest: e.write.digest })
  }
}
