/** Virtual time: integer microseconds since the start of a run. */
export type Micros = number

/** Time to push `bytes` through a link of `bytesPerSecond`, rounded up to a whole microsecond. */
export const serializationUs = (bytes: number, bytesPerSecond: number): Micros =>
  Math.ceil((bytes * 1_000_000) / bytesPerSecond)
