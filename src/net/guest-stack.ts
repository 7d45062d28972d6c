import { guestTcpMachine } from "../../machines/guest-tcp.ts"
import type { Sim } from "../sim/kernel.ts"
import type { HostId } from "../sim/observations.ts"
import type { Segment } from "./segment.ts"
import { TcpEndpointActor, type EndpointCommand } from "./tcp-endpoint-actor.ts"
import type { TcpParams } from "./tcp-params.ts"
import { ByteQueue } from "./byte-queue.ts"

/** One guest connection as a checkpoint carries it: plain data, restored as it was. */
export interface GuestConnState {
  /** The connection machine's persisted snapshot. */
  machine: unknown
  /** The send buffer: stream bytes from `bufStart` the application wrote and the peer has not acknowledged. */
  bufStart: number
  bytes: Uint8Array
  /** Where responses end in the stream, and the request each answers (a length header, in a real protocol). */
  frames: Array<[end: number, reqSeq: number]>
  /** Request bytes received in order, and requests complete. */
  received: number
  requests: number
}

/** What the guest's applications do with a connection. The bytes they return are the caller's only until its next call (the stack copies them into its send buffer at once). */
export interface GuestApps {
  /** Request `seq` from `client` is complete: the response's bytes, or nothing. */
  respond(client: string, seq: number): Uint8Array | undefined
  /** The next `len` bytes of the endless bulk flow to `client`. */
  bulk(client: string, len: number): Uint8Array
  /** The stream to `client` now ends at `end` (the guest's view, for stream-integrity at a restore). */
  wrote(client: string, end: number): void
}

interface Conn {
  client: string
  bulk: boolean
  actor: TcpEndpointActor
  bufStart: number
  bytes: ByteQueue
  frames: Array<[number, number]>
  received: number
  requests: number
}

/**
 * The guest kernel's TCP: one connection machine per client (guest-tcp.ts),
 * the send buffers behind them, and the applications on top: request/response
 * (requests of a fixed size, one response each) or an endless bulk flow that
 * writes whenever the send buffer has room. Every packet the guest sends goes
 * to `out` (the hypervisor). While the guest is paused for a checkpoint,
 * arriving packets wait and are handled at resume.
 */
export class GuestStack {
  private readonly conns = new Map<string, Conn>()
  private paused = false
  private readonly waiting: Array<() => void> = []

  constructor(
    private readonly sim: Sim,
    host: HostId,
    private readonly params: TcpParams,
    clients: readonly string[],
    private readonly requestBytes: number,
    private readonly apps: GuestApps,
    private readonly out: (packet: Segment) => void,
    restored?: Record<string, GuestConnState>,
  ) {
    const input = {
      mss: params.mss,
      cc: params.mode === "spec-ack+racc" ? ("racc" as const) : ("newreno" as const),
      peerWindowBytes: params.clientReceiveBufferBytes,
      receiveBufferBytes: params.guestReceiveBufferBytes,
    }
    clients.forEach((client, i) => {
      const saved = restored?.[client]
      const conn: Conn = {
        client,
        bulk: i < params.bulkClients,
        actor: undefined as unknown as TcpEndpointActor,
        bufStart: saved?.bufStart ?? 0,
        bytes: new ByteQueue(saved?.bytes),
        frames: saved ? saved.frames.map(([e, r]) => [e, r] as [number, number]) : [],
        received: saved?.received ?? 0,
        requests: saved?.requests ?? 0,
      }
      // The guest kernel's timers do not fire while the guest is paused.
      conn.actor = new TcpEndpointActor(sim, `${host}-tcp-${client}`, guestTcpMachine, input, (c) => this.execute(conn, c), saved?.machine, (fire) =>
        this.whenRunning(() => {
          fire()
          this.afterAck(conn)
        }),
      )
      this.conns.set(client, conn)
    })
  }

  /** Bulk flows start writing (once the guest runs: the initial sync pauses it first). */
  start(): void {
    this.whenRunning(() => {
      for (const c of this.conns.values()) this.topUp(c)
    })
  }

  /** A packet from `client`: an acknowledgement of the guest's data, the client's own data, or both. */
  fromClient(client: string, p: { ack?: number; window?: number; seq?: number; len?: number }): void {
    this.whenRunning(() => {
      const conn = this.conns.get(client)
      if (!conn) return
      const now = this.sim.now
      if (p.ack !== undefined) conn.actor.send({ type: "ack", now, ack: p.ack, window: p.window ?? 0 })
      if (p.len) conn.actor.send({ type: "data", now, seq: p.seq!, len: p.len })
      this.afterAck(conn)
    })
  }

