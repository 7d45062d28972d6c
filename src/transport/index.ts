import type { Sim } from "../sim/kernel.ts"
import type { LinkFault } from "./link-timing.ts"
import { TcpTransport, type LinkParams } from "./tcp/tcp-transport.ts"
import type { ReplicationTransport, TransportPoints } from "./transport.ts"
import { RdmaTransport } from "./rdma/rdma-transport.ts"
import { defaultVerbs, type VerbsParams } from "./rdma/verbs.ts"
import type { HostHooks } from "../bugs/host-hooks.ts"

/** What a transport is built from: the link's speed, its faults, and how many page records a checkpoint part holds. */
export interface TransportSetup {
  link: LinkParams
  faults: LinkFault[]
  chunkPages: number
  /** Where a planted bug may make the transport deviate. */
  hooks: HostHooks
  /** Where a transport reports the protocol points no host sees (RDMA: pages landing with no backup CPU involved; an acknowledgement in flight). */
  points?: TransportPoints
  /** RDMA only: the queue pairs' timeouts and the staging slots (default: verbs.ts). */
  verbs?: VerbsParams
}

/** A replication transport a scenario can choose (`transport`), registered here. */
export interface TransportKind {
  readonly name: string
  readonly summary: string
  create(sim: Sim, setup: TransportSetup): ReplicationTransport
}

export const transports = [
  {
    name: "tcp",
    summary: "TCP over GbE: serialised per direction at the link's bandwidth, in order, a lost segment resent after an RTO",
    create: (sim, s) => new TcpTransport(sim, s.link, s.faults, s.chunkPages, s.points),
  },
  {
    name: "rdma",
    summary: "RDMA verbs over InfiniBand: one-sided WRITEs into the backup's staging region, the commit as a WRITE_WITH_IMM behind them, queue pairs that fail with retry-exceeded and flush",
    create: (sim, s) => new RdmaTransport(sim, s.link, s.faults, s.chunkPages, { verbs: s.verbs ?? defaultVerbs, commit: s.hooks.rdmaCommit, pagesTo: s.hooks.rdmaPagesTo, points: s.points }),
  },
] as const satisfies readonly TransportKind[]

export type TransportName = (typeof transports)[number]["name"]

export const transportNamed = (name: TransportName): TransportKind => transports.find((t) => t.name === name)!

export type { LinkParams, ReplicationTransport }
export type { ReplMessage, HeaderPayload, PagesPayload, PartPayload } from "./transport.ts"
