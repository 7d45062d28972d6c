import { tcpEndpointMachine } from "./tcp-endpoint.ts"
import type { TcpInput } from "./tcp-endpoint.ts"

/**
 * The client's end of one connection to the VM: it receives the VM's data and
 * sends the client's requests, always with NewReno (the client's ACKs are
 * never speculative). Same events, commands and logic as the guest's end
 * (tcp-endpoint.ts).
 */
export type ClientTcpInput = Omit<TcpInput, "cc">

export const clientTcpMachine = tcpEndpointMachine("client-tcp", { cc: "newreno" })
