import type { Micros } from "../sim/time.ts"

/**
 * The guest's execution, run lazily. The guest runs one slice at every
 * multiple of `tickUs` while it is not paused, and nothing outside it can see
 * its state between slices, so instead of one kernel event per slice the host
 * runs the slices that are due whenever the guest's state is about to be
 * observed (a capture, a request). The result is the same as running each
 * slice on time, without the events.
 */
export class GuestExecution {
  private through: Micros
  private paused = false
  /** The whole host is frozen (a host-pause fault): independent of the checkpoint's pause, which may begin or end around it. */
  private frozen = false
  private stopped = false

  constructor(
    private readonly tickUs: Micros,
    /** One slice of guest execution, at its own instant (a multiple of tickUs). */
    private readonly slice: (atUs: Micros) => void,
    startUs: Micros,
  ) {
    this.through = startUs
  }

  /** Run every slice due in (last catch-up, now]. */
  catchUp(now: Micros): void {
    if (this.stopped) return
    if (!this.paused && !this.frozen) {
      for (let k = Math.floor(this.through / this.tickUs) + 1; k * this.tickUs <= now; k++) this.slice(k * this.tickUs)
    }
    this.through = Math.max(this.through, now)
  }

  pause(now: Micros): void {
    this.catchUp(now)
    this.paused = true
  }

  /** Slices that fell inside the pause never ran. */
  resume(now: Micros): void {
    this.through = Math.max(this.through, now)
    this.paused = false
  }

  /** The host freezes: no slice runs until it thaws. */
  freeze(now: Micros): void {
    this.catchUp(now)
    this.frozen = true
  }

  /** Slices that fell inside the freeze never ran. */
  thaw(now: Micros): void {
    this.through = Math.max(this.through, now)
    this.frozen = false
  }

  /** A crash or a halt: the guest never runs again. */
  stop(): void {
    this.stopped = true
  }
}
