import type { Micros } from "../sim/time.ts"

/** TCP maximum segment size on Ethernet (primer, section 5). */
export const MSS = 1448

/** A piece of the VM's byte stream to one client. `epoch` is set when the output buffer takes it. */
export interface Segment {
  readonly client: string
  readonly offset: number
  readonly len: number
  /** The request this response answers, and the stream offset where that response ends. */
  readonly reqSeq: number
  readonly respEnd: number
  readonly producedAt: Micros
  /** When the newest of its bytes was produced, if that is later than `producedAt` (a resend assembled from several packets). */
  readonly lastProducedAt?: Micros
  readonly bytes: Uint8Array
  epoch: number
  /** TCP (scenarios with `tcp`): a resend of bytes sent before. */
  readonly retransmit?: boolean
  /** TCP: the acknowledgement and window every segment carries for the peer's data (a pure ACK has `len` 0). */
  readonly ack?: number
  readonly window?: number
  /** An acknowledgement the hypervisor made up for the guest: it must never reach a client. */
  readonly speculative?: boolean
}
