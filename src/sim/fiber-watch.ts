import { Cause, Effect, Exit, type Fiber } from "effect"
import type { Sim } from "./kernel.ts"
import { interruptNow } from "./effect-runtime.ts"

/**
 * Watches a host's fibers. A host's loops run until the host stops them (a
 * crash, a halt, no replica any more); any other end is a fact, `fiber-died`:
 * a defect, a failure, an interruption nobody asked for, or a loop that
 * returned. Property no-silent-death fails on it, so a protocol whose loop
 * quietly stops is caught rather than passing because nothing happened.
 */
export class FiberWatch {
  private stopping = false

  constructor(
    private readonly sim: Sim,
    private readonly host: string,
  ) {}

  /** `effect`, reporting how it ended unless its host stopped it. */
  watched<A, E, R>(fiber: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> {
    return Effect.onExit(effect, (exit) => Effect.sync(() => this.ended(fiber, exit)))
  }

  /**
   * Stop `fibers` on purpose (and with them the fibers they forked). A host
   * stops its fibers for good, possibly from inside one of them (a crash at a
   * protocol point), which then ends at its next step: from now on an
   * interruption is expected.
   */
  stop(...fibers: Array<Fiber.Fiber<unknown, unknown> | undefined>): void {
    this.stopping = true
    for (const f of fibers) if (f) interruptNow(this.sim, f)
  }

  private ended(fiber: string, exit: Exit.Exit<unknown, unknown>): void {
    if (this.stopping && Exit.isFailure(exit) && Cause.hasInterruptsOnly(exit.cause)) return
    const how = Exit.isSuccess(exit) ? "returned" : Cause.hasInterruptsOnly(exit.cause) ? "interrupted" : `failed: ${Cause.pretty(exit.cause).split("\n")[0]}`
    this.sim.observe({ kind: "fiber-died", host: this.host, fiber, how })
  }
}
