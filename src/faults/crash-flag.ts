import type { HostId } from "../sim/observations.ts"
import type { Fault } from "./schedule.ts"

/** Parse the `--crash primary@1000` shorthand (milliseconds; `vm2:primary@1000` in a consolidated scenario) into a crash fault. Throws with a one-line reason. */
export const parseCrash = (spec: string): Fault => {
  const m = /^(?:(vm[1-9]\d*):)?(primary|backup)@(\d+(?:\.\d+)?)$/.exec(spec.trim())
  if (!m) throw new Error(`--crash: expected primary@MS or backup@MS (milliseconds), optionally after a VM (vm2:primary@MS); got "${spec}"`)
  return { kind: "crash", host: m[2] as HostId, atUs: Math.round(Number(m[3]) * 1000), ...(m[1] ? { vm: m[1] } : {}) }
}
