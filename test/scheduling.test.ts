import { describe, expect, it } from "vitest"
import { boundedOutputDelay } from "../properties/bounded-output-delay.ts"
import { policies, parsePolicy, describePolicy, PolicyError, policyCeilingUs } from "../src/policy/index.ts"
import { runScenario, type RunReport } from "../src/run/run.ts"
import { remusBasic, remusPhases } from "../src/scenario/builtin.ts"
import { phaseAt } from "../src/workload/guest.ts"
import { SCHEDULING_WORKLOADS, schedulingRow } from "../src/experiments/scheduling-experiment.ts"
import { factsOf, shortBasic } from "./helpers.ts"

const failing = (r: RunReport) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)

describe("checkpoint policies", () => {
  it.each(policies.map((p) => p.kind))("%s: every property holds, with a crash, and no epoch is longer than its ceiling", (kind) => {
    const scenario = { ...shortBasic(1_500_000), policy: parsePolicy(kind) }
    const r = runScenario(scenario, 2, [{ kind: "crash", host: "primary", atUs: 1_000_000 }])
    expect(failing(r)).toEqual([])
    const captures = factsOf(r.trace.facts, "capture").filter((c) => c.host === "primary" && c.t < 1_000_000)
    const ceiling = policyCeilingUs(scenario.policy, scenario.host)
    for (let i = 2; i < captures.length; i++) expect(captures[i].t - captures[i - 1].t - captures[i - 1].pauseUs).toBeLessThanOrEqual(ceiling + 1)
  })

  it("each steers the run its own way: output-latency shortens epochs when output waits, colo-like stretches them when none does", () => {
    const epochs = (spec: string) => factsOf(runScenario({ ...shortBasic(1_000_000), policy: parsePolicy(spec) }, 2).trace.facts, "capture").length
    const fixed = epochs("fixed")
    expect(epochs("output-latency:age=5")).toBeGreaterThan(fixed)
    expect(epochs("fixed:10")).toBeGreaterThan(2 * fixed)
    // colo-like checkpoints when output is held past its age: the request/response client always has some, every 20 ms.
    expect(epochs("colo-like:age=50,period=200")).toBeLessThan(fixed)
  })

  it("a conditional policy's ceiling is capped at half the detection timeout; a fixed period stands as given", () => {
    expect(policyCeilingUs(parsePolicy("adaptive"), { epochUs: 25_000, detectionTimeoutUs: 100_000 })).toBe(50_000)
    expect(policyCeilingUs(parsePolicy("adaptive:ceiling=30"), { epochUs: 25_000, detectionTimeoutUs: 100_000 })).toBe(30_000)
    expect(policyCeilingUs(parsePolicy("fixed:80"), { epochUs: 25_000, detectionTimeoutUs: 100_000 })).toBe(80_000)
  })

  it("--policy specs parse, print back, and a bad one is one line", () => {
    expect(parsePolicy("fixed:10")).toEqual({ kind: "fixed", periodUs: 10_000 })
    expect(parsePolicy("adaptive:floor=2,ceiling=40")).toEqual({ kind: "adaptive", floorUs: 2000, ceilingUs: 40_000 })
    expect(describePolicy(parsePolicy("colo-like:bytes=32768,age=15"))).toBe("colo-like:bytes=32768,age=15")
    for (const bad of ["nope", "adaptive:floor", "adaptive:speed=3", "fixed:-1", "adaptive:floor=50,ceiling=10"]) {
      expect(() => parsePolicy(bad)).toThrow(PolicyError)
      try {
        parsePolicy(bad)
      } catch (e) {
        expect((e as Error).message).not.toContain("\n")
      }
    }
  })
})

