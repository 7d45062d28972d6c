import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { draw, windowText } from "./common.ts"

/**
 * The whole host freezes, hypervisor and guest, for `durationUs`, then goes
 * on with everything that queued meanwhile (a long GC pause, a VM stall,
 * SIGSTOP: Jepsen's pause nemesis). Its peer hears nothing and may take
 * over; a host that checked its fence once and trusts it is caught when it
 * wakes and acts on what it decided before.
 */
export type HostPause = { kind: "host-pause"; host: HostId; atUs: number; durationUs: number }

export const hostPause: FaultKind<HostPause> = {
  kind: "host-pause",
  summary: "the whole host (hypervisor and guest) freezes for the window, then goes on with everything that queued meanwhile",
  fields: { host: "host", atUs: "time", durationUs: "nonNegative" },
  acts: "host",
  describe: (f) => `${f.host} paused ${windowText(f.atUs, f.durationUs)}`,
  lane: (f) => f.host,
  weight: 2,
  arbitrary: (w) => fc.record({ kind: fc.constant("host-pause" as const), host: draw.host(), atUs: draw.time(w), durationUs: draw.window() }),
  whyInert: (w, f) => (f.host === "backup" && !w.hasBackup ? `${w.name} has no backup` : undefined),
  window: (f) => f,
  hitsEveryVm: (f) => f.host === "backup",
  timed: {
    event: (f) => ({ type: "fault.pause", host: f.host }),
    act: (t, f) => t.hosts[f.host]?.freeze(f.atUs + f.durationUs),
  },
}
