import { describe, expect, it } from "vitest"
import { linkMachine } from "../src/transport/tcp/link-machine.ts"
import { linkTiming } from "../src/transport/link-timing.ts"
import { primaryMachine } from "../machines/primary.ts"
import { backupMachine } from "../machines/backup.ts"
import { clientMachine } from "../machines/client.ts"
import { protocolWith } from "../src/bugs/bugs.ts"
import { harness } from "./helpers.ts"

describe("link machine (TCP over GbE)", () => {
  const link = () => harness(linkMachine, { bytesPerSecond: 100_000_000, latencyUs: 50, faults: [] })

  it("serialises each direction at the link bandwidth, then adds latency, in order", () => {
    const h = link()
    expect(h.send({ type: "send", now: 0, msgId: 1, from: "primary", to: "backup", bytes: 1_000_000 })).toEqual([
      { type: "arrival.schedule", msgId: 1, at: 10_000 + 50, leftAt: 10_000 },
    ])
    // Queued behind the first message.
    expect(h.send({ type: "send", now: 100, msgId: 2, from: "primary", to: "backup", bytes: 100 })).toEqual([
      { type: "arrival.schedule", msgId: 2, at: 10_001 + 50, leftAt: 10_001 },
    ])
    // The other direction has its own serialiser.
    expect(h.send({ type: "send", now: 100, msgId: 3, from: "backup", to: "primary", bytes: 100 })).toEqual([
      { type: "arrival.schedule", msgId: 3, at: 101 + 50, leftAt: 101 },
    ])
    expect(h.send({ type: "arrive", now: 10_050, msgId: 1 })).toEqual([{ type: "forward", msgId: 1, to: "backup" }])
  })

  it("a crash loses what never left the sender and what is bound for the dead host", () => {
    const h = link()
    h.send({ type: "send", now: 0, msgId: 1, from: "primary", to: "backup", bytes: 1000 }) // departs at 10
    h.send({ type: "send", now: 0, msgId: 2, from: "primary", to: "backup", bytes: 1_000_000 }) // departs at 10_010
    h.send({ type: "send", now: 0, msgId: 3, from: "backup", to: "primary", bytes: 32 })
    const dropped = h.send({ type: "endpoint.crash", now: 5_000, host: "primary" })
    expect(dropped).toEqual([
      { type: "drop", msgId: 2, reason: "endpoint.crash" },
      { type: "drop", msgId: 3, reason: "endpoint.crash" },
    ])
    expect(h.send({ type: "arrive", now: 60, msgId: 1 })).toEqual([{ type: "forward", msgId: 1, to: "backup" }])
  })

  it("a partition struck now holds what is already on the wire, and what queues behind it, until it heals plus an RTO", () => {
    const h = link()
    h.send({ type: "send", now: 0, msgId: 1, from: "primary", to: "backup", bytes: 1_000_000 }) // on the wire until 10_000
    h.send({ type: "send", now: 0, msgId: 2, from: "primary", to: "backup", bytes: 100 }) // starts at 10_000, after the heal
    h.send({ type: "send", now: 0, msgId: 3, from: "backup", to: "primary", bytes: 100 })
    expect(h.send({ type: "arrive", now: 151, msgId: 3 })).toEqual([{ type: "forward", msgId: 3, to: "primary" }])
    // Heals at 6_000: segment 1 is resent an RTO later; segment 2 is not partitioned but TCP delivers it behind 1; 3 had arrived.
    expect(h.send({ type: "partition", now: 5_000, direction: "both", durationUs: 1_000 })).toEqual([
      { type: "arrival.schedule", msgId: 1, at: 206_000 },
      { type: "fault.acted", fault: "link-partition", msgId: 1 },
      { type: "arrival.schedule", msgId: 2, at: 206_000 },
    ])
    // Its first arrival, scheduled before the partition, delivers nothing.
    expect(h.send({ type: "arrive", now: 10_050, msgId: 1 })).toEqual([])
    expect(h.send({ type: "arrive", now: 206_000, msgId: 1 })).toEqual([{ type: "forward", msgId: 1, to: "backup" }])
    // A segment sent during the partition is held as by a scheduled one.
    expect(h.send({ type: "send", now: 5_500, msgId: 4, from: "backup", to: "primary", bytes: 100 })).toEqual([
      { type: "arrival.schedule", msgId: 4, at: 206_000, leftAt: 205_950 },
      { type: "fault.acted", fault: "link-partition", msgId: 4 },
    ])
  })

  it("disconnection drops everything in flight and every send until reconnected", () => {
    const h = link()
    h.send({ type: "send", now: 0, msgId: 1, from: "primary", to: "backup", bytes: 1000 })
    expect(h.send({ type: "disconnect", now: 5 })).toEqual([{ type: "drop", msgId: 1, reason: "disconnect" }, { type: "connection.lost" }])
    expect(h.send({ type: "send", now: 6, msgId: 2, from: "primary", to: "backup", bytes: 10 })).toEqual([
      { type: "drop", msgId: 2, reason: "disconnected" },
    ])
    h.send({ type: "reconnect", now: 7 })
    expect(h.send({ type: "send", now: 8, msgId: 3, from: "primary", to: "backup", bytes: 100 })[0].type).toBe("arrival.schedule")
  })
})

