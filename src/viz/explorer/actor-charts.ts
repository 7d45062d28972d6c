import type { TransportName } from "../../transport/index.ts"
import { machines } from "../statechart.ts"

/**
 * Which protocol machine an actor of a trace runs, by its name: the hosts
 * and clients by role, a guest's TCP endpoint (`primary-tcp-client-1`) and a
 * client's (`client-1-tcp`), and the replication link by the transport
 * (over RDMA its state is both hosts' queue pairs). Actors that are not
 * statecharts (the network, shared storage, the fault injector) have none.
 * In a consolidated run, the VM's prefix (`vm2/`) is not part of the role.
 */
export const machineOfActor = (name: string, transport: TransportName): keyof typeof machines | undefined => {
  // A consolidated run names each VM's actors `vm2/primary`.
  const actor = name.replace(/^vm\d+\//, "")
  if (actor === "primary" || actor === "backup") return actor
  if (actor === "link") return transport === "rdma" ? "queue-pair" : "link"
  if (/^client-\d+-tcp$/.test(actor)) return "client-tcp"
  if (/^(primary|backup)-tcp-/.test(actor)) return "guest-tcp"
  if (/^client-\d+$/.test(actor)) return "client"
  return undefined
}
