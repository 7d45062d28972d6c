import type { HostId } from "../sim/observations.ts"
import type { Fault } from "./schedule.ts"

/** Parse the `--crash primary@1000` shorthand (milliseconds) into a crash fault. Throws with a one-line reason. */
export const parseCrash = (spec: string): Fault => {
  const m = /^(primary|backup)@(\d+(?:\.\d+)?)$/.exec(spec.trim())
  if (!m) throw new Error(`--crash: expected primary@MS or backup@MS (milliseconds), got "${spec}"`)
  return { kind: "crash", host: m[1] as HostId, atUs: Math.round(Number(m[2]) * 1000) }
}
