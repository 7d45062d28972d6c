import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { anyEpochAt, drawAtPoint, pointFields, pointInert, pointText, whyEpochInert, type AtPoint } from "./at-point.ts"
import { draw, ms } from "./common.ts"

/** A host freezes for `durationUs` the moment the protocol reaches `point` for `epoch` (host-pause, placed where the windows are). */
export type HostPauseAt = { kind: "host-pause-at"; host: HostId; durationUs: number } & AtPoint

export const hostPauseAt: FaultKind<HostPauseAt> = {
  kind: "host-pause-at",
  summary: "the whole host freezes for durationUs the moment the protocol reaches a named point for an epoch, then goes on",
  fields: { host: "host", ...pointFields, durationUs: "nonNegative" },
  acts: "host",
  describe: (f) => `${f.host} paused ${ms(f.durationUs)} ms at ${pointText(f)}`,
  lane: (f) => f.host,
  // 1 when there were five points; doubled with the five added, so that each point keeps its weight.
  weight: 2,
  arbitrary: (w) => fc.record({ kind: fc.constant("host-pause-at" as const), host: draw.host(), ...drawAtPoint(w), durationUs: draw.window() }),
  whyInert: (w, f) => (f.host === "backup" && !w.hasBackup ? `${w.name} has no backup` : whyEpochInert(w, f)),
  inertIn: pointInert,
  hitsEveryVm: (f) => f.host === "backup",
  atPoint: (f) => ({
    point: f.point,
    epoch: anyEpochAt(f),
    strike: { actor: f.host, type: "fault.pause", act: (t, now) => t.hosts[f.host]?.freeze(now + f.durationUs) },
  }),
}
