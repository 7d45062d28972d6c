import type { ClientParams } from "../hosts/client-host.ts"
import type { Consolidation } from "../hosts/backup-pool.ts"
import type { HostParams } from "../hosts/host-params.ts"
import type { TcpParams } from "../net/tcp-params.ts"
import type { LinkParams, TransportName } from "../transport/index.ts"
import type { VerbsParams } from "../transport/rdma/verbs.ts"
import type { ClientPathParams } from "../net/client-network.ts"
import type { Micros } from "../sim/time.ts"
import type { SwarmRanges } from "./swarm.ts"
import type { PolicySpec } from "../policy/index.ts"

/** A complete, reproducible setting: with a seed and a fault schedule it fixes a run. */
export interface Scenario {
  name: string
  description: string
  durationUs: Micros
  host: Omit<HostParams, "guestSeed" | "net" | "protocol" | "policy" | "customPolicy" | "sabotage" | "linkBytesPerSecond">
  /** When to take a checkpoint (src/policy/index.ts; default fixed, every host.epochUs). */
  policy?: PolicySpec
  /** The replication transport (src/transport/index.ts; default tcp) and its link's speed. */
  transport?: TransportName
  link: LinkParams
  /** Over RDMA: the queue pairs' timeouts and the staging slots, where they differ from perftest's defaults (src/transport/rdma/verbs.ts). */
  verbs?: Partial<VerbsParams>
  clientPath: ClientPathParams
  clients: number
  client: ClientParams
  /** Clients start once the initial sync has had time to finish. */
  clientStartUs: Micros
  /** Real TCP between the guest and its clients, and how speculation treats it; absent, the simpler request/response path. */
  tcp?: TcpParams
  /** Backup consolidation: several primaries of this profile share one backup host; absent, one VM with a backup of its own. */
  consolidation?: Consolidation
  /** What a swarm campaign may draw this scenario's size from (fuzz --swarm); absent, it runs at its own size only. */
  swarm?: SwarmRanges
}
