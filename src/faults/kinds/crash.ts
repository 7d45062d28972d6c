import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { draw, ms } from "./common.ts"

/** Crash-stop of a host at a virtual instant. */
export type Crash = { kind: "crash"; host: HostId; atUs: number }

export const crash: FaultKind<Crash> = {
  kind: "crash",
  summary: "crash-stop of primary or backup at that instant: fibers interrupted, timers cancelled, unsent bytes lost",
  fields: { host: "host", atUs: "time" },
  acts: "host",
  describe: (f) => `crash ${f.host} at ${ms(f.atUs)} ms`,
  lane: (f) => f.host,
  weight: 5,
  arbitrary: (w) => fc.record({ kind: fc.constant("crash" as const), host: draw.host(), atUs: draw.time(w) }),
  whyInert: (w, f) => (f.host === "backup" && !w.hasBackup ? `${w.name} has no backup` : undefined),
  hitsEveryVm: (f) => f.host === "backup",
  timed: {
    event: (f) => ({ type: "fault.crash", host: f.host }),
    act: (t, f) => t.hosts[f.host]?.crash(),
  },
}
