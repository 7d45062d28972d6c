import type { HostHooks } from "../bugs/host-hooks.ts"
import type { ReleaseMode } from "../sim/observations.ts"
import type { HostId } from "../sim/observations.ts"
import type { Sim } from "../sim/kernel.ts"
import type { Segment } from "./segment.ts"
import type { ClientNetwork } from "./client-network.ts"
import type { GuestStack } from "./guest-stack.ts"
import { SpecRelay } from "./spec-relay.ts"
import { isSpeculative, type TcpParams } from "./tcp-params.ts"

/** A packet from a client: an acknowledgement of the VM's data, the client's own data (requests), or both. */
export interface ClientPacket {
  client: string
  ack?: number
  window?: number
  seq?: number
  len?: number
}

/**
 * The hypervisor's side of the VM's TCP traffic on one host, by speculation
 * mode (primer, section 2.4). Outbound packets go to `hold` (the output
 * buffer, released per epoch) or, with no replica, straight out; inbound
 * packets reach the guest at once.
 *
 * With speculation the hypervisor acknowledges each in-order data segment the
 * moment it buffers it (`speculativeAck`, to the guest only), as long as the
 * bytes it owns (buffered, or released and not yet acknowledged by the
 * client) are below `specBufferBytes`; when full, or out of order, it
 * drops the segment and repeats its last acknowledgement, as a full queue
 * would. Its acknowledgements carry the client's own window (`specWindow:
 * "client"`, the default: it does not push back through the window), or that
 * window capped by its free buffer (`"capped"`), in which case it also sends
 * the guest a window update when a client's acknowledgement opens the window by
 * a segment or more, as a receiver would (RFC 1122 4.2.3.3). Released data
 * joins a relay per client (spec-relay.ts).
 */
export class HypervisorNet {
  private readonly relays = new Map<string, SpecRelay>()
  /** Speculation: the next byte of each stream the hypervisor will accept (everything before it is acknowledged to the guest). */
  private readonly accepted = new Map<string, number>()
  private readonly clientWindow = new Map<string, number>()
  /** With a capped window: the window last advertised to the guest, per client. */
  private readonly advertised = new Map<string, number>()
  private stack: GuestStack | undefined

  constructor(
    private readonly sim: Sim,
    private readonly host: HostId,
    private readonly params: TcpParams,
    private readonly network: ClientNetwork,
    /** Where outbound packets wait for their epoch's commit; undefined: no replica, they leave at once. */
    private hold: ((p: Segment) => void) | undefined,
    /** Until when released bytes are kept (src/bugs/host-hooks.ts). */
    private readonly releasedBytes: HostHooks["releasedBytes"] = "until-client-ack",
    /** Whether this host may still release output (the primary: it holds the activation record). */
    private readonly mayRelease: () => boolean = () => true,
  ) {}

  get speculative(): boolean {
    return isSpeculative(this.params.mode) && this.hold !== undefined
  }

  /** The guest this hypervisor serves; with speculation, a relay per client from where its acknowledgements stand (a restored backup: as of its checkpoint). */
  attach(stack: GuestStack, clientAcked: Record<string, number> = {}): void {
    this.stack = stack
    for (const [client, s] of stack.streams()) {
      this.accepted.set(client, s.una)
      if (isSpeculative(this.params.mode)) this.relay(client, clientAcked[client] ?? 0)
    }
  }

  /** The replica is gone (or never was): from now on packets leave at once. */
  unprotect(): void {
    this.hold = undefined
  }

  /** A packet the guest sent. */
  fromGuest(p: Segment): void {
    if (!this.hold) return this.network.toClient(this.host, p, "unprotected")
    if (!this.speculative || p.len === 0) return this.hold(p)
    const next = this.accepted.get(p.client)!
    const fits = this.owned() < this.params.specBufferBytes
    if (p.offset === next && fits) {
      this.hold(p)
      this.accepted.set(p.client, next + p.len)
    }
    // Accepted, a resend of accepted bytes, or dropped: the guest hears where the stream stands.
    this.ackGuest(p.client)
  }

  fromClient(p: ClientPacket): void {
    if (p.window !== undefined) this.clientWindow.set(p.client, p.window)
    const relay = this.relays.get(p.client)
    if (relay && p.ack !== undefined) {
      relay.clientAck(p.ack, p.window ?? 0)
      if (this.hold) {
        // Room freed: replication-aware congestion control sizes its window by it.
        if (this.params.mode === "spec-ack+racc" || this.windowOpened(p.client)) this.ackGuest(p.client)
        if (p.len) this.stack?.fromClient(p.client, { seq: p.seq, len: p.len })
        return
      }
      // No replica any more: the relay finishes what it owes, and the guest hears the client directly.
    }
    this.stack?.fromClient(p.client, p)
  }

  /** Epoch packets whose checkpoint committed (`protected`), or that a restored backup owed (`owed`). */
  release(packets: readonly Segment[], mode: ReleaseMode): void {
    for (const p of packets) {
      const relay = this.relays.get(p.client)
      if (!relay || p.len === 0) this.network.toClient(this.host, p, mode)
      else if (this.releasedBytes === "until-release") {
        // The planted bug: bytes are forgotten once released, acknowledged or not.
        this.network.toClient(this.host, p, mode)
        relay.forget(p)
      } else relay.add(p)
    }
  }

  /** With speculation: what each client has acknowledged to the relay (a checkpoint carries it, so a backup can drop what it need not owe). */
  clientAcked(): Record<string, number> {
    return Object.fromEntries([...this.relays].map(([c, r]) => [c, r.acked]))
  }

  /** With speculation: per client, the bytes this hypervisor owns, from what the client acknowledged to what the guest was told is acknowledged. */
  owes(): Record<string, [number, number]> {
    return Object.fromEntries([...this.relays].map(([c, r]) => [c, [r.acked, this.accepted.get(c)!]]))
  }

  stop(): void {
    for (const r of this.relays.values()) r.stop()
  }

  private owned(): number {
    let n = 0
    for (const [client, next] of this.accepted) n += next - (this.relays.get(client)?.acked ?? 0)
    return n
  }

  private ackGuest(client: string): void {
    const free = this.free()
    const window = this.window(client, free)
    this.advertised.set(client, window)
    this.stack?.speculativeAck(client, this.accepted.get(client)!, window, free)
  }

  private free(): number {
    return Math.max(0, this.params.specBufferBytes - this.owned())
  }

  /** The window to advertise to the guest for `client`'s stream. */
  private window(client: string, free: number): number {
    const window = this.clientWindow.get(client) ?? this.params.clientReceiveBufferBytes
    return this.params.specWindow === "capped" ? Math.min(window, free) : window
  }

  /** A capped window has opened by a segment or more since the guest last heard it. */
  private windowOpened(client: string): boolean {
    if (this.params.specWindow !== "capped") return false
    return this.window(client, this.free()) >= (this.advertised.get(client) ?? 0) + this.params.mss
  }

  private relay(client: string, base: number): void {
    // The primary's relay sends committed bytes (everything, once unprotected); a restored backup's, bytes its checkpoint owed.
    const mode = (): ReleaseMode => (this.host === "backup" ? "owed" : this.hold ? "protected" : "unprotected")
    // A fenced primary's relay sends nothing more: the backup owns the VM's output now.
    const send = (s: Segment) => this.mayRelease() && this.network.toClient(this.host, s, mode())
    const relay = new SpecRelay(this.sim, `${this.host}-relay-${client}`, this.params, client, base, send)
    this.relays.set(client, relay)
  }
}
