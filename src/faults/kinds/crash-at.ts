import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind, FaultTargets, Strike } from "../kind.ts"
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
    return whyEpochInert(w, f)
  },
  inertIn: (r, f) => !r.points.has(pointKey(f.point, f.epoch)),
  hitsEveryVm: (f) => f.host === "backup",
  atPoint: (f) => ({ point: f.point, epoch: anyEpochAt(f), strike: crashOf(f.host) }),
}

/** A point fault's epoch beyond any the run reaches. */
export const whyEpochInert = (w: { durationUs: number; epochUs: number }, f: { point: ProtocolPoint; epoch: number }): string | undefined => {
  const epochs = Math.floor(w.durationUs / w.epochUs) + 1
  return f.point !== "during-failover" && f.epoch > epochs ? `a run of ${w.durationUs / 1000} ms has at most ${epochs} epochs` : undefined
}

/** during-failover strikes at whatever epoch the failover restores. */
export const anyEpochAt = (f: { point: ProtocolPoint; epoch: number }): number | undefined => (f.point === "during-failover" ? undefined : f.epoch)

/** The strike of a crash of `host`. */
export const crashOf = (host: HostId): Strike => ({ actor: host, type: "fault.crash", act: (t: FaultTargets) => t.hosts[host]?.crash() })
