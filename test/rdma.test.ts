import { describe, expect, it } from "vitest"
import { queuePairMachine } from "../src/transport/rdma/queue-pair-machine.ts"
import { StagingRegion } from "../src/transport/rdma/staging.ts"
import { ackTimeoutUs, defaultVerbs, retryExceededUs, rnrDelayUs } from "../src/transport/rdma/verbs.ts"
import { Rng } from "../src/sim/rng.ts"
import { runScenario, allPass, type RunReport } from "../src/run/run.ts"
import { remusRdma, remusRdmaCow } from "../src/scenario/builtin.ts"
import { applyVariant, VariantError } from "../src/scenario/variant.ts"
import { transportRow } from "../src/experiments/transport-experiment.ts"
import type { Fault } from "../src/faults/schedule.ts"
import { faultKinds } from "../src/faults/kinds/index.ts"
import { whyInert } from "../src/scenario/fit-faults.ts"
import { remusBasic } from "../src/scenario/builtin.ts"
import { factsOf, harness } from "./helpers.ts"

const verdict = (r: RunReport, id: string) => r.verdicts.find((v) => v.property === id)!
const failing = (r: RunReport) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)

describe("queue pair (verbs state machine)", () => {
  const qp = () => harness(queuePairMachine, undefined)
  const toRts = (h: ReturnType<typeof qp>) => {
    h.send({ type: "modify", to: "init" })
    h.send({ type: "modify", to: "rtr" })
    h.send({ type: "modify", to: "rts" })
  }

  it("moves RESET -> INIT -> RTR -> RTS and refuses a transition the diagram does not have", () => {
    const h = qp()
    expect(h.value()).toBe('"reset"')
    expect(h.send({ type: "modify", to: "rts" })).toEqual([{ type: "modify.failed", to: "rts" }])
    expect(h.value()).toBe('"reset"')
    toRts(h)
    expect(h.value()).toBe('"rts"')
    expect(h.send({ type: "modify", to: "init" })).toEqual([{ type: "modify.failed", to: "init" }])
    h.send({ type: "modify", to: "sqd" })
    expect(h.value()).toBe('"sqd"')
    h.send({ type: "modify", to: "rts" })
    expect(h.value()).toBe('"rts"')
  })

  it("a post fails in RESET; INIT takes receives only; RTS sends", () => {
    const h = qp()
    expect(h.send({ type: "post.send", id: 1, signalled: true })).toEqual([{ type: "post.failed", id: 1, queue: "send" }])
    expect(h.send({ type: "post.recv", id: 2 })).toEqual([{ type: "post.failed", id: 2, queue: "recv" }])
    h.send({ type: "modify", to: "init" })
    expect(h.send({ type: "post.recv", id: 3 })).toEqual([])
    expect(h.send({ type: "post.send", id: 4, signalled: true })).toEqual([{ type: "post.failed", id: 4, queue: "send" }])
    h.send({ type: "modify", to: "rtr" })
    expect(h.send({ type: "post.send", id: 5, signalled: true })).toEqual([{ type: "post.failed", id: 5, queue: "send" }])
    h.send({ type: "modify", to: "rts" })
    expect(h.send({ type: "post.send", id: 6, signalled: true })).toEqual([{ type: "transmit", id: 6 }])
  })

  it("a signalled completion retires the unsignalled sends before it; they complete nothing of their own", () => {
    const h = qp()
    toRts(h)
    h.send({ type: "post.send", id: 1, signalled: false })
    h.send({ type: "post.send", id: 2, signalled: false })
    h.send({ type: "post.send", id: 3, signalled: true })
    expect(h.send({ type: "send.acked", id: 1 })).toEqual([])
    expect(h.send({ type: "send.acked", id: 2 })).toEqual([])
    expect(h.send({ type: "send.acked", id: 3 })).toEqual([{ type: "completion", queue: "send", id: 3, status: "success" }])
    expect(h.context<{ sq: unknown[] }>().sq).toEqual([])
  })

  it("an incoming SEND takes the oldest posted receive; with none posted the answer is receiver-not-ready", () => {
    const h = qp()
    h.send({ type: "modify", to: "init" })
    h.send({ type: "post.recv", id: 10 })
    h.send({ type: "post.recv", id: 11 })
    h.send({ type: "modify", to: "rtr" })
    expect(h.send({ type: "recv.needed", id: 100 })).toEqual([
      { type: "recv.matched", id: 100, recv: 10 },
      { type: "completion", queue: "recv", id: 10, status: "success" },
    ])
    h.send({ type: "recv.needed", id: 101 })
    expect(h.send({ type: "recv.needed", id: 102 })).toEqual([{ type: "rnr", id: 102 }])
  })

  it("entering ERR completes the failing request with its error, then flushes every other unacknowledged one, both queues, in order", () => {
    const h = qp()
    h.send({ type: "modify", to: "init" })
    h.send({ type: "post.recv", id: 20 })
    h.send({ type: "modify", to: "rtr" })
    h.send({ type: "modify", to: "rts" })
    h.send({ type: "post.send", id: 1, signalled: false })
    h.send({ type: "post.send", id: 2, signalled: true })
    h.send({ type: "post.send", id: 3, signalled: true })
    h.send({ type: "send.acked", id: 1 }) // acknowledged, unsignalled: it completed silently
    expect(h.send({ type: "failed", id: 2, status: "retry-exceeded" })).toEqual([
      { type: "completion", queue: "send", id: 2, status: "retry-exceeded" },
      { type: "completion", queue: "send", id: 3, status: "flush-error" },
      { type: "completion", queue: "recv", id: 20, status: "flush-error" },
      { type: "entered.err" },
    ])
    expect(h.value()).toBe('"err"')
    // In ERR a post completes at once with a flush error.
    expect(h.send({ type: "post.send", id: 4, signalled: false })).toEqual([{ type: "completion", queue: "send", id: 4, status: "flush-error" }])
    // Back to RESET, and through the states again.
    h.send({ type: "modify", to: "reset" })
    toRts(h)
    expect(h.value()).toBe('"rts"')
  })
})

