import { expect, it } from "vitest"
import { fc, test } from "@fast-check/vitest"
import { hashBytes } from "../src/memory/page-hash.ts"

// Digests of guest state (and so trace hashes) depend on these values: pinned.
it("hashBytes gives the values it always gave", () => {
  const b = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37 + 11) & 255)
  expect([hashBytes(b), hashBytes(b.subarray(3, 20)), hashBytes(new Uint8Array(0))]).toEqual(["5219b325c0408f5f", "d105222813da7cbe", "ab3e7c0b67a2a8ee"])
})

test.prop([fc.uint8Array({ maxLength: 100 }), fc.integer({ min: 0, max: 7 })])("hashBytes depends on the bytes, not on where they lie in their buffer", (bytes, offset) => {
  const placed = new Uint8Array(bytes.length + offset)
  placed.set(bytes, offset)
  expect(hashBytes(placed.subarray(offset))).toBe(hashBytes(bytes))
})
