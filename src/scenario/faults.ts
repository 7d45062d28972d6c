import type { HostId } from "../sim/observations.ts"
import type { Micros } from "../sim/time.ts"

/** A crash-stop of one host at a virtual instant (the fuzzing issue generalises this). */
export interface CrashFault {
  kind: "crash"
  host: HostId
  atUs: Micros
}

/** Parse `primary@1000` / `backup@250.5` (milliseconds). Throws with a one-line reason. */
export const parseCrash = (spec: string): CrashFault => {
  const m = /^(primary|backup)@(\d+(?:\.\d+)?)$/.exec(spec.trim())
  if (!m) throw new Error(`--crash: expected primary@MS or backup@MS (milliseconds), got "${spec}"`)
  return { kind: "crash", host: m[1] as HostId, atUs: Math.round(Number(m[2]) * 1000) }
}
