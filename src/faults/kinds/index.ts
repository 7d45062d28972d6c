import type { FaultKind } from "../kind.ts"
import { clientDelay, type ClientDelay } from "./client-delay.ts"
import { clientDrop, type ClientDrop } from "./client-drop.ts"
import { clientDuplicate, type ClientDuplicate } from "./client-duplicate.ts"
import { clientReorder, type ClientReorder } from "./client-reorder.ts"
import { crashAt, type CrashAt } from "./crash-at.ts"
import { crashAtEvent, type CrashAtEvent } from "./crash-at-event.ts"
import { linkDisconnectAt, type LinkDisconnectAt } from "./link-disconnect-at.ts"
import { linkDisconnectAtEvent, type LinkDisconnectAtEvent } from "./link-disconnect-at-event.ts"
import { hostPause, type HostPause } from "./host-pause.ts"
import { hostPauseAt, type HostPauseAt } from "./host-pause-at.ts"
import { crash, type Crash } from "./crash.ts"
import { linkBandwidth, type LinkBandwidth } from "./link-bandwidth.ts"
import { linkDelay, type LinkDelay } from "./link-delay.ts"
import { linkDisconnect, type LinkDisconnect } from "./link-disconnect.ts"
import { linkDrop, type LinkDrop } from "./link-drop.ts"
import { linkDuplicate, type LinkDuplicate } from "./link-duplicate.ts"
import { linkPartition, type LinkPartition } from "./link-partition.ts"
import { linkPartitionAt, type LinkPartitionAt } from "./link-partition-at.ts"
import { rdmaKeyInvalidate, type RdmaKeyInvalidate } from "./rdma-key-invalidate.ts"
import { rdmaQpError, type RdmaQpError } from "./rdma-qp-error.ts"
import { rdmaRnr, type RdmaRnr } from "./rdma-rnr.ts"
import { rdmaUnresponsive, type RdmaUnresponsive } from "./rdma-unresponsive.ts"
import { rdmaWrError, type RdmaWrError } from "./rdma-wr-error.ts"

/**
 * Every fault kind, one module each (src/faults/kind.ts says what a kind
 * provides). The order is the fuzzer's (its draws depend on it) and the
 * order kinds are listed in messages. To add a kind: a module here, its type
 * in `OneFault`, its object in `faultKinds`, a row in docs/faults.md.
 */
export type OneFault = Crash | CrashAt | LinkPartition | LinkDrop | LinkDuplicate | LinkDelay | LinkBandwidth | LinkDisconnect | ClientDrop | ClientDuplicate | ClientReorder | ClientDelay
  | RdmaQpError | RdmaWrError | RdmaUnresponsive | RdmaRnr | RdmaKeyInvalidate | CrashAtEvent | LinkDisconnectAt | LinkDisconnectAtEvent | HostPause | HostPauseAt | LinkPartitionAt

export const faultKinds = [crash, crashAt, linkPartition, linkDrop, linkDuplicate, linkDelay, linkBandwidth, linkDisconnect, clientDrop, clientDuplicate, clientReorder, clientDelay, rdmaQpError, rdmaWrError, rdmaUnresponsive, rdmaRnr, rdmaKeyInvalidate, crashAtEvent, linkDisconnectAt, linkDisconnectAtEvent, hostPause, hostPauseAt, linkPartitionAt] as const

/** The kind object of a fault (the one cast between a fault and its kind lives here). */
export const kindOf = <F extends OneFault>(f: F): FaultKind<F> => byName.get(f.kind) as unknown as FaultKind<F>

export const kindNamed = (name: string): FaultKind<OneFault> | undefined => byName.get(name) as FaultKind<OneFault> | undefined

const byName = new Map<string, FaultKind<never>>(faultKinds.map((k) => [k.kind, k as unknown as FaultKind<never>]))

export type { Crash, CrashAt, LinkPartition, LinkDrop, LinkDuplicate, LinkDelay, LinkBandwidth, LinkDisconnect, ClientDrop, ClientDuplicate, ClientReorder, ClientDelay, RdmaQpError, RdmaWrError, RdmaUnresponsive, RdmaRnr, RdmaKeyInvalidate, CrashAtEvent, LinkDisconnectAt, LinkDisconnectAtEvent, HostPause, HostPauseAt, LinkPartitionAt }
