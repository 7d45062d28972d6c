import { Clock, Duration, Effect, type Fiber, type Scheduler } from "effect"
import type { Sim } from "./kernel.ts"

/**
 * Effect on the kernel: fibers never touch real time or the host event loop.
 * The scheduler runs fiber tasks synchronously inside the current delivery;
 * the clock reads virtual time, and a sleep is a wake-up in the event queue,
 * attributed to `actor` in the trace.
 */
export const kernelScheduler = (kernel: Sim): Scheduler.Scheduler => ({
  executionMode: "sync",
  shouldYield: () => false,
  makeDispatcher: () => ({
    scheduleTask: (task) => kernel.enqueueTask(task),
    flush: () => kernel.drainTasks(),
  }),
})

export const kernelClock = (kernel: Sim, actor: string): Clock.Clock => {
  const nanos = () => BigInt(kernel.now) * 1000n
  return {
    currentTimeMillisUnsafe: () => kernel.now / 1000,
    currentTimeMillis: Effect.sync(() => kernel.now / 1000),
    currentTimeNanosUnsafe: nanos,
    currentTimeNanos: Effect.sync(nanos),
    monotonicTimeNanosUnsafe: nanos,
    monotonicTimeNanos: Effect.sync(nanos),
    sleep: (duration) =>
      Effect.callback<void>((resume) => {
        const us = Math.max(0, Math.round(Duration.toMillis(duration) * 1000))
        const handle = kernel.wakeAt(kernel.now + us, actor, () => resume(Effect.void))
        return Effect.sync(() => kernel.cancel(handle))
      }),
  }
}

/** Sleep `us` microseconds of virtual time (no duration string to parse on the hot path; the kernel clock rounds to whole microseconds). */
export const sleepUs = (us: number): Effect.Effect<void> => Effect.sleep(Duration.millis(us / 1000))

/** Start `effect` as a fiber of `actor`, on the kernel's scheduler and clock. */
export const forkOnKernel = <A, E>(kernel: Sim, actor: string, effect: Effect.Effect<A, E>): Fiber.Fiber<A, E> => {
  const fiber = Effect.runFork(effect.pipe(Effect.provideService(Clock.Clock, kernelClock(kernel, actor))), {
    scheduler: kernelScheduler(kernel),
  })
  kernel.drainTasks()
  return fiber
}

/** Interrupt a fiber now (a crash): its pending sleeps are cancelled, its finalizers run. */
export const interruptNow = (kernel: Sim, fiber: Fiber.Fiber<unknown, unknown>): void => {
  fiber.interruptUnsafe()
  kernel.drainTasks()
}
