import { fc, test } from "@fast-check/vitest"
import { describe, expect } from "vitest"
import { ReceivedStream } from "../src/net/received-stream.ts"

/** The obvious model: one map entry per byte held. */
class Model {
  held = new Map<number, number>()
  receivedThrough = 0
  accept(offset: number, data: Uint8Array): number {
    let conflict = -1
    data.forEach((b, i) => {
      const prev = this.held.get(offset + i)
      if (prev === undefined) this.held.set(offset + i, b)
      else if (prev !== b && conflict < 0) conflict = offset + i
    })
    while (this.held.has(this.receivedThrough)) this.receivedThrough++
    return conflict
  }
}

// Segments over a small stream crossing a chunk boundary (64 KiB), so overlaps, holes, resends and conflicts are common.
const segment = fc.record({
  offset: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 65_436, max: 65_636 })),
  len: fc.integer({ min: 0, max: 120 }),
  // Resends mostly carry the stream's own bytes (offset mod 251); sometimes a different byte.
  corrupt: fc.option(fc.integer({ min: 0, max: 119 }), { freq: 4 }),
})

describe("ReceivedStream", () => {
  // Chunks that come full of another run's bytes (a pooled scratch buffer) change nothing: a byte is read only once it is held.
  test.prop([fc.array(segment, { maxLength: 60 }), fc.boolean()], { numRuns: 300 })("agrees with a byte-by-byte model: conflicts, and how far the stream is whole", (segments, dirtyChunks) => {
    const s = dirtyChunks ? new ReceivedStream((n) => new Uint8Array(n).fill(0xa5)) : new ReceivedStream()
    const m = new Model()
    for (const { offset, len, corrupt } of segments) {
      const data = Uint8Array.from({ length: len }, (_, i) => (offset + i) % 251)
      if (corrupt !== null && corrupt < len) data[corrupt] ^= 0xff
      expect(s.accept(offset, data)).toBe(m.accept(offset, data))
      expect(s.receivedThrough).toBe(m.receivedThrough)
    }
  })
})
