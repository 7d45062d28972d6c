import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { pointKey, protocolPoints, type ProtocolPoint } from "../points.ts"
import { draw } from "./common.ts"

/** Crash-stop of a host the moment the protocol reaches `point` for `epoch` (any epoch for during-failover). */
export type CrashAt = { kind: "crash-at"; host: HostId; point: ProtocolPoint; epoch: number }

export const crashAt: FaultKind<CrashAt> = {
  kind: "crash-at",
  summary: "crash-stop of a host the moment the protocol reaches a named point for an epoch, inside that step",
  fields: { host: "host", point: "point", epoch: "epoch" },
  acts: "host",
  describe: (f) => `crash ${f.host} ${f.point}${f.point === "during-failover" ? "" : ` of epoch ${f.epoch}`}`,
  lane: (f) => f.host,
  weight: 4,
  arbitrary: (w) =>
    fc.record({ kind: fc.constant("crash-at" as const), host: draw.host(), point: fc.constantFrom(...protocolPoints), epoch: fc.integer({ min: 1, max: w.epochs }) }),
  whyInert: (w, f) => {
    if (f.host === "backup" && !w.hasBackup) return `${w.name} has no backup`
    const epochs = Math.floor(w.durationUs / w.epochUs) + 1
    return f.point !== "during-failover" && f.epoch > epochs ? `a run of ${w.durationUs / 1000} ms has at most ${epochs} epochs` : undefined
  },
  inertIn: (r, f) => !r.points.has(pointKey(f.point, f.epoch)),
  hitsEveryVm: (f) => f.host === "backup",
  atPoint: (f) => ({ host: f.host, point: f.point, epoch: f.point === "during-failover" ? undefined : f.epoch }),
}
