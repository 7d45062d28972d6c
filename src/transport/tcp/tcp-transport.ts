import { DeliveryClock } from "../delivery-clock.ts"
import { linkMachine, type LinkCommand, type LinkContext, type LinkEvent } from "./link-machine.ts"
import type { LinkFault } from "../link-timing.ts"
import type { HostId } from "../../sim/commands.ts"
import { addressOf, type Actor, type Address, type Sim } from "../../sim/kernel.ts"
import { MachineActor } from "../../sim/machine-actor.ts"
import type { Checkpoint } from "../checkpoint.ts"
import type { HashesPayload, ReplicationTransport, ReplMessage, TransportDelivery, TransportPoints, WireCost } from "../transport.ts"
import type { LinkDirection } from "../../faults/kinds/common.ts"
import { ACK_BYTES, encodeCheckpoint, encodePageParts, hashesPartBytes, HEARTBEAT_BYTES, needBytes, type WireMessage } from "./framing.ts"
import type { EncodedPages } from "../../compress/encoded-pages.ts"

/** The link's speed: payload bandwidth and one-way latency. */
export interface LinkParams {
  bytesPerSecond: number
  latencyUs: number
}

export type { LinkFault } from "../link-timing.ts"

/**
 * TCP over GbE as a replication transport (the `link` actor): the link
 * machine (link-machine.ts: serialisation per direction, latency, in-order
 * delivery, the link faults' effect on each segment in ../link-timing.ts) and the
 * table of payloads in flight. A checkpoint goes as framed parts and a commit
 * record (framing.ts).
 */
/** What the link actor takes: its machine's events, stamped with the time when delivered. */
type LinkMessage =
  | DistributiveOmit<LinkEvent, "now">
  | { type: "send"; msgId: number; from: HostId; to: HostId; bytes: number; /** For a reader of the trace. */ kind: string; epoch: number }
  /** An acknowledgement has fully left the backup (the protocol point ack-in-flight, if it is still on its way). */
  | { type: "ack.left"; msgId: number }

export class TcpTransport implements ReplicationTransport, Actor<LinkMessage> {
  readonly id = "link"
  private readonly self = addressOf<LinkMessage>(this)
  private hosts: Partial<Record<HostId, Address<TransportDelivery>>> = {}
  private readonly machine: MachineActor<LinkEvent, LinkCommand>
  private readonly payloads = new Map<number, ReplMessage>()
  private nextId = 1
  /** What the wire last handed each host, and whether it saw the connection fail: the observer behind no-spurious-failover. */
  private readonly deliveries = new DeliveryClock()
  private connectionLost = false

  constructor(
    private readonly kernel: Sim,
    params: LinkParams,
    faults: LinkFault[] = [],
    /** Page records per checkpoint part. */
    private readonly chunkPages = 64,
    /** Where it reports the protocol points it sees (ack-in-flight). */
    private readonly points?: TransportPoints,
  ) {
    this.machine = new MachineActor(kernel, this.self, linkMachine, { ...params, faults }, (cmd) => this.execute(cmd))
  }

  connect(hosts: Partial<Record<HostId, Address<TransportDelivery>>>): void {
    this.hosts = hosts
  }

  private deliverTo(host: HostId, message: TransportDelivery): void {
    const to = this.hosts[host]
    if (to) this.kernel.schedule(this.kernel.now, to, message)
  }

  sendCheckpoint(cp: Checkpoint): WireCost {
    return this.sendToBackup(encodeCheckpoint(cp, this.chunkPages))
  }

  sendEarlyPages(epoch: number, pages: EncodedPages, firstPart: number): WireCost & { parts: number } {
    const wire = encodePageParts(epoch, pages, this.chunkPages, firstPart, true)
    return { ...this.sendToBackup(wire), parts: wire.length }
  }

  sendSlaveHashes(epoch: number, part: number, hashes: HashesPayload): WireCost {
    return this.sendToBackup([{ message: { kind: "part", epoch, part, pages: 0, payload: hashes }, bytes: hashesPartBytes(hashes) }])
  }

  sendNeed(epoch: number, pages: Int32Array, listed: number): void {
    this.send("backup", "primary", needBytes(listed), { kind: "need", epoch, pages })
  }

  private sendToBackup(wire: WireMessage[]): WireCost {
    let bytes = 0
    for (const w of wire) {
      this.send("primary", "backup", w.bytes, w.message)
      bytes += w.bytes
    }
    return { bytes, messages: wire.length }
  }

  sendAck(epoch: number): void {
    this.send("backup", "primary", ACK_BYTES, { kind: "ack", epoch })
  }

  sendHeartbeat(): void {
    this.send("backup", "primary", HEARTBEAT_BYTES, { kind: "heartbeat", epoch: -1 })
  }

