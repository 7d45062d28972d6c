/** Named protocol points a crash can be attached to (for a given epoch where it applies). */
export const protocolPoints = [
  "after-capture",
  "mid-transfer",
  "after-apply-before-ack",
  "after-ack-before-release",
  "during-failover",
] as const

export type ProtocolPoint = (typeof protocolPoints)[number]

/** A protocol point reached at an epoch as one number (during-failover: any epoch). */
export const pointKey = (point: ProtocolPoint, epoch: number): number => protocolPoints.indexOf(point) * 2 ** 32 + (point === "during-failover" ? 0 : epoch)

/** The point a `pointKey` names. */
export const pointOfKey = (key: number): ProtocolPoint => protocolPoints[Math.floor(key / 2 ** 32)]
