import { describe, expect, it } from "vitest"
import { remusActive } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { factsOf } from "./helpers.ts"

const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)
const short = (s: Scenario, durationUs = 700_000): Scenario => ({ ...s, durationUs })
const withWorkload = (vcpus: number, sharedFraction: number): Scenario => ({ ...remusActive, host: { ...remusActive.host, workload: { ...remusActive.host.workload, vcpus, sharedFraction } } })
/** Over the checkpoints after the initial sync: pages listed, and pages the backup needed. */
const comparison = (r: ReturnType<typeof runScenario>) => ({
  listed: factsOf(r.trace.facts, "slave-hashes").reduce((n, f) => n + f.listed, 0),
  need: factsOf(r.trace.facts, "slave-need").reduce((n, f) => n + f.need, 0),
  answers: factsOf(r.trace.facts, "slave-need"),
})

describe("the active slave", () => {
  it("every property holds with and without a primary crash, and far fewer bytes cross the link than without it", () => {
    const calm = runScenario(short(remusActive), 3)
    expect(failed(calm)).toEqual([])
    const c = comparison(calm)
    expect(c.answers.length).toBeGreaterThan(10)
    expect(c.need).toBeGreaterThan(0) // the vCPUs' races and the host's random input do show
    expect(c.need).toBeLessThan(c.listed / 4)
    const without = runScenario(short({ ...remusActive, host: { ...remusActive.host, activeSlave: false } }), 3)
    // After the initial sync (the whole image either way): the hash lists and the pages that differ, against every dirty page.
    const afterSync = (r: typeof calm) => r.trace.facts.reduce((n, f) => n + ((f.kind === "checkpoint-sent" && f.epoch > 0) || f.kind === "slave-hashes" ? f.bytes : 0), 0)
    expect(afterSync(calm)).toBeLessThan(afterSync(without) / 10)
    const crash = runScenario(short(remusActive), 3, [{ kind: "crash", host: "primary", atUs: 455_000 }])
    expect(failed(crash)).toEqual([])
    expect(crash.metrics.failover?.restoredEpoch).toBeGreaterThan(0)
  })

  it("with one vCPU the backup's run is the primary's but for the service's state page, which mixes in the host's random input", () => {
    const r = runScenario(short(withWorkload(1, 0)), 2)
    expect(failed(r)).toEqual([])
    const c = comparison(r)
    expect(c.answers.every((f) => f.need <= 1)).toBe(true)
    expect(c.answers.some((f) => f.need === 1)).toBe(true)
  })

  it("the saving depends on the workload: vCPUs that share their pages diverge more", () => {
    const apart = comparison(runScenario(short(withWorkload(8, 0)), 4))
    const shared = comparison(runScenario(short(withWorkload(8, 1)), 4))
    expect(shared.need / shared.listed).toBeGreaterThan((2 * apart.need) / apart.listed)
  })

  it("with the planted bug, compression-roundtrip fails without any fault", () => {
    const bad = runScenario(short(remusActive, 400_000), 1, [], "slave-trusts-own-page")
    expect(bad.verdicts.find((v) => v.property === "compression-roundtrip")?.ok).toBe(false)
  })

  it("the same run twice is the same run", () => {
    expect(runScenario(short(remusActive, 300_000), 9).trace.hash).toBe(runScenario(short(remusActive, 300_000), 9).trace.hash)
  })
})

