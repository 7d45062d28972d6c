import { describe, expect, it } from "vitest"
import { guidedCampaign } from "../fuzz/guided-campaign.ts"
import { remusMini } from "../src/scenario/builtin.ts"
import { epochlab } from "./epochlab-in-process.ts"

const short = { ...remusMini, durationUs: 300_000 }

describe("coverage-guided fuzzing (--strategy coverage)", () => {
  it("is deterministic: the same seed and budget give the same runs, coverage and counterexample", () => {
    const a = guidedCampaign({ scenario: short, seed: 3, bug: "restore-stale-checkpoint", runs: 60 })
    const b = guidedCampaign({ scenario: short, seed: 3, bug: "restore-stale-checkpoint", runs: 60 })
    expect(a.violations.length).toBe(1)
    expect([a.runs, a.coverage, a.violations[0].shrunkFaults, a.violations[0].report.trace.hash]).toEqual([b.runs, b.coverage, b.violations[0].shrunkFaults, b.violations[0].report.trace.hash])
  })

  it("shrinks what it finds to a smaller schedule that still fails the same property", () => {
    // Seed 4 finds ack-before-complete with three faults (run 80 of remus-mini); one of them is the violation.
    const r = guidedCampaign({ scenario: remusMini, seed: 4, bug: "ack-before-complete", runs: 100 })
    const v = r.violations[0]
    expect(v.property).toBe("failover-consistency")
    expect(v.faults).toHaveLength(3)
    expect(v.shrunkFaults).toHaveLength(1)
    expect(v.report.verdicts.find((x) => x.property === "failover-consistency")?.ok).toBe(false)
  })

  it("on the correct protocol finds nothing and reports its coverage", () => {
    const r = guidedCampaign({ scenario: short, seed: 1, runs: 150 })
    expect(r.violations).toEqual([])
    expect(r.runs).toBe(150)
    expect(r.coverage.faults?.acted.length).toBeGreaterThan(5)
  })

  it("refuses what it cannot do: shards, several workers, an unknown strategy (one line, exit 2)", async () => {
    for (const extra of [["--shard", "1/2"], ["--workers", "2"]]) {
      const r = await epochlab("fuzz", "--strategy", "coverage", ...extra)
      expect(r.code).toBe(2)
      expect(r.stderr.trim().split("\n")).toHaveLength(1)
    }
    const r = await epochlab("fuzz", "--strategy", "nope")
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/expected random, coverage or pct/)
  })
})
