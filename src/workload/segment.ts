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
  readonly bytes: Uint8Array
  epoch: number
}
