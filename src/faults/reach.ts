import type { HostId } from "../sim/observations.ts"
import { protocolPoints, type Fault, type ProtocolPoint } from "./schedule.ts"

/**
 * How far a run got, as far as faults can tell: which protocol points it
 * reached, how many replication segments each host sent, how many packets
 * went each way between each client and the VM. From the fault-free run of a
 * scenario it says which faults could never act: a schedule all of whose
 * faults are inert there runs exactly as the fault-free run (up to the first
 * fault that acts, a run is the fault-free run, so that fault would have
 * acted there too), and a campaign need not simulate it.
 */
export interface Reach {
  /** pointKey(point, epoch) of every point reached. */
  points: Set<number>
  linkSent: Record<HostId, number>
  /** Per `client/to-client` or `client/to-vm`. */
  clientPackets: Map<string, number>
}

/** A protocol point reached at an epoch as one number (during-failover: any epoch). */
export const pointKey = (point: ProtocolPoint, epoch: number): number =>
  protocolPoints.indexOf(point) * 2 ** 32 + (point === "during-failover" ? 0 : epoch)

/** Whether `f` cannot act in a run that went only as far as `reach` (conservative: windows and timed faults may always act). */
export const inertIn = (reach: Reach, f: Fault): boolean => {
  switch (f.kind) {
    case "crash-at":
      return !reach.points.has(pointKey(f.point, f.epoch))
    case "link-drop":
    case "link-duplicate": {
      const { primary, backup } = reach.linkSent
      const sent = f.direction === "both" ? Math.max(primary, backup) : f.direction === "primary->backup" ? primary : backup
      return f.nth > sent
    }
    case "client-drop":
    case "client-duplicate":
      return f.nth > (reach.clientPackets.get(`${f.client}/${f.direction}`) ?? 0)
    case "client-reorder":
      return f.nth > (reach.clientPackets.get(`${f.client}/to-client`) ?? 0)
    default:
      return false
  }
}
