import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind, FaultTargets, Strike } from "../kind.ts"
import { anyEpochAt, drawAtPoint, pointFields, pointInert, pointText, whyEpochInert, type AtPoint } from "./at-point.ts"
import { draw } from "./common.ts"

/** Crash-stop of a host the moment the protocol reaches `point` for `epoch` (any epoch for claim and during-failover). */
export type CrashAt = { kind: "crash-at"; host: HostId } & AtPoint

export const crashAt: FaultKind<CrashAt> = {
  kind: "crash-at",
  summary: "crash-stop of a host the moment the protocol reaches a named point for an epoch, inside that step",
  fields: { host: "host", ...pointFields },
  acts: "host",
  describe: (f) => `crash ${f.host} ${pointText(f)}`,
  lane: (f) => f.host,
  // 4 when there were five points; doubled with the five added, so that each point keeps its weight.
  weight: 8,
  arbitrary: (w) => fc.record({ kind: fc.constant("crash-at" as const), host: draw.host(), ...drawAtPoint(w) }),
  whyInert: (w, f) => {
    if (f.host === "backup" && !w.hasBackup) return `${w.name} has no backup`
    return whyEpochInert(w, f)
  },
  inertIn: pointInert,
  hitsEveryVm: (f) => f.host === "backup",
  atPoint: (f) => ({ point: f.point, epoch: anyEpochAt(f), strike: crashOf(f.host) }),
}

/** The strike of a crash of `host`. */
export const crashOf = (host: HostId): Strike => ({ actor: host, type: "fault.crash", act: (t: FaultTargets) => t.hosts[host]?.crash() })
