import type { Sim } from "../sim/kernel.ts"
import type { ReplicationTransport } from "../transport/transport.ts"
import type { HostId } from "../sim/observations.ts"

/** What these helpers need of a host's machine (method syntax: any host's event union fits). */
interface HostMachine {
  send(event: { type: "crash" } | { type: "lease.result"; granted: boolean }): void
  cancelTimers(): void
}

/**
 * Crash-stop of a host, the same for both: the machine goes to `crashed`, its
 * timers die, the host's own work stops (`stopWork`), the trace records it,
 * and the transport learns that this endpoint is gone.
 */
export const crashStop = (kernel: Sim, host: HostId, machine: HostMachine, link: ReplicationTransport, stopWork: () => void): void => {
  machine.send({ type: "crash" })
  machine.cancelTimers()
  stopWork()
  kernel.observe({ kind: "crash", host })
  link.endpointCrashed(host)
}

/** A claim on the activation record has reached shared storage: record the answer and tell the machine. */
export const answerClaim = (kernel: Sim, host: HostId, machine: HostMachine, granted: boolean): void => {
  kernel.observe({ kind: "lease", host, granted })
  machine.send({ type: "lease.result", granted })
}
