import { guestTcpMachine } from "../../machines/guest-tcp.ts"
import type { Sim } from "../sim/kernel.ts"
import type { Segment } from "./segment.ts"
import { TcpEndpointActor, type EndpointCommand } from "./tcp-endpoint-actor.ts"
import type { TcpParams } from "./tcp-params.ts"

/**
 * Speculative communication's other half (primer, section 2.4): once the
 * guest has been told its data is acknowledged, the hypervisor owns delivering
 * it. Released packets of one client's stream join the relay, a TCP sender of
 * its own (NewReno, on the real client's ACKs and window) that keeps every
 * byte until the client acknowledges it and resends what the client lost.
 * Stream offsets start at `base` (0, or where a restored backup takes over).
 */
export class SpecRelay {
  private readonly actor: TcpEndpointActor
  /** Released packets not yet acknowledged by the client, in stream order. */
  private packets: Segment[] = []
  private end: number
  /** Planted bug drop-released-unacked: released bytes counted as delivered. */
  private forgottenThrough = 0

  constructor(
    private readonly sim: Sim,
    id: string,
    params: TcpParams,
    readonly client: string,
    private readonly base: number,
    private readonly send: (segment: Segment) => void,
  ) {
    this.forgottenThrough = base
    this.end = base
    // A backup's relay resumes a stream the client may already hold part of (from the old primary's relay).
    const input = { mss: params.mss, cc: "newreno" as const, peerWindowBytes: params.clientReceiveBufferBytes, resumesStream: true }
    this.actor = new TcpEndpointActor(sim, id, guestTcpMachine, input, (c) => this.execute(c))
  }

  /** What the client has acknowledged: everything before it is delivered for good. */
  get acked(): number {
    return Math.max(this.base + this.actor.context.sender.sndUna, this.forgottenThrough)
  }

  /** One past the last byte released into the relay. */
  get releasedThrough(): number {
    return this.end
  }

  /** Bytes the relay holds: released and not yet acknowledged. */
  get holding(): number {
    return this.end - this.acked
  }

  /** A released packet of this stream (in order; bytes the relay already has are skipped). */
  add(whole: Segment): void {
    if (whole.offset + whole.len <= this.end) return
    // A hole: bytes this relay never got (a checkpoint that lacked them). It cannot send past it.
    if (whole.offset > this.end) return
    const skip = this.end - whole.offset
    const p = skip === 0 ? whole : { ...whole, offset: this.end, len: whole.len - skip, bytes: whole.bytes.subarray(skip) }
    this.packets.push(p)
    this.end += p.len
    this.actor.send({ type: "app.write", now: this.sim.now, bytes: p.len })
  }

  /** Planted bug drop-released-unacked: the packet was sent once and is forgotten. */
  forget(p: Segment): void {
    this.end = Math.max(this.end, p.offset + p.len)
    this.forgottenThrough = this.end
  }

  /** The client's acknowledgement, absorbed here: the guest never sees it. */
  clientAck(ack: number, window: number): void {
    if (ack < this.base) return
    this.actor.send({ type: "ack", now: this.sim.now, ack: Math.min(ack, this.end) - this.base, window })
    const acked = this.acked
    while (this.packets.length && this.packets[0].offset + this.packets[0].len <= acked) this.packets.shift()
  }

  stop(): void {
    this.actor.stop()
  }

  private execute(cmd: EndpointCommand): void {
    if (cmd.type !== "segment.send") return
    this.send(this.assemble(this.base + cmd.seq, cmd.len, cmd.retransmit))
  }

  /** The first held packet that ends after `offset` (binary search). */
  private indexOf(offset: number): number {
    let lo = 0
    let hi = this.packets.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.packets[mid].offset + this.packets[mid].len <= offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The bytes [from, from + len) out of the packets held, as one segment: the newest epoch among them, the oldest production time. */
  private assemble(from: number, len: number, retransmit: boolean): Segment {
    // Packets are in stream order and contiguous: start at the one holding `from`, not at the front (the relay may hold a thousand).
    const start = this.indexOf(from)
    const one = this.packets[start]
    // A packet's bytes are never written again: a send within one packet (most are) is a view of it, not a copy.
    const within = one !== undefined && one.offset <= from && from + len <= one.offset + one.len
    const bytes = within ? one.bytes.subarray(from - one.offset, from - one.offset + len) : new Uint8Array(len)
    let first: Segment | undefined
    let epoch = -1
    let respEnd = 0
    let reqSeq = 0
    let last = -1
    for (let i = start; i < this.packets.length && this.packets[i].offset < from + len; i++) {
      const p = this.packets[i]
      const lo = Math.max(from, p.offset)
      const hi = Math.min(from + len, p.offset + p.len)
      if (!within) bytes.set(p.bytes.subarray(lo - p.offset, hi - p.offset), lo - from)
      first ??= p
      epoch = Math.max(epoch, p.epoch)
      last = Math.max(last, p.lastProducedAt ?? p.producedAt)
      respEnd = p.respEnd
      reqSeq = p.reqSeq
    }
    const producedAt = first?.producedAt ?? this.sim.now
    return { client: this.client, offset: from, len, reqSeq, respEnd, producedAt, ...(last > producedAt ? { lastProducedAt: last } : {}), bytes, epoch, retransmit }
  }
}
