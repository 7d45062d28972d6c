import type { Fact, HostId, ReleaseMode } from "../sim/observations.ts"
import type { Address, Sim } from "../sim/kernel.ts"
import { serializationUs, type Micros } from "../sim/time.ts"
import type { Segment } from "./segment.ts"
import { TCP_MIN_RTO_US } from "./tcp-params.ts"
import type { Fault } from "../faults/schedule.ts"
import type { PacketFate, PacketInfo } from "../faults/kind.ts"
import { kindOf } from "../faults/kinds/index.ts"
import type { ClientPacket } from "./hypervisor-net.ts"

type ClientFault = Extract<Fault, { kind: `client-${string}` }>
type PacketOut = Extract<Fact, { kind: "packet-out" }>


/** What the network delivers to a client: a segment of the VM's stream (the scalar fields are for a reader of the trace). */
export type ToClient = { type: "net.segment"; from: HostId; offset: number; len: number; reqSeq: number; segment: Segment }
/** What reaches the `net` actor, which routes it to the VM's current host. */
export type ToNet = { type: "net.request"; client: string; seq: number } | ({ type: "net.packet" } & ClientPacket)
/** What reaches the host that holds the VM's address. */
export type ToVm = { type: "client.request"; client: string; seq: number } | ({ type: "client.packet" } & ClientPacket)

/** Where the network delivers: each client, the router, and the hosts that may hold the VM's address. */
export interface NetworkEnds {
  clients: ReadonlyMap<string, Address<ToClient>>
  net: Address<ToNet>
  hosts: Partial<Record<HostId, Address<ToVm>>>
}

export interface ClientPathParams {
  bytesPerSecond: number
  latencyUs: Micros
}

/** Ethernet + IP + TCP headers on every segment. */
const HEADER_BYTES = 66

/**
 * The LAN between the VM and its clients: latency and bandwidth per direction.
 * The VM's address follows the active copy: on failover the backup announces
 * it (gratuitous ARP), and from then on requests reach the backup.
 * Client-network faults act on real packets, counted per client and direction:
 * a lost packet to the client is resent by the sender's TCP after its RTO
 * (the guest TCP stack that will do this is a later issue's), a lost request
 * is resent by the client's own timeout.
 */
export class ClientNetwork {
  private vmHost: HostId = "primary"
  private ends: NetworkEnds | undefined
  private readonly busyUntil = new Map<string, Micros>()
  private readonly counts = new Map<string, number>()
  /** Per client, the names of its directions (built once: a name built per packet is a fresh string to hash each time). */
  private readonly names = new Map<string, { from: Record<HostId, string>; toVm: string; counted: Record<"to-client" | "to-vm", string> }>()

  private namesOf(client: string) {
    let n = this.names.get(client)
    if (!n)
      this.names.set(
        client,
        (n = { from: { primary: `primary->${client}`, backup: `backup->${client}` }, toVm: `${client}->vm`, counted: { "to-client": `${client}/to-client`, "to-vm": `${client}/to-vm` } }),
      )
    return n
  }

  constructor(
    private readonly kernel: Sim,
    private readonly params: ClientPathParams,
    private readonly faults: readonly ClientFault[] = [],
    /** Real TCP on both ends (scenarios with `tcp`): a lost packet is lost, and the sender's TCP finds out. */
    private readonly realTcp = false,
  ) {}

  /** Packets so far per `client/direction` (for Reach). */
  get packetCounts(): ReadonlyMap<string, number> {
    return this.counts
  }

  get owner(): HostId {
    return this.vmHost
  }

  /** The actors it delivers to, once they exist. */
  connect(ends: NetworkEnds): void {
    this.ends = ends
  }

  private get wired(): NetworkEnds {
    if (!this.ends) throw new Error("client network: used before connect()")
    return this.ends
  }

  announce(host: HostId): void {
    this.vmHost = host
  }

