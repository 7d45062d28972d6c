import { describe, expect, it } from "vitest"
import { Arena } from "../src/memory/arena.ts"
import { GuestMemory } from "../src/memory/guest-memory.ts"

describe("the arena of small typed arrays", () => {
  it("hands out zeroed, aligned arrays that share no byte, across chunks and larger than one", () => {
    const arena = new Arena()
    const taken: { view: Int32Array | Uint8Array | Uint32Array; fill: number }[] = []
    for (const n of [1, 256, 3, 16_000, 5, 40_000, 7, 100_000, 2]) {
      for (const view of [arena.int32(n), arena.uint8(n), arena.uint32(n)]) {
        expect(view.length).toBe(n)
        expect(view.byteOffset % 8).toBe(0)
        expect(view.every((x) => x === 0)).toBe(true)
        taken.push({ view, fill: taken.length + 1 })
      }
    }
    // Each written with its own value: a view sharing bytes with another would lose some of its own.
    for (const { view, fill } of taken) view.fill(fill)
    for (const { view, fill } of taken) expect(view.every((x) => x === fill)).toBe(true)
  })

  it("a capture's page list stays the caller's after the next capture", () => {
    const memory = new GuestMemory(64)
    memory.writeWord(3, 0, 1)
    memory.writeWord(9, 0, 1)
    const first = memory.capture()
    memory.writeWord(5, 0, 1)
    memory.capture()
    expect([...first.indices]).toEqual([3, 9])
    expect([...first.zero!]).toEqual([0, 0])
  })

  it("int32Of copies its values into a view of the caller's own", () => {
    const source = new Int32Array([7, -1, 42, 3])
    const arena = new Arena()
    const copy = arena.int32Of(source.subarray(1, 3))
    source.fill(0)
    expect([...copy]).toEqual([-1, 42])
    expect([...arena.int32Of([5, 6, 7])]).toEqual([5, 6, 7])
  })
})
