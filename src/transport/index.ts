import type { Sim } from "../sim/kernel.ts"
import type { LinkFault } from "./tcp/timing.ts"
import { TcpTransport, type LinkParams } from "./tcp/tcp-transport.ts"
import type { ReplicationTransport } from "./transport.ts"

/** What a transport is built from: the link's speed, its faults, and how many page records a checkpoint part holds. */
export interface TransportSetup {
  link: LinkParams
  faults: LinkFault[]
  chunkPages: number
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
    create: (sim, s) => new TcpTransport(sim, s.link, s.faults, s.chunkPages),
  },
] as const satisfies readonly TransportKind[]

export type TransportName = (typeof transports)[number]["name"]

export const transportNamed = (name: TransportName): TransportKind => transports.find((t) => t.name === name)!

export type { LinkParams, ReplicationTransport }
export type { ReplMessage, HeaderPayload, PagesPayload, PartPayload } from "./transport.ts"
