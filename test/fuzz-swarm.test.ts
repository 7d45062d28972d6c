import { describe, expect, it } from "vitest"
import { campaign } from "../fuzz/campaign.ts"
import { remusMini } from "../src/scenario/builtin.ts"

describe("the correct protocol survives a swarm", () => {
  it("1000 swarm cases (remus-mini's ranges: sizes and faults drawn together), no violation", () => {
    const r = campaign({ scenario: remusMini, seed: 7, runs: 1000, swarm: true })
    expect(r.violations.map((v) => `${v.property}: ${JSON.stringify([v.size, v.shrunkFaults])}`)).toEqual([])
    expect(r.runs).toBe(1000)
  }, 150_000)
})
