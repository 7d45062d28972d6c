import { describe, expect, it } from "vitest"
import { test } from "@fast-check/vitest"
import { scheduleArb } from "../fuzz/arbitraries.ts"
import { campaign } from "../fuzz/campaign.ts"
import { properties } from "../properties/index.ts"
import { runScenario } from "../src/run/run.ts"
import { shortBasic } from "./helpers.ts"
import { policies } from "../src/policy/index.ts"
import { remusMini } from "../src/scenario/builtin.ts"

const short = shortBasic(1_200_000)

describe("every property holds on the correct protocol under random fault schedules", () => {
  // One seed for every property: each draws the same schedules, and a run judged once answers for all of them.
  const runs = new Map<string, ReturnType<typeof runScenario>>()
  const judged = (faults: Parameters<typeof runScenario>[2]) => {
    const key = JSON.stringify(faults)
    let r = runs.get(key)
    if (!r) runs.set(key, (r = runScenario(short, 3, faults)))
    return r
  }
  for (const p of properties) {
    test.prop([scheduleArb(short)], { numRuns: 5, seed: 20261122 })(p.id, (faults) => {
      const v = judged(faults).verdicts.find((x) => x.property === p.id)!
      expect(v.witness?.message ?? "holds").toBe("holds")
    })
  }
})

describe("the correct protocol survives a larger budget", () => {
  it("300 fault schedules, no violation", () => {
    const r = campaign({ scenario: short, seed: 7, runs: 300 })
    expect(r.violations.map((v) => `${v.property}: ${JSON.stringify(v.shrunkFaults)}`)).toEqual([])
    expect(r.runs).toBe(300)
    // Budgets are runs, never wall time; the timeout is ten times what it takes on an idle machine.
  }, 200_000)
})

describe("every checkpoint policy survives a fuzz campaign", () => {
  it.each(policies.map((p) => p.kind))("%s: 200 fault schedules on remus-mini, no violation", (kind) => {
    const r = campaign({ scenario: { ...remusMini, policy: { kind } as never }, seed: 11, runs: 200 })
    expect(r.violations.map((v) => `${v.property}: ${JSON.stringify(v.shrunkFaults)}`)).toEqual([])
  }, 120_000)
})

