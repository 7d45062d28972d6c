import type { HostId, ReleaseMode } from "../sim/observations.ts"
import type { Kernel } from "../sim/kernel.ts"
import { serializationUs, type Micros } from "../sim/time.ts"
import type { Segment } from "../workload/segment.ts"

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
 */
export class ClientNetwork {
  private vmHost: HostId = "primary"
  private readonly busyUntil = new Map<string, Micros>()

  constructor(
    private readonly kernel: Kernel,
    private readonly params: ClientPathParams,
  ) {}

  get owner(): HostId {
    return this.vmHost
  }

  announce(host: HostId): void {
    this.vmHost = host
  }

  /** A segment leaves `host` for its client: the moment output becomes externally visible. */
  toClient(host: HostId, segment: Segment, mode: ReleaseMode): void {
    const { kernel } = this
    kernel.observe({
      kind: "packet-out",
      host,
      client: segment.client,
      epoch: segment.epoch,
      offset: segment.offset,
      len: segment.len,
      producedAt: segment.producedAt,
      mode,
    })
    const at = this.transmit(`${host}->${segment.client}`, segment.len + HEADER_BYTES)
    kernel.schedule(at, segment.client, { type: "net.segment", from: host, offset: segment.offset, len: segment.len, reqSeq: segment.reqSeq, segment } as never)
  }

  /** A request from a client to whichever host holds the VM's address when it arrives. */
  toVm(client: string, seq: number, bytes: number): void {
    const at = this.transmit(`${client}->vm`, bytes + HEADER_BYTES)
    this.kernel.schedule(at, "net", { type: "net.request", client, seq } as never)
  }

  /** Route an arrived request to the current owner of the VM's address. */
  route(event: { client: string; seq: number }): void {
    this.kernel.schedule(this.kernel.now, this.vmHost, { type: "client.request", client: event.client, seq: event.seq } as never)
  }

  private transmit(direction: string, bytes: number): Micros {
    const start = Math.max(this.kernel.now, this.busyUntil.get(direction) ?? 0)
    const departAt = start + serializationUs(bytes, this.params.bytesPerSecond)
    this.busyUntil.set(direction, departAt)
    return departAt + this.params.latencyUs
  }
}
