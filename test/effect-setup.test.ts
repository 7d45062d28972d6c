import { Effect, Fiber } from "effect"
import { expect, it } from "vitest"

it("Effect runs as in the bundle: a suspended fiber holds no AsyncResource (test/setup-effect.ts)", async () => {
  const fiber = Effect.runFork(Effect.callback<void>(() => {}))
  await Promise.resolve()
  // Effect keeps the resource it would resume in on the fiber (internal/effect.js, captureAsyncContext).
  expect("_asyncContext" in fiber).toBe(true)
  expect((fiber as unknown as { _asyncContext: unknown })._asyncContext).toBeUndefined()
  await Effect.runPromise(Fiber.interrupt(fiber))
})
