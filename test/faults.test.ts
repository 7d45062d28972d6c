import { describe, expect, it } from "vitest"
import { FaultScheduleError, parseSchedule } from "../src/faults/parse.ts"
import { schedule, type Fault } from "../src/faults/schedule.ts"
import { runScenario, type RunReport } from "../src/run/run.ts"
import { factsOf, shortBasic } from "./helpers.ts"

const scenario = shortBasic(1_200_000)
const run = (...faults: Fault[]) => runScenario(scenario, 4, faults)
const allPass = (r: RunReport) => expect(r.verdicts.filter((v) => !v.ok)).toEqual([])

describe("fault schedule format", () => {
  it("round-trips a schedule of every kind", () => {
    const faults: Fault[] = [
      { kind: "crash", host: "primary", atUs: 1000 },
      { kind: "crash-at", host: "backup", point: "mid-transfer", epoch: 3 },
      { kind: "crash-at", host: "backup", point: "during-failover", epoch: 0 },
      { kind: "link-drop", direction: "both", nth: 2 },
      { kind: "link-duplicate", direction: "primary->backup", nth: 2 },
      { kind: "link-delay", direction: "backup->primary", atUs: 1, durationUs: 2, extraUs: 3 },
      { kind: "link-bandwidth", direction: "both", atUs: 1, durationUs: 2, factor: 0.5 },
      { kind: "link-disconnect", atUs: 5 },
      { kind: "link-partition", direction: "both", atUs: 1, durationUs: 2 },
      { kind: "client-drop", client: "client-1", direction: "to-vm", nth: 1 },
      { kind: "client-duplicate", client: "client-1", direction: "to-client", nth: 1 },
      { kind: "client-reorder", client: "client-1", nth: 1 },
      { kind: "client-delay", client: "client-1", direction: "to-client", atUs: 1, durationUs: 2, extraUs: 3 },
    ]
    expect(parseSchedule(JSON.stringify(schedule(faults)), "f.json").faults).toEqual(faults)
  })

  it.each([
    ["{", /^f\.json: not JSON/],
    ['{"format":"x","version":1,"faults":[]}', /^f\.json: format: expected "epochlab-faults"/],
    ['{"format":"epochlab-faults","version":2,"faults":[]}', /version: this epochlab reads version 1, got 2/],
    ['{"format":"epochlab-faults","version":1,"faults":{}}', /faults: expected an array/],
    ['{"format":"epochlab-faults","version":1,"faults":[{"kind":"meteor"}]}', /faults\[0\]\.kind: unknown fault kind "meteor"/],
    ['{"format":"epochlab-faults","version":1,"faults":[{"kind":"crash","host":"primary","atUs":1.5}]}', /faults\[0\]\.atUs: expected a non-negative integer, got 1\.5/],
    ['{"format":"epochlab-faults","version":1,"faults":[{"kind":"link-drop","direction":"up","nth":1}]}', /faults\[0\]\.direction/],
    ['{"format":"epochlab-faults","version":1,"faults":[{"kind":"crash","host":"primary","atUs":1,"extra":1}]}', /unknown field "extra"/],
  ])("rejects %s with one line saying what and where", (text, message) => {
    expect(() => parseSchedule(text, "f.json")).toThrow(FaultScheduleError)
    expect(() => parseSchedule(text, "f.json")).toThrow(message)
  })
})

