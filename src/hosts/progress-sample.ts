import type { HostId } from "../../machines/commands.ts"
import type { Kernel } from "../sim/kernel.ts"
import type { Guest } from "../workload/guest.ts"

/** How often a host with a file workload samples its guest's progress (for recovery measurements). */
export const PROGRESS_SAMPLE_US = 10_000

export const sampleProgress = (kernel: Kernel, host: HostId, guest: Guest): void => {
  if (guest.cache) kernel.observe({ kind: "file-ops", host, ops: guest.cache.state.ops })
}
