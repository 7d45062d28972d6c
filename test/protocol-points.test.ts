import { describe, expect, it } from "vitest"
import type { Fault } from "../src/faults/schedule.ts"
import { runScenario, type RunReport } from "../src/run/run.ts"
import { remusMini, remusRdma } from "../src/scenario/builtin.ts"
import type { Observation } from "../src/sim/observations.ts"
import { factsOf } from "./helpers.ts"

/**
 * The protocol points added for issue 17 (checkpoint-pause, after-resume,
 * apply-queued, ack-in-flight, claim): a crash and a pause at each strike at
 * the instant the point's step happens in the same run without them (the
 * instant read from that run's own facts, not from the injector), and act
 * there: the crash stops what the step would have done next, the pause
 * holds it until the host wakes.
 */
const scenario = { ...remusMini, durationUs: 400_000 }
const run = (...faults: Fault[]) => runScenario(scenario, 1, faults)
const noViolation = (r: RunReport) => expect(r.verdicts.filter((v) => !v.ok).map((v) => v.property)).toEqual([])
const ofEpoch = <K extends Observation["kind"]>(r: RunReport, kind: K, epoch: number) => factsOf(r.trace.facts, kind).filter((f) => "epoch" in f && f.epoch === epoch)
const crashOf = (r: RunReport) => factsOf(r.trace.facts, "crash")[0]
const pauseOf = (r: RunReport) => factsOf(r.trace.facts, "pause")[0]
const PAUSE = 30_000

describe("checkpoint-pause: the guest stopped for the capture, nothing captured yet", () => {
  const reference = run()
  const at = ofEpoch(reference, "capture", 6)[0].t

  it("a crash of the primary there: the checkpoint is never captured", () => {
    const r = run({ kind: "crash-at", host: "primary", point: "checkpoint-pause", epoch: 6 })
    expect(crashOf(r)).toMatchObject({ host: "primary", t: at })
    expect(ofEpoch(r, "capture", 6)).toEqual([])
    expect(ofEpoch(r, "capture", 5)).toHaveLength(1)
    noViolation(r)
  })

  it("a pause of the primary there: the capture waits until it wakes", () => {
    const r = run({ kind: "host-pause-at", host: "primary", point: "checkpoint-pause", epoch: 6, durationUs: PAUSE })
    expect(pauseOf(r)).toMatchObject({ host: "primary", t: at, untilUs: at + PAUSE })
    expect(ofEpoch(r, "capture", 6)[0].t).toBe(at + PAUSE)
    noViolation(r)
  })
})

describe("after-resume: the guest runs again, its checkpoint not yet handed to the link", () => {
  const reference = run()
  const capture = ofEpoch(reference, "capture", 6)[0]
  const at = capture.t + capture.pauseUs

  it("is where the checkpoint would be sent", () => expect(ofEpoch(reference, "checkpoint-sent", 6)[0].t).toBe(at))

  it("a crash of the primary there: captured, never sent", () => {
    const r = run({ kind: "crash-at", host: "primary", point: "after-resume", epoch: 6 })
    expect(crashOf(r)).toMatchObject({ host: "primary", t: at })
    expect(ofEpoch(r, "capture", 6)).toHaveLength(1)
    expect(ofEpoch(r, "checkpoint-sent", 6)).toEqual([])
    noViolation(r)
  })

  it("a pause of the primary there: the checkpoint goes when it wakes", () => {
    const r = run({ kind: "host-pause-at", host: "primary", point: "after-resume", epoch: 6, durationUs: PAUSE })
    expect(pauseOf(r)).toMatchObject({ host: "primary", t: at })
    expect(ofEpoch(r, "checkpoint-sent", 6)[0].t).toBe(at + PAUSE)
    noViolation(r)
  })
})

describe("ack-in-flight: the backup has sent the acknowledgement, the primary has not received it", () => {
  const reference = run()
  const sent = ofEpoch(reference, "ack-sent", 6)[0].t
  const received = ofEpoch(reference, "ack-received", 6)[0].t
  const inFlight = (t: number) => t > sent && t < received

  it("a crash of the backup there: the acknowledgement has left, the primary still gets it", () => {
    const r = run({ kind: "crash-at", host: "backup", point: "ack-in-flight", epoch: 6 })
    expect(crashOf(r).host).toBe("backup")
    expect(inFlight(crashOf(r).t)).toBe(true)
    expect(ofEpoch(r, "ack-received", 6)[0].t).toBe(received)
    noViolation(r)
  })

  it("unlike a crash of the backup before it sends it (after-apply-before-ack): that one never arrives", () => {
    const r = run({ kind: "crash-at", host: "backup", point: "after-apply-before-ack", epoch: 6 })
    expect(ofEpoch(r, "ack-received", 6)).toEqual([])
  })

  it("a crash of the primary there: the acknowledgement is never received", () => {
    const r = run({ kind: "crash-at", host: "primary", point: "ack-in-flight", epoch: 6 })
    expect(inFlight(crashOf(r).t)).toBe(true)
    expect(ofEpoch(r, "ack-received", 6)).toEqual([])
    noViolation(r)
  })

  it("a pause of the primary there: it reads the acknowledgement when it wakes", () => {
    const r = run({ kind: "host-pause-at", host: "primary", point: "ack-in-flight", epoch: 6, durationUs: PAUSE })
    expect(inFlight(pauseOf(r).t)).toBe(true)
    expect(ofEpoch(r, "ack-received", 6)[0].t).toBe(pauseOf(r).untilUs)
    noViolation(r)
  })

  it("a disconnection there loses it on the wire", () => {
    const r = run({ kind: "link-disconnect-at", point: "ack-in-flight", epoch: 6 })
    expect(ofEpoch(r, "ack-sent", 6)).toHaveLength(1)
    expect(ofEpoch(r, "ack-received", 6)).toEqual([])
    expect(inFlight(factsOf(r.trace.facts, "fault-acted").find((f) => f.fault === "link-disconnect")!.t)).toBe(true)
    noViolation(r)
  })
})

