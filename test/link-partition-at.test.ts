import { describe, expect, it } from "vitest"
import { drawableKinds } from "../fuzz/arbitraries.ts"
import type { Fault } from "../src/faults/schedule.ts"
import { runScenario, type RunReport } from "../src/run/run.ts"
import { remusMini, remusRdma } from "../src/scenario/builtin.ts"
import { whyInert } from "../src/scenario/fit-faults.ts"
import { TCP_MIN_RTO_US } from "../src/transport/link-timing.ts"
import { factsOf } from "./helpers.ts"

/**
 * link-partition-at: a partition that begins the moment a protocol point is
 * reached. The link decides a segment's fate when it is sent, so the strike
 * times again what is already on the wire; the result must be the run a
 * partition scheduled for that very instant gives.
 */
const scenario = { ...remusMini, durationUs: 400_000 }
const run = (...faults: Fault[]) => runScenario(scenario, 1, faults)
const noViolation = (r: RunReport) => expect(r.verdicts.filter((v) => !v.ok).map((v) => v.property)).toEqual([])
const struckAt = (r: RunReport) => factsOf(r.trace.facts, "fault-acted").find((f) => f.fault === "link-partition-at")!
/** The facts a reader compares: what the hosts and clients did (the link's own fault reports differ in name). */
const behaviour = (r: RunReport) => r.trace.facts.filter((f) => f.kind !== "fault-acted").map((f) => JSON.stringify({ ...f, at: undefined }))

describe("link-partition-at", () => {
  const reference = run()

  it.each([
    ["mid-transfer", "primary->backup"],
    ["ack-in-flight", "backup->primary"],
    ["after-capture", "both"],
  ] as const)("at %s (%s) holds what a partition scheduled for that instant holds, segments on the wire included", (point, direction) => {
    const durationUs = 150_000
    const atPoint = run({ kind: "link-partition-at", point, epoch: 6, direction, durationUs })
    const struck = struckAt(atPoint)
    expect(struck.untilUs).toBe(struck.t + durationUs)
    const timed = run({ kind: "link-partition", direction, atUs: struck.t, durationUs })
    expect(behaviour(atPoint)).toEqual(behaviour(timed))
    expect(behaviour(atPoint)).not.toEqual(behaviour(reference))
    noViolation(atPoint)
  })

  // A detector slower than the partition and TCP's resend: nobody fails over, what was held arrives.
  const patient = { ...scenario, host: { ...scenario.host, detectionTimeoutUs: 1_000_000 } }

  it("mid-transfer: the rest of the checkpoint, already on the wire, waits until the partition heals plus an RTO", () => {
    const sent = factsOf(reference.trace.facts, "checkpoint-sent").find((f) => f.epoch === 6)!.t
    const complete = factsOf(reference.trace.facts, "checkpoint-complete").find((f) => f.epoch === 6)!.t
    const r = runScenario(patient, 1, [{ kind: "link-partition-at", point: "mid-transfer", epoch: 6, direction: "primary->backup", durationUs: 10_000 }])
    const struck = struckAt(r)
    expect(struck.t).toBeGreaterThan(sent)
    expect(struck.t).toBeLessThan(complete)
    expect(factsOf(r.trace.facts, "checkpoint-complete").find((f) => f.epoch === 6)!.t).toBeGreaterThanOrEqual(struck.untilUs! + TCP_MIN_RTO_US)
  })

  it("ack-in-flight, backup to primary: the acknowledgement arrives an RTO after the partition heals", () => {
    const r = runScenario(patient, 1, [{ kind: "link-partition-at", point: "ack-in-flight", epoch: 6, direction: "backup->primary", durationUs: 20_000 }])
    const struck = struckAt(r)
    expect(factsOf(r.trace.facts, "ack-received").find((f) => f.epoch === 6)!.t).toBeGreaterThanOrEqual(struck.untilUs! + TCP_MIN_RTO_US)
  })

  it("the other direction is left alone", () => {
    const r = run({ kind: "link-partition-at", point: "ack-in-flight", epoch: 6, direction: "primary->backup", durationUs: 20_000 })
    const received = (x: RunReport) => factsOf(x.trace.facts, "ack-received").find((f) => f.epoch === 6)!.t
    expect(received(r)).toBe(received(reference))
  })

  it("acts over TCP only: refused over RDMA, and not drawn there", () => {
    const f: Fault = { kind: "link-partition-at", point: "mid-transfer", epoch: 3, direction: "both", durationUs: 1000 }
    expect(whyInert(remusRdma, f)).toMatch(/tcp only/)
    expect(drawableKinds(remusRdma)).not.toContain("link-partition-at")
    expect(drawableKinds(remusMini)).toEqual(expect.arrayContaining(["link-partition-at", "link-disconnect-at"]))
  })
})
