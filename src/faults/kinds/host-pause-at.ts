import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { pointKey, protocolPoints, type ProtocolPoint } from "../points.ts"
import { draw, ms } from "./common.ts"
import { anyEpochAt, whyEpochInert } from "./crash-at.ts"

/** A host freezes for `durationUs` the moment the protocol reaches `point` for `epoch` (host-pause, placed where the windows are). */
export type HostPauseAt = { kind: "host-pause-at"; host: HostId; point: ProtocolPoint; epoch: number; durationUs: number }

export const hostPauseAt: FaultKind<HostPauseAt> = {
  kind: "host-pause-at",
  summary: "the whole host freezes for durationUs the moment the protocol reaches a named point for an epoch, then goes on",
  fields: { host: "host", point: "point", epoch: "epoch", durationUs: "nonNegative" },
  acts: "host",
  describe: (f) => `${f.host} paused ${ms(f.durationUs)} ms at ${f.point}${f.point === "during-failover" ? "" : ` of epoch ${f.epoch}`}`,
  lane: (f) => f.host,
  weight: 1,
  arbitrary: (w) =>
    fc.record({
      kind: fc.constant("host-pause-at" as const),
      host: draw.host(),
      point: fc.constantFrom(...protocolPoints),
      epoch: fc.integer({ min: 1, max: w.epochs }),
      durationUs: draw.window(),
    }),
  whyInert: (w, f) => (f.host === "backup" && !w.hasBackup ? `${w.name} has no backup` : whyEpochInert(w, f)),
  inertIn: (r, f) => !r.points.has(pointKey(f.point, f.epoch)),
  hitsEveryVm: (f) => f.host === "backup",
  atPoint: (f) => ({
    point: f.point,
    epoch: anyEpochAt(f),
    strike: { actor: f.host, type: "fault.pause", act: (t, now) => t.hosts[f.host]?.freeze(now + f.durationUs) },
  }),
}
