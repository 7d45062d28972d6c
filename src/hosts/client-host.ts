import { clientMachine, type ClientCommand, type ClientEvent } from "../../machines/client.ts"
import { hashBytes } from "../memory/page-hash.ts"
import type { ClientNetwork } from "../net/client-network.ts"
import type { Actor, Sim, SimEvent } from "../sim/kernel.ts"
import { MachineActor } from "../sim/machine-actor.ts"
import type { Micros } from "../sim/time.ts"
import type { Segment } from "../workload/segment.ts"
import { clientTcpMachine } from "../../machines/client-tcp.ts"
import { TcpEndpointActor, type EndpointCommand } from "../net/tcp-endpoint-actor.ts"
import type { TcpParams } from "../net/tcp-params.ts"

export interface ClientParams {
  thinkUs: Micros
  minRtoUs: Micros
  maxRtoUs: Micros
  requestBytes: number
  maxRequests: number
}

/**
 * An external client: the client machine plus its receive side, which
 * reassembles the VM's byte stream (in order, duplicates dropped, early
 * segments held) and keeps every byte it received. When bytes arrive for
 * offsets it already holds, it compares them: a difference is a contradicted
 * stream, recorded in the trace for stream-integrity.
 */
export class ClientHost implements Actor {
  private readonly machine: MachineActor<ClientEvent, ClientCommand>
  /** With real TCP: the client's end of the connection (its ACKs, its requests as stream bytes). */
  private readonly tcp: TcpEndpointActor | undefined
  private stream = new Uint8Array(1 << 16)
  /** 1 where a byte has been received (in order or early). */
  private have = new Uint8Array(1 << 16)
  private receivedThrough = 0
  /** One past the highest byte ever received: a segment starting there overlaps nothing. */
  private highWater = 0

  constructor(
    private readonly kernel: Sim,
    readonly id: string,
    private readonly params: ClientParams,
    private readonly network: ClientNetwork,
    tcp?: TcpParams,
  ) {
    this.machine = new MachineActor(kernel, id, clientMachine, params, (c) => this.execute(c))
    if (tcp) {
      const input = { mss: tcp.mss, receiveBufferBytes: tcp.clientReceiveBufferBytes, delayedAckUs: tcp.clientDelayedAckUs, peerWindowBytes: tcp.guestReceiveBufferBytes }
      this.tcp = new TcpEndpointActor(kernel, `${id}-tcp`, clientTcpMachine, input, (c) => this.tcpCommand(c))
    }
  }

  state(): string {
    return this.machine.state()
  }

  deliver(event: SimEvent): void {
    if (event.type === "net.segment") {
      const s = (event as unknown as { segment: Segment }).segment
      if (this.tcp) return this.tcpSegment(s)
      const conflict = this.accept(s)
      this.kernel.observe({ kind: "client-recv", client: this.id, offset: s.offset, len: s.len, digest: hashBytes(s.bytes), conflict })
      this.machine.send({ type: "segment", reqSeq: s.reqSeq, respEnd: s.respEnd, receivedThrough: this.receivedThrough })
    } else {
      this.machine.send(event as ClientEvent)
    }
  }

  /** Store a segment's bytes; returns the first offset where they contradict bytes already held, or -1. */
  private accept(s: Segment): number {
    const end = s.offset + s.len
    if (end > this.stream.length) this.grow(end)
    let conflict = -1
    if (s.offset >= this.highWater) {
      // Nothing there yet (the common case): copy, no comparison.
      this.stream.set(s.bytes, s.offset)
      this.have.fill(1, s.offset, end)
    } else for (let i = 0; i < s.len; i++) {
      const at = s.offset + i
      if (this.have[at]) {
        if (conflict < 0 && this.stream[at] !== s.bytes[i]) conflict = at
      } else {
        this.stream[at] = s.bytes[i]
        this.have[at] = 1
      }
    }
    this.highWater = Math.max(this.highWater, end)
    if (s.offset <= this.receivedThrough) {
      this.receivedThrough = Math.max(this.receivedThrough, end)
      while (this.receivedThrough < this.have.length && this.have[this.receivedThrough]) this.receivedThrough++
    }
    return conflict
  }

  private grow(end: number): void {
    const size = Math.max(end, this.stream.length * 2)
    const stream = new Uint8Array(size)
    const have = new Uint8Array(size)
    stream.set(this.stream)
    have.set(this.have)
    this.stream = stream
    this.have = have
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
    const conflict = this.accept(s)
    this.kernel.observe({ kind: "client-recv", client: this.id, offset: s.offset, len: s.len, digest: hashBytes(s.bytes), conflict, producedAt: s.producedAt })
    this.tcp!.send({ type: "data", now, seq: s.offset, len: s.len })
    this.machine.send({ type: "segment", reqSeq: s.reqSeq, respEnd: s.respEnd, receivedThrough: this.receivedThrough })
  }

  private tcpCommand(cmd: EndpointCommand): void {
    if (cmd.type === "ack.send") this.network.packetToVm({ client: this.id, ack: cmd.ack, window: cmd.window })
    else if (cmd.type === "segment.send") {
      const r = this.tcp!.context.receiver
      this.network.packetToVm({ client: this.id, seq: cmd.seq, len: cmd.len, ack: r.lastAck, window: r.rightEdge - r.lastAck })
    }
  }
}