describe("ack-in-flight over RDMA: the SEND has left the backup's adapter", () => {
  const rdma = { ...remusRdma, durationUs: 300_000 }
  const reference = runScenario(rdma, 1, [])
  const sent = ofEpoch(reference, "ack-sent", 6)[0].t
  const received = ofEpoch(reference, "ack-received", 6)[0].t

  it.each([
    ["backup", 1],
    ["primary", 0],
  ] as const)("a crash of the %s there: in the SEND's flight; the primary gets it %i times", (host, times) => {
    const r = runScenario(rdma, 1, [{ kind: "crash-at", host, point: "ack-in-flight", epoch: 6 }])
    expect(crashOf(r).t).toBeGreaterThan(sent)
    expect(crashOf(r).t).toBeLessThan(received)
    expect(ofEpoch(r, "ack-received", 6)).toHaveLength(times)
    noViolation(r)
  })
})

describe("apply-queued: an apply starts with complete checkpoints waiting behind it", () => {
  // A backup that wakes from a pause finds several checkpoints in its queue.
  const backlog: Fault = { kind: "host-pause", host: "backup", atUs: 100_000, durationUs: 80_000 }
  const reference = run(backlog)
  // Epoch 6's apply starts when epoch 5's ends, with epoch 7 complete already.
  const at = ofEpoch(reference, "apply", 5)[0].t

  it("the backlog is real: checkpoints 6 and 7 complete before 5 is applied", () => {
    expect(ofEpoch(reference, "checkpoint-complete", 7)[0].t).toBeLessThanOrEqual(at)
    expect(ofEpoch(reference, "apply", 6)[0].t).toBeGreaterThan(at)
  })

  it("a crash of the backup there: checkpoint 6 never applied", () => {
    const r = run(backlog, { kind: "crash-at", host: "backup", point: "apply-queued", epoch: 6 })
    expect(crashOf(r)).toMatchObject({ host: "backup", t: at })
    expect(ofEpoch(r, "apply", 5)).toHaveLength(1)
    expect(ofEpoch(r, "apply", 6)).toEqual([])
    noViolation(r)
  })

  it("a pause of the backup there: the queue waits until it wakes", () => {
    const r = run(backlog, { kind: "host-pause-at", host: "backup", point: "apply-queued", epoch: 6, durationUs: PAUSE })
    const pauses = factsOf(r.trace.facts, "pause")
    expect(pauses[1]).toMatchObject({ host: "backup", t: at })
    expect(ofEpoch(r, "apply", 6)[0].t).toBeGreaterThanOrEqual(at + PAUSE)
    noViolation(r)
  })

  it("is not reached without a backlog", () => {
    const r = run({ kind: "crash-at", host: "backup", point: "apply-queued", epoch: 6 })
    expect(factsOf(r.trace.facts, "crash")).toEqual([])
  })
})

describe("claim: a host begins claiming the activation record (any epoch)", () => {
  /** The instant of the first claim after `host` crashes at 100 ms (its peer claims). */
  const dies = (host: "primary" | "backup"): Fault => ({ kind: "crash", host, atUs: 100_000 })
  const claimAfter = (f: Fault) => factsOf(run(f).trace.facts, "claim")[0].t

  it("a crash of the primary as it claims (its backup dead): the record is never claimed", () => {
    const r = run(dies("backup"), { kind: "crash-at", host: "primary", point: "claim", epoch: 0 })
    expect(factsOf(r.trace.facts, "crash")[1]).toMatchObject({ host: "primary", t: claimAfter(dies("backup")) })
    expect(factsOf(r.trace.facts, "claim")).toEqual([])
    expect(factsOf(r.trace.facts, "lease")).toEqual([])
  })

  it("a crash of the backup as it claims (its primary dead): no failover", () => {
    const r = run(dies("primary"), { kind: "crash-at", host: "backup", point: "claim", epoch: 0 })
    expect(factsOf(r.trace.facts, "crash")[1]).toMatchObject({ host: "backup", t: claimAfter(dies("primary")) })
    expect(factsOf(r.trace.facts, "restore")).toEqual([])
    noViolation(r)
  })

  it("a pause of the backup as it claims: the claim leaves when it wakes", () => {
    const at = claimAfter(dies("primary"))
    const r = run(dies("primary"), { kind: "host-pause-at", host: "backup", point: "claim", epoch: 0, durationUs: PAUSE })
    expect(pauseOf(r)).toMatchObject({ host: "backup", t: at })
    expect(factsOf(r.trace.facts, "claim")[0]).toMatchObject({ host: "backup", t: at + PAUSE })
    expect(factsOf(r.trace.facts, "restore")).toHaveLength(1)
    noViolation(r)
  })
})
