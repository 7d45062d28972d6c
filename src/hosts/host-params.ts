import type { Protocol } from "../bugs/bugs.ts"
import { decodesRecords, type CompressionParams } from "../compress/compressors.ts"
import type { Micros } from "../sim/time.ts"
import type { WorkloadParams } from "../workload/guest.ts"
import type { GuestNet } from "../net/tcp-params.ts"
import type { EpochServiceName } from "../epoch/inert-services.ts"
import type { CheckpointPolicy } from "../epoch/services.ts"
import type { HypervisorView, PolicySpec } from "../policy/index.ts"

export type { GuestNet } from "../net/tcp-params.ts"

/** What both hosts need to know about the protected VM and the protocol's timing. */
export interface HostParams {
  pages: number
  guestSeed: number
  workload: WorkloadParams
  epochUs: Micros
  detectionTimeoutUs: Micros
  /** Backup: how often it tells the primary it is alive (the primary's detector counts any message). */
  heartbeatUs: Micros
  /** Pause = base (vCPU + device save, barrier) + per dirty page copied. */
  pauseBaseUs: Micros
  pauseUsPerPage: number
  /**
   * How the pause gets the dirty pages to the link: copied during the pause
   * (stop-and-copy, the default), or write-protected and read by the adapter
   * after the guest resumed (copy-on-write; needs a transport that reads
   * guest memory itself: rdma).
   */
  transfer?: "stop-and-copy" | "copy-on-write"
  /** Copy-on-write: write-protecting one page during the pause. */
  cowProtectUsPerPage?: number
  /** Copy-on-write: the guest's cost of one protection fault (the fault and a page copy). */
  cowFaultUs?: number
  /** Primary: from an acknowledgement to its epoch's packets leaving (opening the output queue). */
  releaseLatencyUs: Micros
  /** Backup: applying a staged page into the image. */
  applyUsPerPage: number
  /** Backup: building a running guest from the committed image. */
  restoreUs: Micros
  storageLatencyUs: Micros
  chunkPages: number
  /** The replication link's nominal payload rate, as the hypervisor is configured with it (the scenario's link). */
  linkBytesPerSecond: number
  /** How dirty pages are encoded on the replication link. */
  compression: CompressionParams
  /**
   * Speculative state transfer (primer, section 2.6; src/epoch/early-transfer.ts):
   * every `everyUs` of an epoch, the dirty pages quiet since the last look go
   * ahead of the checkpoint. Absent: pages go only at the checkpoint.
   */
  presend?: { everyUs: Micros }
  /**
   * Active slave (primer, section 2.6; src/hosts/active-slave.ts): the backup
   * runs the guest on the primary's inputs, and a checkpoint carries only the
   * dirty pages whose fingerprints differ there. Request/response guests only.
   */
  activeSlave?: boolean
  /** The protocol's machines and host hooks: correct, or with a planted bug (src/bugs). */
  protocol: Protocol
  /** With real TCP (scenarios with `tcp`); absent, the simpler request/response path. */
  net?: GuestNet
  /** When the epoch loop takes a checkpoint (src/policy; the scenario's `policy`). */
  policy: PolicySpec
  /** Test-only: a policy that is not in the registry, built on the primary's view. */
  customPolicy?: (view: HypervisorView) => CheckpointPolicy["Service"]
  /** Test-only: an epoch-loop service replaced by its inert version (src/epoch/inert-services.ts). */
  sabotage?: { service?: EpochServiceName }
}

/** The backup installs pages other than raw ones of one checkpoint (decoded, or sent early), so both hosts digest them (compression-roundtrip). */
export const digestsPages = (p: Pick<HostParams, "compression" | "presend" | "activeSlave">): boolean => decodesRecords(p.compression) || p.presend !== undefined || p.activeSlave === true