describe("bounded-output-delay", () => {
  it("fails on a real run whose policy starves the checkpoints (policy-starves), and holds without the bug", () => {
    // A detector patient enough that the starved epoch does not end in a failover (whose output the backup owes,
    // and which progress judges), and a policy that defers whenever the guest dirties 5000 pages a second.
    const scenario = { ...remusPhases, policy: parsePolicy("adaptive:defer-above=5000"), host: { ...remusPhases.host, detectionTimeoutUs: 1_000_000 } }
    const bug = runScenario(scenario, 1, [], "policy-starves")
    const v = boundedOutputDelay.check({ scenario, faults: [], trace: bug.trace })
    expect(v.ok).toBe(false)
    expect(v.witness!.message).toMatch(/above the bound of .* \(the policy's longest epoch is 100 ms\)/)
    expect(failing(runScenario(scenario, 1))).toEqual([])
  })
})

describe("guests with phases and vCPUs", () => {
  it("a phased workload's values follow its cycle", () => {
    const w = remusPhases.host.workload
    expect(phaseAt(w, 0).writesPerTick).toBe(2)
    expect(phaseAt(w, 250_000).writesPerTick).toBe(48)
    expect(phaseAt(w, 450_000).maxResponseBytes).toBe(65_536)
    expect(phaseAt(w, 650_000).writesPerTick).toBe(0)
    expect(phaseAt(w, 700_000 + 250_000).writesPerTick).toBe(48)
  })

  it("the memory-heavy phase dirties more per checkpoint than the compute phase, and the adaptive policy checkpoints it more often", () => {
    const r = runScenario(remusPhases, 1)
    const captures = factsOf(r.trace.facts, "capture").filter((c) => c.host === "primary" && c.epoch > 0)
    const inPhase = (from: number, to: number) => captures.filter((c) => c.t % 700_000 >= from && c.t % 700_000 < to)
    const compute = inPhase(20_000, 200_000)
    const memory = inPhase(220_000, 400_000)
    const mean = (cs: typeof captures) => cs.reduce((n, c) => n + c.pages, 0) / cs.length
    expect(mean(memory)).toBeGreaterThan(3 * mean(compute))
    expect(memory.length).toBeGreaterThan(compute.length)
  })

  it("more vCPUs dirty more pages (each its own hot set), and one vCPU draws exactly as before vCPUs existed", () => {
    const run = (vcpus: number | undefined) => {
      const workload = { ...remusBasic.host.workload, ...(vcpus ? { vcpus, sharedFraction: 0.1 } : {}) }
      return runScenario({ ...shortBasic(600_000), host: { ...remusBasic.host, workload } }, 1)
    }
    const dirty = (r: RunReport) => factsOf(r.trace.facts, "capture").slice(1).reduce((n, c) => n + c.pages, 0)
    const one = run(1)
    expect(one.trace.hash).toBe(run(undefined).trace.hash)
    const four = run(4)
    expect(failing(four)).toEqual([])
    expect(dirty(four)).toBeGreaterThan(3 * dirty(one))
  })
})

describe("a recording with more vCPUs", () => {
  it("replays the recording as one vCPU and runs the others as a synthetic workload", () => {
    const dict = SCHEDULING_WORKLOADS.find((w) => w.name === "rec:python-dict")!
    const one = schedulingRow(dict, "fixed:25", 1, "QDR RDMA")
    const four = schedulingRow(dict, "fixed:25", 4, "QDR RDMA")
    expect(four.replicationBytesPerSecond).toBeGreaterThan(one.replicationBytesPerSecond)
  })
})

describe("experiment scheduling", () => {
  it("measures slowdown on the guest's own work, and adaptive answers sooner than a 25 ms period where the link keeps up", () => {
    const dict = SCHEDULING_WORKLOADS.find((w) => w.name === "rec:python-dict")!
    const fixed = schedulingRow(dict, "fixed:25", 1, "QDR RDMA")
    const adaptive = schedulingRow(dict, "adaptive", 1, "QDR RDMA")
    // The guest lost what fell inside its pauses: a little, not nothing.
    expect(fixed.slowdown).toBeGreaterThan(0.001)
    expect(fixed.slowdown).toBeLessThan(0.05)
    expect(fixed.configuredPerSecond).toBe(40)
    expect(adaptive.meanOutputDelayUs).toBeLessThan(fixed.meanOutputDelayUs / 1.5)
    expect(adaptive.checkpointsPerSecond).toBeGreaterThan(fixed.checkpointsPerSecond)
  })
})

