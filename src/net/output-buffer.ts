import { EpochBarriers } from "../common/epoch-barriers.ts"
import type { Segment } from "./segment.ts"

/**
 * The hypervisor's output queue. Everything the guest sends in epoch k sits
 * behind barrier k until checkpoint k is acknowledged. Inbound traffic does
 * not pass through here: it reaches the guest at once.
 */
export class OutputBuffer extends EpochBarriers<Segment> {
  enqueue(segment: Segment): void {
    segment.epoch = this.openEpoch
    this.hold(segment)
  }
}
