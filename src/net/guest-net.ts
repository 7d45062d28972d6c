import type { HostHooks } from "../bugs/host-hooks.ts"
import type { GuestNet } from "./tcp-params.ts"
import type { Sim } from "../sim/kernel.ts"
import type { HostId } from "../sim/observations.ts"
import type { Segment } from "./segment.ts"
import type { ClientNetwork } from "./client-network.ts"
import { GuestStack, type GuestApps, type GuestConnState } from "./guest-stack.ts"
import { HypervisorNet } from "./hypervisor-net.ts"

/** A guest's TCP on one host: its connections behind this host's side of them. */
export interface GuestTcp {
  stack: GuestStack
  hyper: HypervisorNet
}

export interface GuestTcpSetup {
  sim: Sim
  host: HostId
  net: GuestNet
  network: ClientNetwork
  /** The guest's applications (the guest itself). */
  apps: GuestApps
  /** Where outbound packets wait for their epoch's commit; absent: no replica. */
  hold?: (p: Segment) => void
  releasedBytes?: HostHooks["releasedBytes"]
  /** Whether the host may still release output. */
  mayRelease?: () => boolean
  /** A restored backup: the connections as its checkpoint carried them, and where each client's acknowledgements stood. */
  restored?: Record<string, GuestConnState>
  clientAcked?: Record<string, number>
}

/** Wire a guest's connections to a hypervisor side: the primary's at boot, a restored backup's at failover. */
export const guestTcp = (o: GuestTcpSetup): GuestTcp => {
  const hyper = new HypervisorNet(o.sim, o.host, o.net.tcp, o.network, o.hold, o.releasedBytes, o.mayRelease)
  const stack = new GuestStack(o.sim, o.host, o.net.tcp, o.net.clients, o.net.requestBytes, o.apps, (p) => hyper.fromGuest(p), o.restored)
  hyper.attach(stack, o.clientAcked)
  return { stack, hyper }
}
