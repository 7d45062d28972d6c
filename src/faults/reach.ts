import type { HostId } from "../sim/observations.ts"
import type { Fault } from "./schedule.ts"
import { kindOf } from "./kinds/index.ts"
export { pointKey } from "./points.ts"

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
  /** pointKey(point, epoch) of every point reached, in the order they were reached. */
  points: Set<number>
  /** How many of `points` were reached before a fault of the injector first struck (undefined: none struck). */
  pointsBeforeFault?: number
  /** The kinds of the injector's faults (crashes, disconnections) that struck. */
  struck: Set<string>
  linkSent: Record<HostId, number>
  /** Per `client/to-client` or `client/to-vm`. */
  clientPackets: Map<string, number>
  /** Events in the run's trace (deliveries and the steps hosts note): an event fault at or beyond it never strikes. */
  events: number
}

/** Whether `f` cannot act in a run that went only as far as `reach` (each kind says; windows and timed faults may always act). */
export const inertIn = (reach: Reach, f: Fault): boolean => kindOf(f).inertIn?.(reach, f) ?? false
