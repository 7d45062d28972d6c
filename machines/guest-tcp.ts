import { tcpEndpointMachine } from "./tcp-endpoint.ts"

/**
 * One connection of the guest's TCP: it sends the guest's data to a client
 * (NewReno, or replication-aware congestion control with `cc: "racc"`, which
 * knows the hypervisor acknowledges speculatively) and receives the client's.
 * The logic and the events are in tcp-endpoint.ts.
 */
export const guestTcpMachine = tcpEndpointMachine("guest-tcp")

export type { TcpCommand, TcpEndpointContext, TcpEvent, TcpInput } from "./tcp-endpoint.ts"
