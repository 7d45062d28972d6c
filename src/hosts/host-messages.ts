import type { ToVm } from "../net/client-network.ts"
import type { TimerEvent } from "../sim/commands.ts"
import type { TransportDelivery } from "../transport/transport.ts"

/** A host's reminders to itself: sample the guest's progress; a claim on the activation record has reached shared storage. */
export type GuestSample = { type: "guest.sample" }
export type ClaimDone = { type: "storage.claim-done" }

/**
 * What a protected VM's host (primary or backup) takes: what the replication
 * transport delivers, what the client network routes to the VM's address,
 * its machine's timers and its own reminders.
 */
export type HostMessage = TransportDelivery | ToVm | TimerEvent | GuestSample | ClaimDone
