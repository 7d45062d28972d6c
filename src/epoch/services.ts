import { Context, type Effect } from "effect"
import type { PrimaryEvent } from "../../machines/primary.ts"
import type { EncodedPages } from "../compress/encoded-pages.ts"
import type { DirtyPages } from "../memory/guest-memory.ts"
import type { DeviceState, VcpuState } from "../workload/guest.ts"
import type { Segment } from "../net/segment.ts"
import type { DiskWrite } from "../storage/block-store.ts"
import type { Filtered } from "./soft-page-filter.ts"
import type { Checkpoint } from "../transport/checkpoint.ts"

/**
 * The services the primary's epoch loop is built from. Later mechanisms
 * (compression, soft-page filtering, speculation, adaptive scheduling) are new
 * implementations of these, or new services between capture and transfer, not
 * edits to the loop.
 */

/** When to take the next checkpoint. */
export class CheckpointPolicy extends Context.Service<
  CheckpointPolicy,
  { readonly awaitCheckpoint: (epoch: number) => Effect.Effect<void> }
>()("epochlab/CheckpointPolicy") {}

export interface CapturedState {
  readonly pages: DirtyPages
  readonly vcpu: VcpuState
  readonly device: DeviceState
  /** Bytes the vCPU and devices take in the checkpoint's header. */
  readonly stateBytes: number
}

/** The guest: pause it for checkpoint `epoch`, copy its dirty state out (taking the pause time), resume it. */
export class GuestControl extends Context.Service<
  GuestControl,
  {
    readonly pause: (epoch: number) => Effect.Effect<void>
    readonly capture: (epoch: number) => Effect.Effect<CapturedState>
    readonly resume: (epoch: number) => Effect.Effect<void>
  }
>()("epochlab/GuestControl") {}

/** Between capture and compression: which captured pages the checkpoint carries, and which pages the backup may drop (primer, section 2.5). */
export class SoftPages extends Context.Service<
  SoftPages,
  { readonly filter: (epoch: number, pages: DirtyPages) => Effect.Effect<Filtered> }
>()("epochlab/SoftPages") {}

/** Between capture and transfer: turns the captured dirty pages into wire records (primer, section 2.1). */
export class PageCompressor extends Context.Service<
  PageCompressor,
  {
    /** `dropped`: pages the backup drops as it applies this checkpoint, before its pages (soft-page filtering). */
    readonly encode: (epoch: number, pages: DirtyPages, dropped: Int32Array) => Effect.Effect<EncodedPages>
  }
>()("epochlab/PageCompressor") {}

/** The hypervisor's output queues (network, and disk with shared storage): barriers, and release once the protocol allows it. */
export class OutputQueue extends Context.Service<
  OutputQueue,
  {
    /** Barrier k on the network output and on the disk writes to shared storage: what epoch k produced. */
    /** Close epoch k's barrier: its packets and disk writes; with speculation, where each client's acknowledgements stand. */
    readonly closeBarrier: (epoch: number) => Effect.Effect<{ packets: Segment[]; writes: DiskWrite[]; clientAcked?: Record<string, number> }>
    readonly releasedThrough: Effect.Effect<number>
    /** Asking the output queue to open takes time (a netlink round trip to the qdisc in Remus). */
    readonly releaseLatencyUs: number
    readonly requestRelease: (epoch: number) => Effect.Effect<void>
  }
>()("epochlab/OutputQueue") {}

/** The replication link as the epoch loop sees it: send a checkpoint, await its acknowledgement. */
export class ReplicationLink extends Context.Service<
  ReplicationLink,
  {
    readonly send: (checkpoint: Checkpoint) => Effect.Effect<number>
    readonly awaitAck: (epoch: number) => Effect.Effect<void>
  }
>()("epochlab/ReplicationLink") {}

/** The primary's protocol machine: the loop reports each phase to it. */
export class PrimaryProtocol extends Context.Service<
  PrimaryProtocol,
  { readonly signal: (event: PrimaryEvent) => Effect.Effect<void> }
>()("epochlab/PrimaryProtocol") {}

/** Every service the epoch loop needs: a host provides them as one Layer (a missing one is a type error). */
export type EpochServices = CheckpointPolicy | GuestControl | SoftPages | PageCompressor | OutputQueue | ReplicationLink | PrimaryProtocol
