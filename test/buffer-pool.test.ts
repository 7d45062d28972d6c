import { describe, expect, it } from "vitest"
import { giveBackZeroed, takeZeroed } from "../src/sim/buffer-pool.ts"

describe("the zeroed-buffer pool (EPOCHLAB_CHECK_POOL=1, as the suite runs)", () => {
  it("refuses a buffer that comes back with a byte written, naming where", () => {
    const view = takeZeroed(3 << 20)
    view[(2 << 20) + 12345] = 7
    expect(() => giveBackZeroed(view)).toThrow(`bytes at ${(2 << 20) + 12345}`)
  })

  it("takes back an all-zero buffer and hands it out again zeroed", () => {
    const view = takeZeroed(100_000)
    view[5] = 1
    view[5] = 0
    giveBackZeroed(view)
    const again = takeZeroed(100_000)
    expect(again.buffer).toBe(view.buffer)
    expect(again.every((b) => b === 0)).toBe(true)
  })
})