describe("link faults (hand-computed timings at 100 MB/s, 50 us)", () => {
  const base = { now: 0, from: "primary" as const, bytes: 1_000_000, nth: 1, bytesPerSecond: 100_000_000, latencyUs: 50, busyUntil: 0, lastArrival: 0 }

  it("a dropped segment arrives one RTO (200 ms) late; the next one waits behind it", () => {
    const dropped = linkTiming(base, [{ kind: "link-drop", direction: "primary->backup", nth: 1 }])
    expect(dropped).toEqual({ start: 0, departAt: 10_000, lastTxAt: 210_000, arriveAt: 210_050, busyUntil: 10_000, acted: ["link-drop"] })
    const next = linkTiming({ ...base, nth: 2, now: 10_000, bytes: 100, busyUntil: 10_000, lastArrival: dropped.arriveAt }, [])
    expect(next.arriveAt).toBe(210_050)
    // The other direction is not affected.
    expect(linkTiming({ ...base, from: "backup" }, [{ kind: "link-drop", direction: "primary->backup", nth: 1 }]).arriveAt).toBe(10_050)
  })

  it("duplicates cost wire time; bandwidth drops stretch serialisation; delay spikes add latency", () => {
    expect(linkTiming(base, [{ kind: "link-duplicate", direction: "both", nth: 1 }]).busyUntil).toBe(20_000)
    expect(linkTiming(base, [{ kind: "link-bandwidth", direction: "both", atUs: 0, durationUs: 1, factor: 0.5 }]).departAt).toBe(20_000)
    expect(linkTiming(base, [{ kind: "link-delay", direction: "both", atUs: 5_000, durationUs: 10_000, extraUs: 3_000 }]).arriveAt).toBe(13_050)
  })

  it("a segment caught in a partition arrives an RTO after it heals", () => {
    const t = linkTiming(base, [{ kind: "link-partition", direction: "both", atUs: 5_000, durationUs: 100_000 }])
    expect(t.arriveAt).toBe(105_000 + 200_000)
    expect(linkTiming(base, [{ kind: "link-partition", direction: "backup->primary", atUs: 5_000, durationUs: 100_000 }]).arriveAt).toBe(10_050)
  })
})

