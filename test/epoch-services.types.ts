/**
 * Type-level checks (run by `tsc --noEmit` in `npm test`): the epoch loop
 * cannot be started without every one of its services. Each
 * @ts-expect-error line must be an error, or tsc fails.
 */
import { Effect, Layer } from "effect"
import { epochLoop } from "../src/epoch/epoch-loop.ts"
import { sleepUs } from "../src/sim/effect-runtime.ts"
import { CheckpointPolicy } from "../src/epoch/services.ts"
import { forkOnKernel } from "../src/sim/effect-runtime.ts"
import { FiberWatch } from "../src/sim/fiber-watch.ts"
import { Kernel } from "../src/sim/kernel.ts"

export const onlyThePolicy = () => {
  const kernel = new Kernel(1)
  const watch = new FiberWatch(kernel, "primary")
  const partial = Layer.succeed(CheckpointPolicy)({ awaitCheckpoint: () => sleepUs(25_000) })
  // @ts-expect-error the loop also needs GuestControl, SoftPages, PageCompressor, OutputQueue, ReplicationLink and PrimaryProtocol
  forkOnKernel(kernel, "primary", epochLoop(watch).pipe(Effect.provide(partial)))
}
