import type { Actor, SimEvent } from "../sim/kernel.ts"
import type { ClientNetwork } from "../net/client-network.ts"
import type { ClientPacket } from "../net/hypervisor-net.ts"

/** The `net` actor: where client requests (and TCP packets) arrive and are routed to the VM's current host. */
export class NetHost implements Actor {
  readonly id = "net"
  constructor(private readonly network: ClientNetwork) {}

  deliver(event: SimEvent): void {
    if (event.type === "net.request") this.network.route(event as unknown as { client: string; seq: number })
    else if (event.type === "net.packet") this.network.routePacket(event as unknown as ClientPacket)
  }

  state(): string {
    return `vm@${this.network.owner}`
  }
}
