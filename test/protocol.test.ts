import { describe, expect, it } from "vitest"
import { runScenario, type RunReport } from "../src/run/run.ts"
import type { Fault } from "../src/faults/schedule.ts"
import { factsOf, shortBasic } from "./helpers.ts"
import { scenarios } from "../src/scenario/builtin.ts"

const scenario = shortBasic(1_200_000)
const crashPrimary = (atUs: number): Fault[] => [{ kind: "crash", host: "primary", atUs }]

const expectAllPass = (r: RunReport) => {
  const failed = r.verdicts.filter((v) => !v.ok)
  expect(failed, JSON.stringify(failed)).toEqual([])
}

/** Bytes the client accepted after `t`: the stream kept going. */
const clientBytesAfter = (r: RunReport, t: number) =>
  factsOf(r.trace.facts, "client-recv")
    .filter((f) => f.t > t)
    .reduce((n, f) => n + f.len, 0)

describe("fault-free run", () => {
  const r = runScenario(scenario, 11)

  it("commits every epoch and passes every property", () => {
    expectAllPass(r)
    const epochs = Math.floor(scenario.durationUs / scenario.host.epochUs)
    // The last couple of epochs may still be in flight when the run ends.
    expect(r.metrics.epochsCommitted).toBeGreaterThanOrEqual(epochs - 3)
    expect(r.metrics.failover).toBeNull()
    expect(r.metrics.clientBytes).toBeGreaterThan(0)
  })

  it("no packet leaves before its epoch's acknowledgement reached the primary", () => {
    const ackAt = new Map(factsOf(r.trace.facts, "ack-received").map((f) => [f.epoch, f.t]))
    const out = factsOf(r.trace.facts, "packet-out")
    expect(out.length).toBeGreaterThan(50)
    for (const p of out) {
      expect(p.mode).toBe("protected")
      expect(ackAt.get(p.epoch)).toBeLessThanOrEqual(p.t)
    }
  })
})

describe("primary crashes", () => {
  // Protocol instants taken from a fault-free run of the same seed: identical up to the crash.
  const base = runScenario(scenario, 5)
  const capture = factsOf(base.trace.facts, "capture").filter((f) => f.epoch >= 8)
  const sent = factsOf(base.trace.facts, "checkpoint-sent")
  const complete = factsOf(base.trace.facts, "checkpoint-complete")
  const acks = factsOf(base.trace.facts, "ack-received").filter((f) => f.epoch >= 8)
  const released = factsOf(base.trace.facts, "packet-out").filter(
    (f, i, all) => f.epoch >= 8 && all.findIndex((g) => g.epoch === f.epoch) === i,
  )
  const transferOf = (epoch: number) => [sent.find((f) => f.epoch === epoch)!.t, complete.find((f) => f.epoch === epoch)!.t]

  const instants: Array<[string, number]> = [
    ...capture.slice(0, 3).map((c): [string, number] => [`mid-epoch ${c.epoch + 1}`, c.t + scenario.host.epochUs / 2]),
    ...capture.slice(3, 6).map((c): [string, number] => [`during the pause of ${c.epoch}`, c.t + 50]),
    ...capture.slice(6, 9).map((c): [string, number] => {
      const [from, to] = transferOf(c.epoch)
      return [`mid-transfer of ${c.epoch}`, Math.floor((from + to) / 2)]
    }),
    ...acks.slice(0, 3).map((a): [string, number] => [`between ack and release of ${a.epoch}`, a.t + 5]),
    ...released.slice(0, 2).map((p): [string, number] => [`just after releasing epoch ${p.epoch}`, p.t + 1]),
    ...complete.slice(10, 12).map((c): [string, number] => [`while the backup applies ${c.epoch}`, c.t]),
  ]

  it("the instants cover every phase", () => expect(instants.length).toBe(16))

  it.each(instants)("crash %s: failover, the client's stream continues, every property holds", (_, at) => {
    const r = runScenario(scenario, 5, crashPrimary(at))
    expectAllPass(r)
    const f = r.metrics.failover
    expect(f).not.toBeNull()
    expect(f!.detectedAtUs).toBeGreaterThan(at)
    expect(f!.resumedAtUs).toBeGreaterThan(f!.detectedAtUs)
    expect(clientBytesAfter(r, f!.resumedAtUs)).toBeGreaterThan(0)
    // Detection within the timeout after the last message, restore within its time.
    expect(f!.detectedAtUs - at).toBeLessThanOrEqual(scenario.host.detectionTimeoutUs)
  })
})

describe("backup crash", () => {
  it("the primary goes unprotected and keeps serving", () => {
    const at = 500_000
    const r = runScenario(scenario, 9, [{ kind: "crash", host: "backup", atUs: at }])
    expectAllPass(r)
    const alone = factsOf(r.trace.facts, "unprotected")
    expect(alone).toHaveLength(1)
    // The detector is armed when a checkpoint goes out with none outstanding: at most one epoch after the crash.
    const { detectionTimeoutUs, epochUs, storageLatencyUs } = scenario.host
    expect(alone[0].t - at).toBeLessThanOrEqual(detectionTimeoutUs + epochUs + storageLatencyUs)
    expect(clientBytesAfter(r, alone[0].t)).toBeGreaterThan(0)
    expect(factsOf(r.trace.facts, "packet-out").some((p) => p.mode === "unprotected")).toBe(true)
    expect(r.metrics.failover).toBeNull()
  })
})

describe("built-in scenarios", () => {
  it.each(scenarios.map((s) => s.name))("%s passes every property without faults", (name) => {
    expectAllPass(runScenario(scenarios.find((s) => s.name === name)!, 1))
  })
})