describe("primary machine", () => {
  const primary = (machine = primaryMachine) => {
    const h = harness(machine, { detectionTimeoutUs: 100_000 })
    h.send({ type: "checkpoint.pause", epoch: 0 })
    h.send({ type: "checkpoint.captured", epoch: 0, pages: 10 })
    h.send({ type: "checkpoint.resume", epoch: 0 })
    return h
  }

  it("arms the detector on the first outstanding checkpoint and becomes protected on ack 0", () => {
    const h = primary()
    expect(h.send({ type: "checkpoint.sent", epoch: 0, bytes: 100 })).toEqual([{ type: "timer.set", name: "backup-silence", afterUs: 100_000 }])
    expect(h.send({ type: "repl.ack", epoch: 0 })).toEqual([
      { type: "acked", epoch: 0 },
      { type: "safe", epoch: 0 },
      { type: "timer.cancel", name: "backup-silence" },
    ])
    expect(h.value()).toContain('"protection":"protected"')
  })

  it("releases an epoch only after its acknowledgement and while holding the activation record", () => {
    const h = primary()
    h.send({ type: "checkpoint.sent", epoch: 0, bytes: 1 })
    h.send({ type: "repl.ack", epoch: 0 })
    h.send({ type: "checkpoint.sent", epoch: 1, bytes: 1 })
    expect(h.send({ type: "release.request", epoch: 1, leaseHeld: true })).toEqual([])
    h.send({ type: "repl.ack", epoch: 1 })
    expect(h.send({ type: "release.request", epoch: 1, leaseHeld: true })).toEqual([{ type: "release", epoch: 1, mode: "protected" }])
    // Never twice.
    expect(h.send({ type: "release.request", epoch: 1, leaseHeld: true })).toEqual([])
  })

  it("the planted bug release-before-ack declares an epoch safe, and releases it, on send", () => {
    const h = primary(protocolWith("release-before-ack").primary)
    expect(h.send({ type: "checkpoint.sent", epoch: 0, bytes: 1 })).toContainEqual({ type: "safe", epoch: 0 })
    h.send({ type: "repl.ack", epoch: 0 })
    h.send({ type: "checkpoint.sent", epoch: 1, bytes: 1 })
    expect(h.send({ type: "release.request", epoch: 1, leaseHeld: true })).toEqual([{ type: "release", epoch: 1, mode: "protected" }])
  })

  it("a lost activation record fences it for good", () => {
    const h = primary()
    h.send({ type: "checkpoint.sent", epoch: 0, bytes: 1 })
    h.send({ type: "repl.ack", epoch: 0 })
    h.send({ type: "checkpoint.sent", epoch: 1, bytes: 1 })
    h.send({ type: "repl.ack", epoch: 1 })
    expect(h.send({ type: "release.request", epoch: 1, leaseHeld: false })).toEqual([
      { type: "halt", reason: "activation record lost: the backup is active" },
    ])
    expect(h.value()).toContain('"protection":"fenced"')
  })

  it("backup silence: claim the record exclusively, then run unprotected or stand fenced", () => {
    for (const granted of [true, false]) {
      const h = primary()
      h.send({ type: "checkpoint.sent", epoch: 0, bytes: 1 })
      expect(h.send({ type: "timer", name: "backup-silence" })).toEqual([{ type: "lease.claim-exclusive" }])
      const out = h.send({ type: "lease.result", granted })
      expect(out.map((c) => c.type)).toEqual(granted ? ["timer.cancel", "go-unprotected"] : ["halt"])
    }
  })

  it("a heartbeat re-arms the detector while a checkpoint is outstanding", () => {
    const h = primary()
    h.send({ type: "checkpoint.sent", epoch: 0, bytes: 1 })
    expect(h.send({ type: "repl.heartbeat" })).toEqual([{ type: "timer.set", name: "backup-silence", afterUs: 100_000 }])
  })

  it("a crashed primary ignores everything", () => {
    const h = primary()
    h.send({ type: "crash" })
    expect(h.value()).toBe('"crashed"')
    expect(h.send({ type: "repl.ack", epoch: 0 })).toEqual([])
  })
})

