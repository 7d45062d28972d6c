import type { HostId } from "../sim/commands.ts"
import type { Address, Sim } from "../sim/kernel.ts"
import type { GuestSample } from "./host-messages.ts"
import type { Guest } from "../workload/guest.ts"
import type { GuestExecution } from "./guest-execution.ts"

/** How often a host with a file workload samples its guest's progress (for recovery measurements). */
export const PROGRESS_SAMPLE_US = 10_000

/** Record the guest's file operations so far (its measure of progress). */
export const observeProgress = (kernel: Sim, host: HostId, guest: Guest): void => {
  if (guest.cache) kernel.observe({ kind: "file-ops", host, ops: guest.cache.state.ops })
}

/** A `guest.sample` event: bring the guest up to now, record its progress, sample again in 10 ms. */
export const sampleProgress = (kernel: Sim, host: HostId, self: Address<GuestSample>, guest: Guest, execution: GuestExecution): void => {
  execution.catchUp(kernel.now)
  observeProgress(kernel, host, guest)
  kernel.after(PROGRESS_SAMPLE_US, self, { type: "guest.sample" })
}
