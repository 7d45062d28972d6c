import { sleepUs } from "../sim/effect-runtime.ts"
import type { Micros } from "../sim/time.ts"
import type { CheckpointPolicy } from "./services.ts"

/** Remus' policy: a checkpoint after every `epochUs` of guest run time. */
export const fixedEpochs = (epochUs: Micros): CheckpointPolicy["Service"] => ({
  awaitCheckpoint: () => sleepUs(epochUs),
})
