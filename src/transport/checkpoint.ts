import type { EncodedPages } from "../compress/encoded-pages.ts"
import type { DeviceState, VcpuState } from "../workload/guest.ts"
import type { Segment } from "../net/segment.ts"
import type { DiskWrite } from "../storage/block-store.ts"

/** Everything checkpoint k carries from the primary to the backup. */
export interface Checkpoint {
  readonly epoch: number
  /** The dirty pages as wire records, after the scenario's compressor. */
  readonly pages: EncodedPages
  /** Pages the backup may drop after applying k: soft in the guest's hint, not in k (shared storage rebuilds them). */
  readonly soft: Int32Array
  readonly vcpu: VcpuState
  readonly device: DeviceState
  /** Bytes `vcpu` and `device` take on the wire (measured once, at capture). */
  readonly stateBytes: number
  /** The packets the guest sent in epoch k: the backup releases them if it takes over before the primary did. */
  readonly output: Segment[]
  /** The disk writes the guest issued in epoch k (held until k commits): the backup owes them if it takes over first. */
  readonly disk: DiskWrite[]
  /** The newest epoch whose output the primary had released when it captured k. */
  readonly releasedThrough: number
  /** Speculation: how far each client had acknowledged the hypervisor's relay; released bytes beyond it are still owed. */
  readonly clientAcked?: Record<string, number>
  /** Copy-on-write transfer: the adapter reads the pages from guest memory as it sends them (a transport that reads memory directly, RDMA, uses it). */
  readonly cow?: CowReads
  /** Speculative state transfer: page parts of this checkpoint already sent during its epoch (numbered 1..parts), and their page records. */
  readonly early?: { parts: number; pages: number }
}

/**
 * A checkpoint sent by copy-on-write: the hypervisor write-protected its dirty
 * pages at the pause and resumed the guest; a page the guest writes before
 * the adapter has read it is copied first (so the checkpoint still holds it
 * as it was at the pause). The transport says when it reads each page part.
 */
export interface CowReads {
  /** The adapter will begin reading page part `part` (from 1) at `atUs`. */
  partStarts(part: number, atUs: number): void
  /** Page part `part` as the adapter reads it now, given its records as they were at the pause. */
  read(part: number, atPause: Uint8Array): Uint8Array
}

/** The newly soft pages travel as a list of page numbers or a bitmap up to the highest (the list is ascending), whichever is smaller. */
export const softSetBytes = (soft: Int32Array): number => (soft.length ? Math.min(4 * soft.length, Math.ceil((soft[soft.length - 1] + 1) / 8)) : 0)
