import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { scheduleArb } from "../fuzz/arbitraries.ts"
import { campaign } from "../fuzz/campaign.ts"
import { inertIn } from "../src/faults/reach.ts"
import { remusMini } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { readCounterexample, toCounterexample, writeCounterexample } from "../fuzz/counterexample.ts"
import { replay } from "../fuzz/replay.ts"

describe("a campaign simulates each distinct run once", () => {
  it("a schedule whose faults the fault-free run says cannot act is that run, event for event", () => {
    const reference = runScenario(remusMini, 4)
    const schedules = fc.sample(scheduleArb(remusMini), { numRuns: 400, seed: 11 }).filter((s) => s.length > 0 && s.every((f) => inertIn(reference.reach!, f)))
    expect(schedules.length).toBeGreaterThan(5)
    for (const faults of schedules.slice(0, 25)) expect(runScenario(remusMini, 4, faults).trace.hash, JSON.stringify(faults)).toBe(reference.trace.hash)
  })

  it("counts the runs drawn and the runs simulated (repeats and inert schedules are not)", () => {
    const r = campaign({ scenario: remusMini, seed: 3, runs: 400 })
    expect(r.runs).toBe(400)
    expect(r.simulated).toBeLessThan(r.runs)
    expect(r.simulated).toBeGreaterThan(r.runs / 3)
  })
})

describe("fuzz --strategy pct", () => {
  it("draws priorities with each schedule; a counterexample keeps them and replays to its hash", () => {
    const r = campaign({ scenario: remusMini, seed: 2, bug: "restore-stale-checkpoint", runs: 100, strategy: "pct", shrink: false })
    const v = r.violations[0]
    expect(v.priorities).toBeGreaterThan(0)
    const cx = readCounterexample(writeCounterexample(mkdtempSync(join(tmpdir(), "epochlab-pct-")), toCounterexample(v, "restore-stale-checkpoint")))
    expect(cx.priorities).toBe(v.priorities)
    expect(replay(cx).reproduced).toBe(true)
  })
})
