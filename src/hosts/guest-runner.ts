import { Effect } from "effect"
import type { Micros } from "../sim/time.ts"

/** The guest's execution as a fiber of its host: one slice every `tickUs` of virtual time. */
export const guestRunner = (tickUs: Micros, slice: () => void) =>
  Effect.forever(Effect.sleep(`${tickUs} micros`).pipe(Effect.andThen(Effect.sync(slice))))
