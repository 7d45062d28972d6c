import fc from "fast-check"
import type { ArbitraryWorld } from "../kind.ts"
import type { Reach } from "../reach.ts"
import { anyEpoch, pointKey, protocolPoints, type ProtocolPoint } from "../points.ts"

/** What every fault attached to a protocol point names: the point, and the epoch it strikes at. */
export type AtPoint = { point: ProtocolPoint; epoch: number }

/** Their fields, as the schedule parser checks them. */
export const pointFields = { point: "point", epoch: "epoch" } as const

/** The point and epoch, drawn: any point, any epoch of the run; shrinking toward the first point and epoch 1. */
export const drawAtPoint = (w: ArbitraryWorld) => ({ point: fc.constantFrom(...protocolPoints), epoch: fc.integer({ min: 1, max: w.epochs }) })

/** "mid-transfer of epoch 12", or the point alone where the epoch is ignored. */
export const pointText = (f: AtPoint): string => (anyEpoch(f.point) ? f.point : `${f.point} of epoch ${f.epoch}`)

/** A point fault's epoch beyond any the run reaches. */
export const whyEpochInert = (w: { durationUs: number; epochUs: number }, f: AtPoint): string | undefined => {
  const epochs = Math.floor(w.durationUs / w.epochUs) + 1
  return !anyEpoch(f.point) && f.epoch > epochs ? `a run of ${w.durationUs / 1000} ms has at most ${epochs} epochs` : undefined
}

/** A run that never reached the point at that epoch: the fault never struck. */
export const pointInert = (r: Reach, f: AtPoint): boolean => !r.points.has(pointKey(f.point, f.epoch))

/** The epoch the injector waits for: undefined (any) for a point reached once or twice a run, whatever the epoch. */
export const anyEpochAt = (f: AtPoint): number | undefined => (anyEpoch(f.point) ? undefined : f.epoch)
