import { describe, expect, it } from "vitest"
import { hex32 } from "../src/memory/page-hash.ts"
import { GuestMemory } from "../src/memory/guest-memory.ts"
import { Guest } from "../src/workload/guest.ts"
import { remusMini } from "../src/scenario/builtin.ts"
import { Rng } from "../src/sim/rng.ts"

// Two shortcuts on the hot path that must give exactly what they replace (traces depend on every digit and draw).
describe("fast paths that must equal what they replace", () => {
  it("hex32 is toString(16) padded to 8 digits, for negative, large and edge values", () => {
    const values = [0, 1, 15, 16, 255, 256, 0x7fffffff, -1, -0x80000000, 0x80000000, 0xffffffff, 0xdeadbeef, -123456789]
    let x = 12345
    for (let i = 0; i < 2000; i++) values.push((x = (Math.imul(x, 1103515245) + 12345) | 0))
    for (const v of values) expect(hex32(v)).toBe((v >>> 0).toString(16).padStart(8, "0"))
  })

  it("a guest's below(n) is next() % n, draw for draw", () => {
    const make = () => Guest.boot(new GuestMemory(64), remusMini.host.workload, 7, new Rng(1, "nonce"))
    const a = make()
    const b = make()
    for (const n of [1, 2, 3, 7, 10, 63, 1000, 3585, 65_535, 1 << 20, 0x7fffffff, 0xfffffffe])
      for (let i = 0; i < 500; i++) expect(a.below(n)).toBe(b.next() % n)
  })
})
