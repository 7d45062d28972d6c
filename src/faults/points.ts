/**
 * Named protocol points a fault can be attached to (for a given epoch where it
 * applies), in the order an epoch reaches them. Each is reported to the
 * fault injector where the model takes that step (docs/faults.md says
 * where): faults placed here strike where the windows are, not at uniform
 * instants.
 */
export const protocolPoints = [
  "checkpoint-pause",
  "after-capture",
  "after-resume",
  "mid-transfer",
  "apply-queued",
  "after-apply-before-ack",
  "ack-in-flight",
  "after-ack-before-release",
  "claim",
  "during-failover",
] as const

export type ProtocolPoint = (typeof protocolPoints)[number]

/** Points a run reaches once or twice, not once per epoch: a fault there strikes whatever the epoch (it is ignored). */
export const anyEpoch = (point: ProtocolPoint): boolean => point === "claim" || point === "during-failover"

/** A protocol point reached at an epoch as one number (a point of `anyEpoch`: epoch 0). */
export const pointKey = (point: ProtocolPoint, epoch: number): number => protocolPoints.indexOf(point) * 2 ** 32 + (anyEpoch(point) ? 0 : epoch)

/** The point a `pointKey` names. */
export const pointOfKey = (key: number): ProtocolPoint => protocolPoints[Math.floor(key / 2 ** 32)]