  endpointCrashed(host: HostId): void {
    // As a delivery of its own, after the crash's: the link learns of it as a peer would, a moment later in the same instant.
    this.kernel.schedule(this.kernel.now, this.self, { type: "endpoint.crash", host })
  }

  /** Hand a message to the sender's socket. Delivery happens as kernel events. */
  private send(from: HostId, to: HostId, bytes: number, message: ReplMessage): void {
    const msgId = this.nextId++
    this.payloads.set(msgId, message)
    this.kernel.schedule(this.kernel.now, this.self, { type: "send", msgId, from, to, bytes, kind: message.kind, epoch: message.epoch })
  }

  /** Segments each host has sent so far (for Reach). */
  get sentCounts(): Record<HostId, number> {
    return { ...this.machine.context<LinkContext>().sent }
  }

  /**
   * `host` is claiming the activation record now: record, as the wire saw it,
   * how long its peer had been silent to it and whether the connection had
   * failed (the host's own account of why it claims is not evidence).
   */
  observeClaim(host: HostId): void {
    this.kernel.observe({ kind: "claim", host, silentUs: this.deliveries.silentUs(host, this.kernel.now), connectionLost: this.connectionLost })
  }

  /** The replication connection breaks for good (fault link-disconnect, applied by the injector). */
  disconnect(): void {
    this.machine.send({ type: "disconnect", now: this.kernel.now })
  }

  /** A partition in `direction` from now, for `durationUs` (fault link-partition-at, applied by the injector): it holds what is on the wire too. */
  partition(direction: LinkDirection, durationUs: number): void {
    if (durationUs <= 0) return
    this.kernel.observe({ kind: "fault-acted", fault: "link-partition-at", untilUs: this.kernel.now + durationUs })
    this.machine.send({ type: "partition", now: this.kernel.now, direction, durationUs })
  }

  deliver(event: LinkMessage): void {
    if (event.type === "ack.left") return this.ackLeft(event.msgId)
    this.machine.send(atNow(event, this.kernel.now))
  }

  /** The backup's acknowledgement has left its socket and not reached the primary (neither arrived nor lost): ack-in-flight. */
  private ackLeft(msgId: number): void {
    const message = this.payloads.get(msgId)
    if (message?.kind === "ack") this.points?.reached("ack-in-flight", message.epoch)
  }

  state(): string {
    return this.machine.state()
  }

  private execute(cmd: LinkCommand): void {
    switch (cmd.type) {
      case "arrival.schedule":
        this.kernel.schedule(cmd.at, this.self, { type: "arrive", msgId: cmd.msgId })
        // An acknowledgement is in flight from when it has fully left the backup (a crash then no longer loses it).
        if (this.points && cmd.leftAt !== undefined && this.payloads.get(cmd.msgId)?.kind === "ack") this.kernel.schedule(cmd.leftAt, this.self, { type: "ack.left", msgId: cmd.msgId })
        return
      case "forward": {
        const message = this.payloads.get(cmd.msgId)
        this.payloads.delete(cmd.msgId)
        if (!message) return
        this.deliverTo(cmd.to, { type: "repl.msg", kind: message.kind, epoch: message.epoch, message })
        this.deliveries.delivered(cmd.to, this.kernel.now, this.kernel.thawsAt(cmd.to))
        return
      }
      case "drop":
        this.payloads.delete(cmd.msgId)
        return
      case "fault.acted":
        this.kernel.observe({ kind: "fault-acted", fault: cmd.fault })
        return
      case "connection.lost":
        this.connectionLost = true
        this.kernel.observe({ kind: "fault-acted", fault: "link-disconnect" })
        // Both ends see the replication connection fail (a reset, a keepalive timeout).
        for (const host of ["primary", "backup"] as const) this.deliverTo(host, { type: "link.down" })
        return
      default:
        // A plain switch on this hot path, exhaustive all the same: a new command is a compile error here.
        return cmd satisfies never
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** The event as the link machine takes it: with the current time (built field by field: a spread of events of many shapes is slow). */
const atNow = (e: DistributiveOmit<LinkEvent, "now">, now: number): LinkEvent => {
  switch (e.type) {
    case "send":
      return { type: "send", now, msgId: e.msgId, from: e.from, to: e.to, bytes: e.bytes }
    case "arrive":
      return { type: "arrive", now, msgId: e.msgId }
    case "endpoint.crash":
      return { type: "endpoint.crash", now, host: e.host }
    case "disconnect":
    case "reconnect":
      return { type: e.type, now }
    case "partition":
      return { type: "partition", now, direction: e.direction, durationUs: e.durationUs }
  }
}
