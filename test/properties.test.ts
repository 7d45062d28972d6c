import { describe, expect, it } from "vitest"
import { runScenario, type RunReport } from "../src/run/run.ts"
import type { BugName } from "../src/bugs/bugs.ts"
import { factsOf, shortBasic } from "./helpers.ts"

const scenario = shortBasic(1_000_000)

const verdict = (r: RunReport, id: string) => r.verdicts.find((v) => v.property === id)!

/** The first primary crash instant, scanning from `fromUs` in `stepUs` steps, at which `property` fails under `bug`. */
const firstViolation = (bug: BugName, property: string, fromUs: number, stepUs: number) => {
  for (let at = fromUs; at < scenario.durationUs - 200_000; at += stepUs) {
    const r = runScenario(scenario, 2, [{ kind: "crash", host: "primary", atUs: at }], bug)
    if (!verdict(r, property).ok) return r
  }
  throw new Error(`${bug} never violated ${property}`)
}

describe("output-commit", () => {
  it("fails on a real run that releases output before its checkpoint is acknowledged", () => {
    const r = runScenario(scenario, 2, [], "release-before-ack")
    const v = verdict(r, "output-commit")
    expect(v.ok).toBe(false)
    // The witness is the event during which the offending packet left.
    const packet = factsOf(r.trace.facts, "packet-out").find((p) => p.at === v.witness!.at)!
    expect(packet).toBeDefined()
    expect(r.trace.events[v.witness!.at].actor).toBe("primary")
    const ack = factsOf(r.trace.facts, "ack-received").find((a) => a.epoch === packet.epoch)
    expect(ack === undefined || ack.t > packet.t).toBe(true)
    expect(v.witness!.message).toMatch(/before the primary received the acknowledgement of checkpoint/)
  })


  it("passes the same runs without the bug", () => {
    expect(verdict(runScenario(scenario, 2), "output-commit").ok).toBe(true)
  })
})

describe("failover-consistency", () => {
  it("fails when failover restores a checkpoint older than released output", () => {
    const r = firstViolation("restore-stale-checkpoint", "failover-consistency", 400_000, 13_000)
    const v = verdict(r, "failover-consistency")
    expect(r.trace.events[v.witness!.at].actor).toBe("backup")
    expect(v.witness!.message).toMatch(/older than epoch|restored state/)
  })

  it("fails when the backup applied a torn checkpoint (crash mid-transfer)", () => {
    const r = firstViolation("apply-torn-checkpoint", "failover-consistency", 400_000, 3_000)
    expect(verdict(r, "failover-consistency").witness!.message).toMatch(/restored state of epoch \d+ is/)
    // Same crash instant without the bug: consistent.
    const fixed = runScenario(scenario, 2, r.faults)
    expect(verdict(fixed, "failover-consistency").ok).toBe(true)
  })
})

describe("stream-integrity", () => {
  it("fails when failover rolls the stream back under bytes a client already has", () => {
    const r = firstViolation("restore-stale-checkpoint", "stream-integrity", 400_000, 13_000)
    expect(verdict(r, "stream-integrity").witness!.message).toMatch(/already received bytes up to \d+, but the restored guest's stream ends at \d+/)
  })

  it("fails when two copies write different bytes at the same offsets (no fencing, a partition)", () => {
    const r = runScenario(scenario, 2, [{ kind: "link-partition", direction: "both", atUs: 400_000, durationUs: 300_000 }], "no-fence")
    expect(verdict(r, "stream-integrity").ok).toBe(false)
    expect(verdict(runScenario(scenario, 2, r.faults), "stream-integrity").ok).toBe(true)
  })
})

describe("single-active", () => {
  it("fails when the backup activates without fencing while a partitioned primary goes on", () => {
    const faults = [{ kind: "link-partition" as const, direction: "primary->backup" as const, atUs: 400_000, durationUs: 300_000 }]
    const r = runScenario(scenario, 2, faults, "no-fence")
    const v = verdict(r, "single-active")
    expect(v.ok).toBe(false)
    expect(v.witness!.message).toMatch(/the primary released .* after the backup began releasing/)
    expect(verdict(runScenario(scenario, 2, faults), "single-active").ok).toBe(true)
  })
})

describe("progress", () => {
  it("fails when checkpoints stop being acknowledged (no heartbeat: the primary gives up on a live backup)", () => {
    const r = runScenario(scenario, 2, [], "no-heartbeat")
    expect(verdict(r, "progress").witness!.message).toMatch(/primary claimed the activation record with no fault acting/)
    expect(verdict(runScenario(scenario, 2), "progress").ok).toBe(true)
  })
})
