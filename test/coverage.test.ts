import { describe, expect, it } from "vitest"
import { campaign } from "../fuzz/campaign.ts"
import { primaryMachine } from "../machines/primary.ts"
import { compile } from "../src/sim/machine-actor.ts"
import { Coverage, collectCoverage } from "../src/sim/coverage.ts"
import { remusMini } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import { CoverageTally } from "../fuzz/coverage-tally.ts"
import { protocolPoints, type Fault } from "../src/faults/schedule.ts"

describe("statechart coverage", () => {
  it("names every transition of a chart as the chart draws it: source, event, guard, target", () => {
    const chart = compile(primaryMachine).chart
    expect(chart.id).toBe("primary")
    expect(chart.transitions).toContain("alive.protection.protected on timer [isSilenceTimer] -> alive.protection.claiming")
    expect(chart.transitions).toContain("alive.protection on checkpoint.sent -> (stays)")
    expect(new Set(chart.transitions).size).toBe(chart.transitions.length)
  })

  it("collects the transitions runs take, and only while a collector is active", () => {
    const calm = new Coverage()
    collectCoverage(calm, () => runScenario({ ...remusMini, durationUs: 300_000 }, 1))
    const crash = new Coverage()
    collectCoverage(crash, () => runScenario({ ...remusMini, durationUs: 300_000 }, 1, [{ kind: "crash", host: "primary", atUs: 150_000 }]))
    const backup = (c: Coverage) => c.report().find((m) => m.machine === "backup")!
    // Only a failover takes the backup through fencing and restoring.
    expect(backup(calm).missing).toContain("failingOver.fencing on lease.result [granted] -> failingOver.restoring")
    expect(backup(crash).missing).not.toContain("failingOver.fencing on lease.result [granted] -> failingOver.restoring")
    expect(backup(calm).total).toBe(backup(crash).total)
    // Once its campaign is over, a collector takes nothing more: a failover run outside it leaves it as it was.
    runScenario({ ...remusMini, durationUs: 300_000 }, 1, [{ kind: "crash", host: "primary", atUs: 150_000 }])
    expect(backup(calm).missing).toContain("failingOver.fencing on lease.result [granted] -> failingOver.restoring")
    // Merging a collector's report adds what it covered.
    calm.merge(crash.report())
    expect(backup(calm).covered).toBe(backup(crash).covered)
  })

  it("a fuzz campaign reports what its search exercised: transitions per chart and protocol points", () => {
    const r = campaign({ scenario: remusMini, seed: 1, runs: 40 })
    const primary = r.coverage.machines.find((m) => m.machine === "primary")!
    expect(primary.covered).toBeGreaterThan(5)
    expect(primary.covered + primary.missing.length).toBe(primary.total)
    // remus-mini has no active slave: its comparison never happens.
    expect(primary.missing).toContain("alive.protection on checkpoint.compare -> (stays)")
    expect(r.coverage.points.reached).toContain("after-capture")
    expect(r.coverage.points.reached.length + r.coverage.points.missing.length).toBe(protocolPoints.length)
  })
})

describe("fault kinds that acted", () => {
  it("a kind counts once a run shows it acting: struck by the injector, or a segment's fate changed", () => {
    const short = { ...remusMini, durationUs: 200_000 }
    const tally = new CoverageTally(["crash", "link-drop", "client-drop"])
    const judged = (faults: Fault[]) => {
      const r = runScenario(short, 1, faults, undefined, { record: "facts" })
      tally.run(faults, r.reach, r.trace.facts)
    }
    // A drop of a segment number the run never sends does not act.
    judged([{ kind: "crash", host: "backup", atUs: 100_000 }, { kind: "link-drop", direction: "both", nth: 100_000 }])
    expect(tally.report().faults).toEqual({ acted: ["crash"], never: ["link-drop", "client-drop"] })
    judged([{ kind: "link-drop", direction: "primary->backup", nth: 3 }])
    expect(tally.report().faults).toEqual({ acted: ["crash", "link-drop"], never: ["client-drop"] })
    // Merged into another search's tally, the kinds carry over.
    const other = new CoverageTally(["client-drop"])
    other.merge(tally.report())
    expect(other.report().faults).toEqual({ acted: ["crash", "link-drop"], never: ["client-drop"] })
  })
})