  /** A segment leaves `host` for its client: the moment output becomes externally visible. */
  toClient(host: HostId, segment: Segment, mode: ReleaseMode): void {
    const { kernel } = this
    // Optional fields written out rather than spread in (a spread of a conditional object is V8's slow path, once per packet); the key order is the spread's.
    const { client, epoch, offset, len, producedAt, lastProducedAt } = segment
    const fact: PacketOut =
      lastProducedAt === undefined
        ? { kind: "packet-out", host, client, epoch, offset, len, producedAt, mode }
        : { kind: "packet-out", host, client, epoch, offset, len, producedAt, lastProducedAt, mode }
    if (segment.retransmit) fact.retransmit = true
    if (segment.speculative) fact.speculative = true
    kernel.observe(fact)
    const sent = this.transmit(this.namesOf(segment.client).from[host], segment.len + HEADER_BYTES)
    const to = this.wired.clients.get(segment.client)
    if (!to) throw new Error(`client network: no client ${segment.client}`)
    for (const at of this.deliveries(segment.client, "to-client", sent))
      kernel.schedule(at, to, { type: "net.segment", from: host, offset: segment.offset, len: segment.len, reqSeq: segment.reqSeq, segment })
  }

  /** A request from a client to whichever host holds the VM's address when it arrives. */
  toVm(client: string, seq: number, bytes: number): void {
    const sent = this.transmit(this.namesOf(client).toVm, bytes + HEADER_BYTES)
    for (const at of this.deliveries(client, "to-vm", sent)) this.kernel.schedule(at, this.wired.net, { type: "net.request", client, seq })
  }

  /** A TCP packet from a client (its acknowledgement, its data, or both) to whichever host holds the VM's address when it arrives. */
  packetToVm(packet: ClientPacket): void {
    const sent = this.transmit(this.namesOf(packet.client).toVm, (packet.len ?? 0) + HEADER_BYTES)
    for (const at of this.deliveries(packet.client, "to-vm", sent)) this.kernel.schedule(at, this.wired.net, { type: "net.packet", ...packet })
  }

  /** Arrival times of one packet under the client faults: none (lost), one, or two (duplicated). */
  private deliveries(client: string, direction: "to-client" | "to-vm", arrival: Micros): Micros[] {
    const key = this.namesOf(client).counted[direction]
    const nth = (this.counts.get(key) ?? 0) + 1
    this.counts.set(key, nth)
    // Windows are judged on when the packet was sent, whatever other faults do to it.
    if (this.faults.length === 0) return [arrival]
    const sentAt = arrival - this.params.latencyUs
    const fate: PacketFate = { at: arrival, copies: 1, lost: false }
    const info: PacketInfo = { client, direction, nth, sentAt, realTcp: this.realTcp, rtoUs: TCP_MIN_RTO_US }
    for (const f of this.faults) {
      if (!kindOf(f).client?.(fate, f, info)) continue
      this.kernel.observe({ kind: "fault-acted", fault: f.kind })
      if (fate.lost) return []
    }
    return fate.copies === 2 ? [fate.at, fate.at + 1] : [fate.at]
  }


  /** Route an arrived request to the current owner of the VM's address. */
  route(event: { client: string; seq: number }): void {
    const to = this.wired.hosts[this.vmHost]
    if (to) this.kernel.schedule(this.kernel.now, to, { type: "client.request", client: event.client, seq: event.seq })
  }

  /** Route an arrived TCP packet to the current owner of the VM's address. */
  routePacket(event: ClientPacket): void {
    const to = this.wired.hosts[this.vmHost]
    if (to) this.kernel.schedule(this.kernel.now, to, { ...event, type: "client.packet" })
  }

  private transmit(direction: string, bytes: number): Micros {
    const start = Math.max(this.kernel.now, this.busyUntil.get(direction) ?? 0)
    const departAt = start + serializationUs(bytes, this.params.bytesPerSecond)
    this.busyUntil.set(direction, departAt)
    return departAt + this.params.latencyUs
  }
}
