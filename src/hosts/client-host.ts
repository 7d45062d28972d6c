import { clientMachine, type ClientCommand, type ClientEvent } from "../../machines/client.ts"
import { hashBytes } from "../memory/page-hash.ts"
import type { ClientNetwork, ToClient } from "../net/client-network.ts"
import { addressOf, type Actor, type Sim } from "../sim/kernel.ts"
import { MachineActor } from "../sim/machine-actor.ts"
import type { Micros } from "../sim/time.ts"
import type { Segment } from "../net/segment.ts"
import { clientTcpMachine } from "../../machines/client-tcp.ts"
import { TcpEndpointActor, type EndpointCommand } from "../net/tcp-endpoint-actor.ts"
import type { TcpParams } from "../net/tcp-params.ts"
import { ReceivedStream } from "../net/received-stream.ts"

export interface ClientParams {
  thinkUs: Micros
  minRtoUs: Micros
  maxRtoUs: Micros
  requestBytes: number
  maxRequests: number
  /** When requests come: a fixed think time (the default), or Poisson arrivals with that mean. */
  arrivals?: "fixed" | "poisson"
}

/**
 * An external client: the client machine plus its receive side, which
 * reassembles the VM's byte stream (in order, duplicates dropped, early
 * segments held) and keeps every byte it received. When bytes arrive for
 * offsets it already holds, it compares them: a difference is a contradicted
 * stream, recorded in the trace for stream-integrity.
 */
/** What a client takes: the VM's segments, the signal to start, its machine's timers. */
export type ClientMessage = ToClient | Exclude<ClientEvent, { type: "segment" }>

export class ClientHost implements Actor<ClientMessage> {
  private readonly machine: MachineActor<ClientEvent, ClientCommand>
  /** With real TCP: the client's end of the connection (its ACKs, its requests as stream bytes). */
  private readonly tcp: TcpEndpointActor | undefined
  private readonly stream: ReceivedStream

  constructor(
    private readonly kernel: Sim,
    readonly id: string,
    private readonly params: ClientParams,
    private readonly network: ClientNetwork,
    tcp?: TcpParams,
  ) {
    this.stream = new ReceivedStream((bytes) => kernel.scratch(bytes))
    const arrivalSeed = params.arrivals === "poisson" ? kernel.rng(`${id}/arrivals`).u32() || 1 : 0
    this.machine = new MachineActor(kernel, addressOf<ClientMessage>(this), clientMachine, { ...params, arrivalSeed }, (c) => this.execute(c))
    if (tcp) {
      const input = { mss: tcp.mss, receiveBufferBytes: tcp.clientReceiveBufferBytes, delayedAckUs: tcp.clientDelayedAckUs, peerWindowBytes: tcp.guestReceiveBufferBytes }
      this.tcp = new TcpEndpointActor(kernel, `${id}-tcp`, clientTcpMachine, input, (c) => this.tcpCommand(c))
    }
  }

  state(): string {
    return this.machine.state()
  }

  deliver(event: ClientMessage): void {
    if (event.type === "net.segment") {
      const s = event.segment
      if (this.tcp) return this.tcpSegment(s)
      const conflict = this.stream.accept(s.offset, s.bytes)
      this.kernel.observe({ kind: "client-recv", client: this.id, offset: s.offset, len: s.len, digest: this.digest(s.bytes), conflict })
      this.machine.send({ type: "segment", reqSeq: s.reqSeq, respEnd: s.respEnd, receivedThrough: this.stream.receivedThrough })
    } else {
      this.machine.send(event)
    }
  }

  /** The bytes' digest, for a reader of the trace (no property needs it: `conflict` is computed here, byte for byte). */
  private digest(bytes: Uint8Array): string {
    return this.kernel.detailed ? hashBytes(bytes) : ""
  }

  private execute(cmd: Exclude<ClientCommand, { type: "timer.set" | "timer.cancel" }>): void {
    if (cmd.type !== "request.send") return
    // Over real TCP a request is stream bytes, and TCP, not the application, resends what is lost.
    if (this.tcp) {
      if (!cmd.retransmit) this.tcp.send({ type: "app.write", now: this.kernel.now, bytes: this.params.requestBytes })
    } else this.network.toVm(this.id, cmd.seq, this.params.requestBytes)
  }

  /** A TCP segment from the VM: its bytes (if any) to the stream and the connection, its acknowledgement to the connection. */
  private tcpSegment(s: Segment): void {
    const now = this.kernel.now
    if (s.ack !== undefined) this.tcp!.send({ type: "ack", now, ack: s.ack, window: s.window ?? 0 })
    if (s.len === 0) return
    const conflict = this.stream.accept(s.offset, s.bytes)
    this.kernel.observe({ kind: "client-recv", client: this.id, offset: s.offset, len: s.len, digest: this.digest(s.bytes), conflict, producedAt: s.producedAt })
    this.tcp!.send({ type: "data", now, seq: s.offset, len: s.len })
    this.machine.send({ type: "segment", reqSeq: s.reqSeq, respEnd: s.respEnd, receivedThrough: this.stream.receivedThrough })
  }

  private tcpCommand(cmd: EndpointCommand): void {
    if (cmd.type === "ack.send") this.network.packetToVm({ client: this.id, ack: cmd.ack, window: cmd.window })
    else if (cmd.type === "segment.send") {
      const r = this.tcp!.context.receiver
      this.network.packetToVm({ client: this.id, seq: cmd.seq, len: cmd.len, ack: r.lastAck, window: r.rightEdge - r.lastAck })
    }
  }
}
