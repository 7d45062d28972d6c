import type { Actor, Address } from "../sim/kernel.ts"
import type { HostId } from "../sim/observations.ts"
import type { Checkpoint } from "./checkpoint.ts"
import type { EncodedPages } from "../compress/encoded-pages.ts"
import type { LinkDirection } from "../faults/kinds/common.ts"

/**
 * A replication transport: what the primary's epoch loop and the backup see
 * of the wire between them. The primary hands it whole checkpoints; the
 * backup hands it acknowledgements and heartbeats; it delivers to each host
 * `repl.msg` events carrying a `ReplMessage` (a checkpoint arrives as parts
 * and a commit record, in that order), or `link.down` when the connection
 * fails. How the bytes move (TCP over GbE, RDMA verbs), how long they take
 * and what faults do to them is the transport's business: each lives in a
 * folder of its own under src/transport/ and is registered in index.ts.
 */
/**
 * What a checkpoint costs on the wire: its bytes, and the messages they go
 * as (each message's serialisation is rounded up to a whole microsecond, so
 * a bound on when the checkpoint lands needs both).
 */
export interface WireCost {
  bytes: number
  messages: number
}

export interface ReplicationTransport extends Actor<never> {
  /** The kernel address hosts and faults know it by. */
  readonly id: "link"
  /** Where to deliver to each host (before the run starts). */
  connect(hosts: Partial<Record<HostId, Address<TransportDelivery>>>): void
  /** Hand checkpoint k to the wire toward the backup; returns what it will take on the wire. */
  sendCheckpoint(cp: Checkpoint): WireCost
  /**
   * Speculative state transfer: page parts of checkpoint `epoch` sent during
   * its epoch, numbered from `firstPart`, ahead of the checkpoint itself
   * (which numbers its own parts after them). A transport without it cannot
   * carry a scenario with `presend`.
   */
  sendEarlyPages?(epoch: number, pages: EncodedPages, firstPart: number): WireCost & { parts: number }
  /**
   * Active slave: the page hashes (and the guest's inputs) of checkpoint
   * `epoch`, as its part `part`, ahead of its other parts; the backup answers
   * with `sendNeed`. A transport without them cannot carry `activeSlave`.
   */
  sendSlaveHashes?(epoch: number, part: number, hashes: HashesPayload): WireCost
  sendNeed?(epoch: number, pages: Int32Array, listed: number): void
  /** The backup has applied `epoch` (or, for a planted bug, says so). */
  sendAck(epoch: number): void
  /** The backup is alive (the primary's detector counts any message). */
  sendHeartbeat(): void
  /** `host` crashed: what it had not put on the wire yet, and what was bound for it, is lost. */
  endpointCrashed(host: HostId): void
  /** The connection breaks for good (fault link-disconnect): both hosts get `link.down`. */
  disconnect(): void
  /** A partition in `direction` begins now, for `durationUs`, holding what is already on the wire too (fault link-partition-at); a transport that cannot has none. */
  partition?(direction: LinkDirection, durationUs: number): void
  /** `host` is claiming the activation record now: record, as the wire saw it, how long its peer had been silent to it (a `claim` fact). */
  observeClaim(host: HostId): void
  /** Messages each host has sent so far (src/faults/reach.ts). */
  readonly sentCounts: Record<HostId, number>
}

/** Where a transport reports the protocol points only the wire sees: a checkpoint's first part landing with no backup CPU involved (RDMA), an acknowledgement in flight. */
export interface TransportPoints {
  reached(point: "mid-transfer" | "ack-in-flight", epoch: number): void
}

/** What a transport delivers to a host, as a kernel message: a replication message, or the news that the connection failed. */
export type TransportDelivery = { type: "repl.msg"; kind: ReplMessage["kind"]; epoch: number; message: ReplMessage } | { type: "link.down" }

/** What a transport delivers to a host: the parts of a checkpoint, its commit record, an acknowledgement, a heartbeat. Page bytes ride along here, never in machine context. */
export type ReplMessage =
  | { kind: "part"; epoch: number; part: number; pages: number; payload: PartPayload }
  | { kind: "commit"; epoch: number; parts: number; pages: number }
  | { kind: "ack"; epoch: number }
  /** Active slave: the pages of checkpoint `epoch` whose hashes differed on the backup, which the checkpoint must carry. */
  | { kind: "need"; epoch: number; pages: Int32Array }
  | { kind: "heartbeat"; epoch: -1 }

/** A checkpoint's header part: the guest's vCPU and devices, the epoch's output, what the backup may drop, where release stood. */
export interface HeaderPayload {
  kind: "header"
  vcpu: Checkpoint["vcpu"]
  device: Checkpoint["device"]
  output: Checkpoint["output"]
  disk: Checkpoint["disk"]
  soft: Checkpoint["soft"]
  releasedThrough: number
  clientAcked?: Record<string, number>
}

/** A part of a checkpoint's pages, as page records (src/compress/page-record.ts). */
export interface PagesPayload {
  kind: "pages"
  /** Page records, back to back. */
  records: Uint8Array
  /** Planted bug apply-torn-checkpoint only: already decoded into the live image on arrival (these pages). */
  decoded?: Int32Array
  /** Planted bug write-live-image only: an RDMA WRITE put these records straight into the live image as they landed. */
  placedInImage?: boolean
  /** Sent during the checkpoint's epoch (speculative state transfer): staged with it, applied only when it commits. */
  early?: boolean
}

/** An input the guest took during the epoch, and when (after how many slices): what the active slave replays. */
export interface GuestInput {
  tick: number
  client: string
  seq: number
}

/**
 * Active slave: the part that opens checkpoint k. The primary's guest stood
 * at slice `ticks` when captured; `pages` were dirty, with their 64-bit
 * fingerprints in `hashes` (two words each); `inputs` are the requests the
 * guest handled in the epoch, for the backup's own run of it.
 */
export interface HashesPayload {
  kind: "hashes"
  ticks: number
  pages: Int32Array
  hashes: Uint32Array
  inputs: GuestInput[]
}

export type PartPayload = HeaderPayload | PagesPayload | HashesPayload

