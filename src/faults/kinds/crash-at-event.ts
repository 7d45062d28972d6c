import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { draw } from "./common.ts"
import { crashOf } from "./crash-at.ts"

/**
 * Crash-stop of a host just before event `event` of the run is delivered
 * (the `i` of the trace's events; a crash at an index that is not a delivery
 * strikes before the next delivery). `epochlab explore` crashes each host at
 * every delivered event of a scenario's fault-free run.
 */
export type CrashAtEvent = { kind: "crash-at-event"; host: HostId; event: number }

export const crashAtEvent: FaultKind<CrashAtEvent> = {
  kind: "crash-at-event",
  summary: "crash-stop of a host just before the run delivers its event number `event` (the trace's i)",
  fields: { host: "host", event: "nonNegative" },
  acts: "host",
  describe: (f) => `crash ${f.host} before event ${f.event}`,
  lane: (f) => f.host,
  // Drawn by explore, not by the fuzzer (whose draws stay what they were).
  weight: 0,
  arbitrary: () => fc.record({ kind: fc.constant("crash-at-event" as const), host: draw.host(), event: fc.nat() }),
  whyInert: (w, f) => (f.host === "backup" && !w.hasBackup ? `${w.name} has no backup` : undefined),
  inertIn: (r, f) => f.event >= r.events,
  hitsEveryVm: (f) => f.host === "backup",
  atEvent: (f) => ({ event: f.event, strike: crashOf(f.host) }),
}
