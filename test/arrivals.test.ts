import { describe, expect, it } from "vitest"
import { THINK_CAP, thinkTime } from "../machines/client.ts"
import { remusMini } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import { factsOf } from "./helpers.ts"

describe("client arrivals", () => {
  it("a fixed think time, or exponential draws of that mean (a pure function of seed and request), cut at THINK_CAP means", () => {
    expect(thinkTime({ arrivalSeed: 0, seq: 7, thinkUs: 2000 })).toBe(2000)
    const draws = Array.from({ length: 20_000 }, (_, seq) => thinkTime({ arrivalSeed: 12345, seq, thinkUs: 2000 }))
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length
    expect(mean).toBeGreaterThan(1800) // the cut takes about 2% of the mass above 4 means off an exponential's mean
    expect(mean).toBeLessThan(2100)
    expect(Math.max(...draws)).toBe(THINK_CAP * 2000)
    expect(draws.filter((d) => d < 200).length / draws.length).toBeGreaterThan(0.07) // e^-0.1: short gaps are common
    expect(thinkTime({ arrivalSeed: 12345, seq: 3, thinkUs: 2000 })).toBe(draws[3])
  })

  it("with Poisson arrivals the responses are produced in every phase of the epoch, not in step with it", () => {
    const phases = (arrivals: "fixed" | "poisson") => {
      const r = runScenario({ ...remusMini, durationUs: 400_000, client: { ...remusMini.client, arrivals } }, 1)
      expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
      // Where in its 25 ms epoch each response was produced, in 1 ms buckets.
      return new Set(factsOf(r.trace.facts, "packet-out").map((f) => Math.floor((f.producedAt % 25_000) / 1000)))
    }
    expect(phases("poisson").size).toBeGreaterThan(phases("fixed").size)
  })
})
