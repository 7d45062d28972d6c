import type { Actor } from "../sim/kernel.ts"
import type { ClientNetwork, ToNet } from "../net/client-network.ts"

/** The `net` actor: where client requests (and TCP packets) arrive and are routed to the VM's current host. */
export class NetHost implements Actor<ToNet> {
  readonly id = "net"
  constructor(private readonly network: ClientNetwork) {}

  deliver(event: ToNet): void {
    if (event.type === "net.request") this.network.route(event)
    else this.network.routePacket(event)
  }

  state(): string {
    return `vm@${this.network.owner}`
  }
}
