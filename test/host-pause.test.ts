import { describe, expect, it } from "vitest"
import { GuestExecution } from "../src/hosts/guest-execution.ts"
import { runScenario } from "../src/run/run.ts"
import { remusMini } from "../src/scenario/builtin.ts"

describe("host-pause", () => {
  it("a frozen guest runs no slice in the freeze, whatever the checkpoint's pause does around it", () => {
    const ran: number[] = []
    const g = new GuestExecution(10, (at) => void ran.push(at), 0)
    g.catchUp(30)
    g.freeze(35)
    g.pause(40)
    g.thaw(70)
    // Still paused for the checkpoint: nothing runs.
    g.catchUp(80)
    g.resume(80)
    g.catchUp(100)
    expect(ran).toEqual([10, 20, 30, 90, 100])
  })

  it("a paused primary hears nothing for the window; the backup takes over and the primary, waking, finds its lease gone and stops", () => {
    const atUs = 80_000
    const durationUs = 200_000
    const r = runScenario({ ...remusMini, durationUs: 400_000 }, 1, [{ kind: "host-pause", host: "primary", atUs, durationUs }])
    const during = r.trace.events.filter((e) => e.actor === "primary" && e.t > atUs && e.t < atUs + durationUs)
    expect(during).toEqual([])
    expect(r.metrics.failover).not.toBeNull()
    expect(r.trace.events.some((e) => e.actor === "primary" && e.state.includes("fenced"))).toBe(true)
    expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
  })

  it("a paused backup: the primary goes on without it; every property holds", () => {
    const r = runScenario({ ...remusMini, durationUs: 400_000 }, 1, [{ kind: "host-pause", host: "backup", atUs: 80_000, durationUs: 200_000 }])
    expect(r.metrics.failover).toBeNull()
    expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
  })

  it("catches a primary that checked its lease once and trusts it (lease-checked-once), and not the correct one", () => {
    const pause = { kind: "host-pause-at", host: "primary", point: "mid-transfer", epoch: 2, durationUs: 200_000 } as const
    const buggy = runScenario({ ...remusMini, durationUs: 400_000 }, 1, [pause], "lease-checked-once")
    expect(buggy.verdicts.find((v) => v.property === "single-active")?.ok).toBe(false)
    const correct = runScenario({ ...remusMini, durationUs: 400_000 }, 1, [pause])
    expect(correct.verdicts.filter((v) => !v.ok)).toEqual([])
  })
})
