import { describe, expect, it } from "vitest"
import { GuestMemory } from "../src/memory/guest-memory.ts"
import { remusBasic, remusPresend } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import { factsOf } from "./helpers.ts"

const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)
const verdict = (r: ReturnType<typeof runScenario>, id: string) => r.verdicts.find((v) => v.property === id)!

describe("speculative state transfer: the selection", () => {
  it("takes only pages not written since the last look, clears their dirty bits, and a new write dirties them again", () => {
    const m = new GuestMemory(8)
    m.capture()
    m.writeWord(1, 0, 1)
    m.writeWord(2, 0, 2)
    expect([...m.takeQuiet(10).indices]).toEqual([]) // both written since the last look (there was none)
    m.writeWord(2, 1, 3) // page 2 stays busy, page 1 goes quiet
    const early = m.takeQuiet(10)
    expect([...early.indices]).toEqual([1])
    expect(new Int32Array(early.data.buffer, 0, 1)[0]).toBe(1)
    expect(m.dirtyPages).toBe(1)
    m.writeWord(1, 5, 9) // the guest came back to page 1: the checkpoint sends it again
    expect([...m.capture().indices]).toEqual([1, 2])
  })

  it("takes at most the budget, lowest pages first; the rest stay dirty and quiet", () => {
    const m = new GuestMemory(8)
    m.capture()
    for (const p of [5, 3, 6]) m.writeWord(p, 0, p)
    m.takeQuiet(0)
    expect([...m.takeQuiet(2).indices]).toEqual([3, 5])
    expect([...m.takeQuiet(2).indices]).toEqual([6])
    expect(m.dirtyPages).toBe(0)
  })
})

describe("remus-presend", () => {
  const short = { ...remusPresend, durationUs: 700_000 }

  it("every property holds with and without a primary crash; pages go early, and the checkpoints carry fewer pages and pause less", () => {
    const calm = runScenario(short, 3)
    expect(failed(calm)).toEqual([])
    const early = factsOf(calm.trace.facts, "presend")
    expect(early.length).toBeGreaterThan(10)
    // The backup put every early page in at the apply of its checkpoint.
    expect(factsOf(calm.trace.facts, "early-apply").length).toBeGreaterThan(5)
    const base = runScenario({ ...remusBasic, durationUs: 700_000 }, 3)
    const captured = (r: typeof calm) => factsOf(r.trace.facts, "capture").filter((f) => f.epoch > 0).reduce((n, f) => n + f.pages, 0)
    expect(captured(calm)).toBeLessThan(captured(base) * 0.8)
    expect(calm.metrics.meanPauseUs).toBeLessThan(base.metrics.meanPauseUs)
    const crash = runScenario(short, 3, [{ kind: "crash", host: "primary", atUs: 455_000 }])
    expect(failed(crash)).toEqual([])
    expect(crash.metrics.failover?.restoredEpoch).toBeGreaterThan(0)
  })

  it("with the planted bug, early-pages-staged fails without faults, and failover-consistency when the primary dies before the checkpoint commits", () => {
    const bad = runScenario(short, 1, [], "apply-presend-early")
    expect(verdict(bad, "early-pages-staged").ok).toBe(false)
    expect(verdict(bad, "failover-consistency").ok).toBe(true)
    const crash = runScenario({ ...remusPresend, durationUs: 1_400_000 }, 1, [{ kind: "crash", host: "primary", atUs: 1_010_000 }], "apply-presend-early")
    expect(verdict(crash, "failover-consistency").ok).toBe(false)
  })

  it("the same run twice is the same run", () => {
    expect(runScenario(short, 9).trace.hash).toBe(runScenario(short, 9).trace.hash)
  })
})
