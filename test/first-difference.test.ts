import { describe, expect, it } from "vitest"
import { firstDifference } from "../src/sim/first-difference.ts"

describe("firstDifference (lockstep's context comparison)", () => {
  it("finds nothing between equal values, shared or not", () => {
    const shared = { a: [1, 2, { b: new Uint8Array([1, 2]) }] }
    expect(firstDifference({ x: shared, y: NaN, z: undefined }, { x: shared, y: NaN, z: undefined })).toBeUndefined()
    expect(firstDifference({ x: { a: [1, 2, { b: new Uint8Array([1, 2]) }] } }, { x: { a: [1, 2, { b: new Uint8Array([1, 2]) }] } })).toBeUndefined()
  })

  it("names where values differ: a nested field, an element, a length, the bytes of a typed array", () => {
    expect(firstDifference({ s: { cwnd: 10 } }, { s: { cwnd: 11 } })).toBe(".s.cwnd")
    expect(firstDifference({ q: [1, 2, 3] }, { q: [1, 5, 3] })).toBe(".q[1]")
    expect(firstDifference({ q: [1, 2] }, { q: [1, 2, 3] })).toBe(".q.length")
    expect(firstDifference({ b: new Uint8Array([1, 2]) }, { b: new Uint8Array([1, 3]) })).toBe(".b")
    expect(firstDifference({ b: new Uint8Array([1, 2]) }, { b: new Int8Array([1, 2]) })).toBe(".b")
  })

  it("is stricter than JSON: key order, an undefined value against a missing key, -0, a Map's contents", () => {
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toMatch(/keys a,b vs b,a/)
    expect(firstDifference({ a: 1, b: undefined }, { a: 1 })).toMatch(/keys/)
    expect(firstDifference({ z: 0 }, { z: -0 })).toBe(".z")
    expect(firstDifference({ m: new Map([[1, 2]]) }, { m: new Map([[1, 3]]) })).toBe(".m")
    expect(firstDifference({ m: new Map([[1, 2]]) }, { m: new Map([[1, 2]]) })).toBeUndefined()
  })
})
