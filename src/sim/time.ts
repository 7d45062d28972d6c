/** Virtual time: integer microseconds since the start of a run. */
export type Micros = number

export const msToUs = (ms: number): Micros => Math.round(ms * 1000)
export const usToMs = (us: Micros): number => us / 1000
export const secondsToUs = (s: number): Micros => Math.round(s * 1_000_000)

/** Time to push `bytes` through a link of `bytesPerSecond`, rounded up to a whole microsecond. */
export const serializationUs = (bytes: number, bytesPerSecond: number): Micros =>
  Math.ceil((bytes * 1_000_000) / bytesPerSecond)