describe("backup machine", () => {
  const input = { detectionTimeoutUs: 100_000, heartbeatUs: 25_000, restoreUs: 10_000, applyUsPerPage: 1 }
  const sync = () => {
    const h = harness(backupMachine, input)
    h.send({ type: "repl.part", epoch: 0, part: 0, pages: 0 })
    h.send({ type: "repl.part", epoch: 0, part: 1, pages: 64 })
    h.send({ type: "repl.commit", epoch: 0, parts: 2, pages: 64 })
    h.send({ type: "timer", name: "apply-done" })
    return h
  }

  it("stages a checkpoint until its commit record and every part are in, then applies and acknowledges", () => {
    const h = harness(backupMachine, input)
    expect(h.send({ type: "repl.part", epoch: 0, part: 0, pages: 0 }).map((c) => c.type)).toEqual(["timer.set"])
    const done = h.send({ type: "repl.commit", epoch: 0, parts: 1, pages: 0 })
    expect(done).toContainEqual({ type: "checkpoint.complete", epoch: 0 })
    expect(done).toContainEqual({ type: "timer.set", name: "apply-done", afterUs: 1 })
    expect(h.send({ type: "timer", name: "apply-done" })).toEqual([
      { type: "apply", epoch: 0 },
      { type: "ack.send", epoch: 0 },
    ])
    expect(h.value()).toBe('"standby"')
  })

  it("an apply that starts with complete checkpoints behind it says how many (the protocol point apply-queued)", () => {
    const h = sync()
    for (const epoch of [1, 2, 3]) {
      h.send({ type: "repl.part", epoch, part: 0, pages: 3 })
      const out = h.send({ type: "repl.commit", epoch, parts: 1, pages: 3 })
      // The first starts at once, nothing behind it; the others wait.
      expect(out.filter((c) => c.type === "apply.start")).toEqual(epoch === 1 ? [{ type: "apply.start", epoch: 1, queued: 0 }] : [])
    }
    expect(h.send({ type: "timer", name: "apply-done" })).toContainEqual({ type: "apply.start", epoch: 2, queued: 1 })
    expect(h.send({ type: "timer", name: "apply-done" })).toContainEqual({ type: "apply.start", epoch: 3, queued: 0 })
  })

  it("a commit record with parts missing leaves the checkpoint staged", () => {
    const h = sync()
    h.send({ type: "repl.part", epoch: 1, part: 0, pages: 0 })
    const out = h.send({ type: "repl.commit", epoch: 1, parts: 3, pages: 64 })
    expect(out.find((c) => c.type === "checkpoint.complete")).toBeUndefined()
    expect(h.context<{ staging: unknown }>().staging).toEqual({ epoch: 1, received: 1, expected: 3 })
  })

  it("a checkpoint complete but not yet applied at failover is applied first: the machine names it", () => {
    const h = sync()
    h.send({ type: "repl.part", epoch: 1, part: 0, pages: 3 })
    h.send({ type: "repl.commit", epoch: 1, parts: 1, pages: 3 }) // complete, its apply under way
    h.send({ type: "timer", name: "primary-silence" })
    expect(h.send({ type: "lease.result", granted: true })).toContainEqual({ type: "restore", epoch: 1, apply: [1] })
  })

  it("fails over on silence: fence, restore the newest complete checkpoint (never a partial one), activate", () => {
    const h = sync()
    h.send({ type: "repl.part", epoch: 1, part: 0, pages: 0 }) // epoch 1 partial
    expect(h.send({ type: "timer", name: "primary-silence" })).toEqual([
      { type: "failover.detected" },
      { type: "timer.cancel", name: "heartbeat" },
      { type: "lease.claim" },
    ])
    expect(h.send({ type: "lease.result", granted: true })).toEqual([
      { type: "timer.cancel", name: "apply-done" },
      { type: "restore", epoch: 0, apply: [] },
      { type: "timer.set", name: "restore-done", afterUs: 10_000 },
    ])
    expect(h.send({ type: "timer", name: "restore-done" })).toEqual([{ type: "resume", epoch: 0 }])
    expect(h.value()).toBe('"active"')
  })

  it("stands down when the primary holds the record; cannot fail over before the initial sync", () => {
    const h = sync()
    h.send({ type: "timer", name: "primary-silence" })
    h.send({ type: "lease.result", granted: false })
    expect(h.value()).toBe('"retired"')
    const fresh = harness(backupMachine, input)
    fresh.send({ type: "timer", name: "primary-silence" })
    expect(fresh.value()).toBe('"noImage"')
  })

  it("the planted bugs: ack on first part; activate without fencing; no heartbeat", () => {
    expect(harness(backupMachine, input).send({ type: "repl.part", epoch: 0, part: 0, pages: 0 })).not.toContainEqual({ type: "ack.send", epoch: 0 })
    const early = harness(protocolWith("ack-before-complete").backup, input)
    expect(early.send({ type: "repl.part", epoch: 0, part: 0, pages: 0 })).toContainEqual({ type: "ack.send", epoch: 0 })
    expect(harness(protocolWith("no-heartbeat").backup, input).send({ type: "timer", name: "heartbeat" })).toEqual([])
    const h = harness(protocolWith("no-fence").backup, input)
    h.send({ type: "repl.part", epoch: 0, part: 0, pages: 0 })
    h.send({ type: "repl.commit", epoch: 0, parts: 1, pages: 0 })
    h.send({ type: "timer", name: "apply-done" })
    const out = h.send({ type: "timer", name: "primary-silence" })
    expect(out.find((c) => c.type === "lease.claim")).toBeUndefined()
    expect(out).toContainEqual({ type: "restore", epoch: 0, apply: [] })
  })
})

describe("client machine", () => {
  const client = () => harness(clientMachine, { thinkUs: 2000, minRtoUs: 200_000, maxRtoUs: 800_000, maxRequests: 0 })

  it("request, response complete, think, next request", () => {
    const h = client()
    expect(h.send({ type: "start" })).toEqual([{ type: "timer.set", name: "think", afterUs: 2000 }])
    expect(h.send({ type: "timer", name: "think" })).toEqual([
      { type: "request.send", seq: 1, retransmit: false },
      { type: "timer.set", name: "rto", afterUs: 200_000 },
    ])
    expect(h.send({ type: "segment", reqSeq: 1, respEnd: 3000, receivedThrough: 1448 })).toEqual([])
    expect(h.send({ type: "segment", reqSeq: 1, respEnd: 3000, receivedThrough: 3000 })).toEqual([
      { type: "timer.cancel", name: "rto" },
      { type: "timer.set", name: "think", afterUs: 2000 },
    ])
    expect(h.context<{ completed: number }>().completed).toBe(1)
  })

  it("retransmits an unanswered request with exponential backoff, capped", () => {
    const h = client()
    h.send({ type: "start" })
    h.send({ type: "timer", name: "think" })
    const rtos = [1, 2, 3].map(() => h.send({ type: "timer", name: "rto" }))
    expect(rtos.map((o) => o[1])).toEqual([
      { type: "timer.set", name: "rto", afterUs: 400_000 },
      { type: "timer.set", name: "rto", afterUs: 800_000 },
      { type: "timer.set", name: "rto", afterUs: 800_000 },
    ])
    expect(rtos[0][0]).toEqual({ type: "request.send", seq: 1, retransmit: true })
  })
})