describe("crashes at named protocol points", () => {
  const at = (r: RunReport) => factsOf(r.trace.facts, "crash")[0]

  it("after-capture: the checkpoint is captured and never sent", () => {
    const r = run({ kind: "crash-at", host: "primary", point: "after-capture", epoch: 12 })
    allPass(r)
    expect(factsOf(r.trace.facts, "capture").at(-1)!.epoch).toBe(12)
    expect(factsOf(r.trace.facts, "checkpoint-sent").some((f) => f.epoch === 12)).toBe(false)
    expect(at(r).at).toBe(factsOf(r.trace.facts, "capture").at(-1)!.at)
  })

  it("mid-transfer: part of the checkpoint arrived, it never completes, the backup restores the one before", () => {
    const r = run({ kind: "crash-at", host: "primary", point: "mid-transfer", epoch: 12 })
    allPass(r)
    expect(factsOf(r.trace.facts, "checkpoint-complete").some((f) => f.epoch === 12)).toBe(false)
    expect(r.metrics.failover?.restoredEpoch).toBe(11)
  })

  it("after-apply-before-ack (backup): applied, never acknowledged; the primary goes on unprotected", () => {
    const r = run({ kind: "crash-at", host: "backup", point: "after-apply-before-ack", epoch: 12 })
    allPass(r)
    expect(factsOf(r.trace.facts, "apply").at(-1)!.epoch).toBe(12)
    expect(factsOf(r.trace.facts, "ack-sent").some((f) => f.epoch === 12)).toBe(false)
    expect(factsOf(r.trace.facts, "unprotected")).toHaveLength(1)
  })

  it("after-ack-before-release: acknowledged, never released by the primary; the backup releases it", () => {
    const r = run({ kind: "crash-at", host: "primary", point: "after-ack-before-release", epoch: 12 })
    allPass(r)
    const out = factsOf(r.trace.facts, "packet-out").filter((p) => p.epoch === 12)
    expect(out.every((p) => p.host === "backup")).toBe(true)
    expect(r.metrics.failover?.restoredEpoch).toBeGreaterThanOrEqual(12)
  })

  it("during-failover: a backup that dies mid-failover loses availability but never consistency", () => {
    const r = run({ kind: "crash", host: "primary", atUs: 500_000 }, { kind: "crash-at", host: "backup", point: "during-failover", epoch: 0 })
    allPass(r)
    expect(factsOf(r.trace.facts, "resumed")).toHaveLength(0)
    expect(factsOf(r.trace.facts, "crash").map((c) => c.host)).toEqual(["primary", "backup"])
  })
})

describe("link and client faults act on real traffic", () => {
  const base = run()

  it("a partition longer than the detection timeout fails over; fencing keeps one copy active", () => {
    const r = run({ kind: "link-partition", direction: "both", atUs: 500_000, durationUs: 300_000 })
    allPass(r)
    const leases = factsOf(r.trace.facts, "lease")
    expect(leases.filter((l) => l.granted)).toHaveLength(1)
  })

  it("a dropped segment is retransmitted after 200 ms (and, past the detection timeout, looks like a dead primary)", () => {
    // Segment 200 comes well after the initial sync (about 66 messages).
    const r = run({ kind: "link-drop", direction: "primary->backup", nth: 200 })
    allPass(r)
    expect(r.trace.hash).not.toBe(base.trace.hash)
    expect(factsOf(r.trace.facts, "failover-detected")).toHaveLength(1)
  })

  it("a lost packet to the client arrives 200 ms late and the stream still completes", () => {
    const r = run({ kind: "client-drop", client: "client-1", direction: "to-client", nth: 5 })
    allPass(r)
    const fifth = factsOf(r.trace.facts, "client-recv").find((f) => f.offset === factsOf(base.trace.facts, "client-recv")[4].offset)!
    const sent = factsOf(r.trace.facts, "packet-out")[4]
    expect(fifth.t - sent.t).toBeGreaterThanOrEqual(200_000)
  })

  it("duplicates and reordering reach the client and are absorbed", () => {
    const r = run(
      { kind: "client-duplicate", client: "client-1", direction: "to-client", nth: 3 },
      { kind: "client-reorder", client: "client-1", nth: 7 },
    )
    allPass(r)
    expect(factsOf(r.trace.facts, "client-recv").length).toBe(factsOf(r.trace.facts, "packet-out").length + 1)
  })

  it("a disconnection ends protection: exactly one side wins the activation record", () => {
    const r = run({ kind: "link-disconnect", atUs: 600_000 })
    allPass(r)
    expect(factsOf(r.trace.facts, "lease").filter((l) => l.granted)).toHaveLength(1)
  })
})
