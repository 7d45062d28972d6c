/** TCP's minimum retransmission timeout (primer, sections 4 and 5). */
export const TCP_MIN_RTO_US = 200_000

import type { Micros } from "../sim/time.ts"

/**
 * How the VM's output meets output commit (primer, section 2.4):
 * - `native`: no replication at all (the baseline);
 * - `off`: plain output commit: every packet waits for its epoch's checkpoint;
 * - `spec-ack`: the hypervisor acknowledges the guest's data at once and
 *   takes over delivering it to the client;
 * - `spec-ack+racc`: as spec-ack, and the guest's congestion control knows
 *   its acknowledgements are speculative.
 */
export const speculationModes = ["native", "off", "spec-ack", "spec-ack+racc"] as const
export type SpeculationMode = (typeof speculationModes)[number]

/**
 * The window the hypervisor's speculative acknowledgements advertise to the guest:
 * - `client`: the client's own window, as a queue in the data path forwards it;
 * - `capped`: the client's window capped by the hypervisor's free buffer, with a
 *   window update when room frees: a hypervisor that pushes back instead of dropping.
 */
export const specWindows = ["client", "capped"] as const
export type SpecWindow = (typeof specWindows)[number]

/** Real TCP between the guest and its clients (scenarios remus-spec, remus-racc; experiment tcp-throughput). */
export interface TcpParams {
  mode: SpeculationMode
  /** Segment payload on the client path (Ethernet MTU less IP and TCP headers with timestamps). */
  mss: number
  /** The client's receive buffer: the window it advertises. */
  clientReceiveBufferBytes: number
  /** The client's delayed ACKs (0: every segment acknowledged at once). */
  clientDelayedAckUs: Micros
  /** The guest's socket send buffer: how far the application may write beyond what is acknowledged. */
  guestSendBufferBytes: number
  guestReceiveBufferBytes: number
  /** Speculation: bytes the hypervisor holds for the guest (buffered and released but not acknowledged by the client); beyond it, it drops. */
  specBufferBytes: number
  /** Speculation: the window advertised to the guest (default `client`). */
  specWindow?: SpecWindow
  /** The first `bulkClients` clients receive one endless bulk flow; the others do request/response. */
  bulkClients: number
}

export const isSpeculative = (mode: SpeculationMode): boolean => mode === "spec-ack" || mode === "spec-ack+racc"

/** Real TCP between the guest and its clients: the parameters, the clients' ids, the size of a request. */
export interface GuestNet {
  tcp: TcpParams
  clients: string[]
  requestBytes: number
}