describe("verbs timing (perftest's defaults)", () => {
  it("retry-exceeded comes (retry_cnt + 1) x 4.096 us x 2^timeout after the request", () => {
    expect(ackTimeoutUs(defaultVerbs)).toBe(67_109)
    expect(retryExceededUs(defaultVerbs)).toBe(8 * 67_109)
    expect(retryExceededUs({ ...defaultVerbs, timeout: 10, retryCnt: 3 })).toBe(4 * Math.round(4.096 * 1024))
    expect(rnrDelayUs(defaultVerbs)).toBe(640)
  })
})

describe("staging region", () => {
  it("places a write's values in no order within the message, and a reader before they land sees what was there", () => {
    const region = new StagingRegion<string>(2)
    const rng = new Rng(1, "t")
    region.write(0, 0, ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"], 0, 80, rng)
    region.write(0, 0, ["b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"], 100, 180, rng)
    expect(region.read(0, 0, 8, 99)).toEqual(["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"])
    expect(region.read(0, 0, 8, 180)).toEqual(["b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"])
    // Half way: some new values, some old, not a prefix of the message.
    const mid = region.read(0, 0, 8, 140)
    expect(mid.filter((v) => v!.startsWith("b")).length).toBe(4)
    expect(mid.slice(0, 4).every((v) => v!.startsWith("b"))).toBe(false)
    expect(region.unlanded(0, 0, 8, 140)).toBe(4)
    // Positions never written read as nothing.
    expect(region.read(1, 0, 2, 1000)).toEqual([undefined, undefined])
  })
})

describe("remus-rdma", () => {
  it("replicates and fails over with every property passing (the issue's done-when command)", () => {
    const calm = runScenario(remusRdma, 1)
    expect(failing(calm)).toEqual([])
    expect(factsOf(calm.trace.facts, "ack-received").length).toBeGreaterThan(70)
    const r = runScenario(remusRdma, 1, [{ kind: "crash", host: "primary", atUs: 1_000_000 }])
    expect(failing(r)).toEqual([])
    expect(factsOf(r.trace.facts, "resumed")).toHaveLength(1)
  })

  it("is deterministic: the same seed and schedule give the same trace", () => {
    const faults: Fault[] = [{ kind: "rdma-unresponsive", host: "backup", atUs: 600_000, durationUs: 100_000 }]
    expect(runScenario(remusRdma, 3, faults).trace.hash).toBe(runScenario(remusRdma, 3, faults).trace.hash)
  })

  const rdmaFaults: Array<[string, Fault[]]> = [
    ["rdma-qp-error", [{ kind: "rdma-qp-error", host: "primary", atUs: 700_000 }]],
    ["rdma-wr-error", [{ kind: "rdma-wr-error", host: "backup", nth: 30 }]],
    ["rdma-unresponsive", [{ kind: "rdma-unresponsive", host: "backup", atUs: 700_000, durationUs: 100_000 }]],
    ["rdma-rnr", [{ kind: "rdma-rnr", host: "backup", atUs: 700_000, durationUs: 200_000 }]],
    ["rdma-key-invalidate", [{ kind: "rdma-key-invalidate", atUs: 700_000 }]],
    ["link-partition", [{ kind: "link-partition", direction: "both", atUs: 700_000, durationUs: 300_000 }]],
    ["link-drop", [{ kind: "link-drop", direction: "primary->backup", nth: 200 }]],
    ["link-disconnect", [{ kind: "link-disconnect", atUs: 700_000 }]],
  ]
  it.each(rdmaFaults)("%s acts on the RDMA link and the protocol stays correct", (kind, faults) => {
    const r = runScenario(remusRdma, 1, faults)
    expect(factsOf(r.trace.facts, "fault-acted").map((f) => f.fault)).toContain(kind)
    expect(failing(r)).toEqual([])
  })

  it("every RDMA fault kind is exercised above, and none can act over TCP", () => {
    // Kinds that act over RDMA alone (link-partition-at is TCP's alone).
    const rdmaKinds = faultKinds.filter((k) => "transports" in k && (k.transports as readonly string[]).includes("rdma")).map((k) => k.kind)
    expect(rdmaKinds.sort()).toEqual(rdmaFaults.map(([k]) => k).filter((k) => k.startsWith("rdma-")).sort())
    for (const [, faults] of rdmaFaults) if (faults[0].kind.startsWith("rdma-")) expect(whyInert(remusBasic, faults[0])).toMatch(/replicates over tcp/)
  })

  it("a silent backup shows up as retry-exceeded one retry budget after the primary's first unanswered write", () => {
    const r = runScenario(remusRdma, 1, [{ kind: "rdma-unresponsive", host: "backup", atUs: 700_000, durationUs: 900_000 }])
    expect(failing(r)).toEqual([])
    const firstSend = factsOf(r.trace.facts, "checkpoint-sent").find((f) => f.t >= 700_000)!
    const errors = r.trace.events.filter((e) => e.type === "completion" && e.summary.includes("retry-exceeded"))
    expect(errors.length).toBeGreaterThan(0)
    // The write left at most a serialisation after the checkpoint was handed over; the error is one retry budget later.
    expect(errors[0].t - firstSend.t).toBeGreaterThanOrEqual(retryExceededUs(defaultVerbs))
    expect(errors[0].t - firstSend.t).toBeLessThan(retryExceededUs(defaultVerbs) + 1000)
  })

  it("the retry budget is the scenario's: timeout 10 and retry_cnt 3 give retry-exceeded 4 x 4.2 ms after the write", () => {
    const verbs = { timeout: 10, retryCnt: 3 }
    const r = runScenario({ ...remusRdma, verbs }, 1, [{ kind: "rdma-unresponsive", host: "backup", atUs: 700_000, durationUs: 900_000 }])
    const firstSend = factsOf(r.trace.facts, "checkpoint-sent").find((f) => f.t >= 700_000)!
    const error = r.trace.events.find((e) => e.type === "completion" && e.summary.includes("retry-exceeded"))!
    const budget = retryExceededUs({ ...defaultVerbs, ...verbs })
    expect(budget).toBe(4 * 4194)
    expect(error.t - firstSend.t).toBeGreaterThanOrEqual(budget)
    expect(error.t - firstSend.t).toBeLessThan(budget + 1000)
    expect(failing(r)).toEqual([])
  })

  it("a write that fails retry-exceeded holds back everything posted after it: its commit is never taken (go-back-N)", () => {
    // Review finding: with no resends allowed, a dropped page write of epoch 20 failed while its commit went on and
    // retired it, so the backup applied a torn checkpoint. Now the commit waits behind it and the queue pair fails.
    const scenario = { ...remusRdma, verbs: { retryCnt: 0 } }
    const base = runScenario(scenario, 1)
    const posts = base.trace.events.filter((e) => e.actor === "link" && e.type === "post" && e.summary.includes("host=primary"))
    const nth = posts.findIndex((e) => /kind=part/.test(e.summary) && /epoch=20\b/.test(e.summary) && /bytes=\d{5,}/.test(e.summary)) + 1
    expect(nth).toBeGreaterThan(0)
    const r = runScenario(scenario, 1, [
      { kind: "link-drop", direction: "primary->backup", nth },
      { kind: "crash", host: "primary", atUs: 530_000 },
    ])
    expect(r.trace.events.some((e) => e.type === "completion" && e.summary.includes("retry-exceeded"))).toBe(true)
    expect(factsOf(r.trace.facts, "checkpoint-complete").some((f) => f.epoch === 20)).toBe(false)
    expect(failing(r)).toEqual([])
  })

  it("planted bug commit-before-writes: a commit that overtakes the page writes makes the backup apply a torn slot", () => {
    const crash: Fault[] = [{ kind: "crash", host: "primary", atUs: 1_000_000 }]
    const r = runScenario(remusRdma, 1, crash, "commit-before-writes")
    expect(verdict(r, "failover-consistency").ok).toBe(false)
    expect(allPass(runScenario(remusRdma, 1, crash))).toBe(true)
  })

  it("planted bug write-live-image: pages written straight into the image leave it torn when the primary dies mid-transfer", () => {
    const midTransfer: Fault[] = [{ kind: "crash-at", host: "primary", point: "mid-transfer", epoch: 20 }]
    const r = runScenario(remusRdma, 1, midTransfer, "write-live-image")
    expect(verdict(r, "failover-consistency").ok).toBe(false)
    const ok = runScenario(remusRdma, 1, midTransfer)
    expect(failing(ok)).toEqual([])
    // Staging kept the torn checkpoint out of the image: the backup restored the one before.
    expect(factsOf(ok.trace.facts, "restore")[0].epoch).toBe(19)
  })

})

describe("copy-on-write transfer (remus-rdma-cow)", () => {
  it("the pause no longer grows with the dirty set, and the checkpoint still holds every page as it was at the pause", () => {
    const copy = factsOf(runScenario(remusRdma, 1).trace.facts, "capture").slice(1)
    const cow = runScenario(remusRdmaCow, 1, [{ kind: "crash", host: "primary", atUs: 1_000_000 }])
    expect(failing(cow)).toEqual([])
    const protect = factsOf(cow.trace.facts, "capture").slice(1)
    // Per dirty page: 2 us to copy, 0.1 us to write-protect (the base is the same).
    for (const c of copy) expect(c.pauseUs).toBe(Math.round(remusRdma.host.pauseBaseUs + 2 * c.pages))
    for (const c of protect) expect(c.pauseUs).toBe(Math.round(remusRdma.host.pauseBaseUs + 0.1 * c.pages))
    // The guest wrote some protected pages before the adapter read them: each cost a copy.
    const copies = factsOf(cow.trace.facts, "cow-copies")
    expect(copies.reduce((n, f) => n + f.pages, 0)).toBeGreaterThan(0)
    expect(copies.every((f) => f.stallUs === 2 * f.pages)).toBe(true)
  })

  it("planted bug cow-missing-protect: an unprotected page the guest writes before the adapter reads it goes out changed", () => {
    const faults: Fault[] = [{ kind: "crash-at", host: "primary", point: "mid-transfer", epoch: 25 }]
    const r = runScenario(remusRdmaCow, 5, faults, "cow-missing-protect")
    expect(verdict(r, "failover-consistency").ok).toBe(false)
    expect(failing(runScenario(remusRdmaCow, 5, faults))).toEqual([])
  })

  it("refuses a compressor: the adapter reads raw pages from guest memory", () => {
    expect(() => applyVariant(remusRdmaCow, { compressor: "similarity" })).toThrow(VariantError)
  })
})

describe("experiment transport", () => {
  it("at 16 vCPUs of dirtying GbE cannot keep up and QDR can; copy-on-write takes the page copies out of the pause", () => {
    const gbe = transportRow("GbE TCP", "copy", 16)
    const qdr = transportRow("QDR RDMA", "copy", 16)
    const cow = transportRow("QDR RDMA", "cow", 16)
    // The guest dirties more than the link carries: checkpoints queue, output waits behind them.
    expect(gbe.linkDemand).toBeGreaterThan(1)
    expect(gbe.checkpointsPerSecond).toBeLessThan(qdr.checkpointsPerSecond / 2)
    expect(gbe.meanOutputDelayUs).toBeGreaterThan(10 * qdr.meanOutputDelayUs)
    expect(qdr.linkDemand).toBeLessThan(0.2)
    // The same dirty set: the pause is the copy over any link; copy-on-write protects instead, and pays per page the guest races.
    expect(Math.abs(qdr.meanPauseUs - gbe.meanPauseUs)).toBeLessThan(0.05 * gbe.meanPauseUs)
    expect(cow.meanPauseUs).toBeLessThan(qdr.meanPauseUs / 5)
    expect(cow.cowCopies).toBeGreaterThan(0)
    expect(cow.slowdown).toBeLessThan(qdr.slowdown)
  })
})