  /** The hypervisor acknowledges the guest's data itself (speculative communication). */
  speculativeAck(client: string, ack: number, window: number, bufferFree: number): void {
    this.whenRunning(() => {
      const conn = this.conns.get(client)!
      conn.actor.send({ type: "ack", now: this.sim.now, ack, window, speculative: true, bufferFree })
      this.afterAck(conn)
    })
  }

  pause(): void {
    this.paused = true
  }

  resume(): void {
    this.paused = false
    for (const f of this.waiting.splice(0)) f()
  }

  stop(): void {
    for (const c of this.conns.values()) c.actor.stop()
    this.waiting.length = 0
  }

  /** Every connection as plain data, for a checkpoint. */
  snapshot(): Record<string, GuestConnState> {
    const out: Record<string, GuestConnState> = {}
    for (const c of this.conns.values())
      out[c.client] = { machine: c.actor.persisted(), bufStart: c.bufStart, bytes: c.bytes.toBytes(), frames: c.frames.map(([e, r]) => [e, r]), received: c.received, requests: c.requests }
    return out
  }

  /** Where each stream stands: acknowledged (to the guest's knowledge) and written. */
  streams(): Map<string, { una: number; end: number }> {
    return new Map([...this.conns.values()].map((c) => [c.client, { una: c.actor.context.sender.sndUna, end: c.bufStart + c.bytes.length }]))
  }

  private whenRunning(f: () => void): void {
    if (this.paused) this.waiting.push(f)
    else f()
  }

  private execute(conn: Conn, cmd: EndpointCommand): void {
    const now = this.sim.now
    switch (cmd.type) {
      case "segment.send": {
        const bytes = conn.bytes.copy(cmd.seq - conn.bufStart, cmd.len)
        const frame = conn.frames.find(([end]) => end >= cmd.seq + cmd.len) ?? conn.frames[conn.frames.length - 1] ?? [cmd.seq + cmd.len, 0]
        const r = conn.actor.context.receiver
        this.out({ client: conn.client, offset: cmd.seq, len: bytes.length, reqSeq: frame[1], respEnd: frame[0], producedAt: now, bytes, epoch: -1, retransmit: cmd.retransmit, ack: r.lastAck, window: r.rightEdge - r.lastAck })
        return
      }
      case "ack.send": {
        const s = conn.actor.context.sender
        this.out({ client: conn.client, offset: s.sndNxt, len: 0, reqSeq: 0, respEnd: 0, producedAt: now, bytes: new Uint8Array(0), epoch: -1, ack: cmd.ack, window: cmd.window })
        return
      }
      case "deliver":
        conn.received += cmd.len
        while (conn.received >= (conn.requests + 1) * this.requestBytes) {
          conn.requests++
          const body = this.apps.respond(conn.client, conn.requests)
          if (body) this.write(conn, body, conn.requests)
        }
        return
    }
  }

  /** The application writes `body` (the response to `reqSeq`, or bulk data with 0). */
  private write(conn: Conn, body: Uint8Array, reqSeq: number): void {
    const end = conn.bufStart + conn.bytes.length + body.length
    conn.bytes.append(body)
    if (reqSeq > 0) conn.frames.push([end, reqSeq])
    this.apps.wrote(conn.client, end)
    conn.actor.send({ type: "app.write", now: this.sim.now, bytes: body.length })
  }

  /** Acknowledged bytes leave the send buffer; a bulk flow fills the room. */
  private afterAck(conn: Conn): void {
    const una = conn.actor.context.sender.sndUna
    if (una > conn.bufStart) {
      conn.bytes.drop(una - conn.bufStart)
      conn.bufStart = una
      while (conn.frames.length && conn.frames[0][0] <= una) conn.frames.shift()
    }
    this.topUp(conn)
  }

  private topUp(conn: Conn): void {
    if (!conn.bulk) return
    const room = this.params.guestSendBufferBytes - conn.bytes.length
    // Like a blocking write(): wake when a segment's worth of room is free.
    if (room >= this.params.mss) this.write(conn, this.apps.bulk(conn.client, room), 0)
  }
}
