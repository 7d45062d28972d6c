import { describe, expect, it } from "vitest"
import { progress } from "../properties/progress.ts"
import type { Fault } from "../src/faults/schedule.ts"
import { remusBasic, remusLarge, remusMemsync, remusMini, remusSpec, remusThreeClients } from "../src/scenario/builtin.ts"
import { judge } from "../properties/index.ts"
import { applySize } from "../src/scenario/swarm.ts"
import { runScenario } from "../src/run/run.ts"
import { factsOf } from "./helpers.ts"

/** Findings of a review of the checkers and the fault model, each pinned by the run that showed it. */
describe("review regressions", () => {
  const verdict = (r: ReturnType<typeof runScenario>, id: string) => r.verdicts.find((v) => v.property === id)!

  it("a fault that never acts does not switch off progress's fault-free bound", () => {
    const inert: Fault[] = [{ kind: "client-duplicate", client: "client-1", direction: "to-vm", nth: 100_000 }]
    const r = runScenario(remusBasic, 1, inert, "no-heartbeat")
    expect(factsOf(r.trace.facts, "fault-acted")).toEqual([])
    expect(verdict(r, "progress").ok).toBe(false)
  })

  it("progress's acknowledgement bound holds behind a backlog of hundreds of checkpoints", () => {
    // Found by CI's swarm campaign: the guest dirties 57 MB/s against a 36 MB/s link, so checkpoints queue for
    // seconds; the link rounds each message's serialisation up to a microsecond, and a bound that rounded
    // once per checkpoint fell behind by a microsecond per checkpoint until it overtook its slack.
    const size = { pages: 4096, epochUs: 5000, linkBytesPerSecond: 36_323_712, linkLatencyUs: 32, detectionTimeoutUs: 60_000, durationUs: 8_055_200, writesPerTick: 17, clients: 1 }
    const r = runScenario(applySize(remusLarge, size), 1, [])
    const sent = factsOf(r.trace.facts, "checkpoint-sent")
    const acked = new Set(factsOf(r.trace.facts, "ack-received").map((a) => a.epoch))
    expect(sent.length - acked.size).toBeGreaterThan(500)
    expect(verdict(r, "progress").ok).toBe(true)
  })

  it("progress requires every client's stream to move after a failover", () => {
    const r = runScenario(remusThreeClients, 1, [{ kind: "crash", host: "primary", atUs: 1_000_000 }])
    expect(verdict(r, "progress").ok).toBe(true)
    // The same trace with two clients' receipts after the crash removed: those clients are stuck.
    const facts = r.trace.facts.filter((f) => !(f.kind === "client-recv" && f.client !== "client-1" && f.t > 1_000_000))
    const v = progress.check({ scenario: remusThreeClients, faults: r.faults, trace: { ...r.trace, facts } })
    expect(v.ok).toBe(false)
    expect(v.witness!.message).toMatch(/client-2, client-3: stream did not move/)
  })

  it("TCP never delivers past a segment its crashed sender could not resend", () => {
    // With a detection timeout above the RTO, the dropped commit record of epoch 20 must hold back epoch 21.
    const scenario = { ...remusBasic, host: { ...remusBasic.host, detectionTimeoutUs: 300_000 } }
    const faults: Fault[] = [
      { kind: "link-drop", direction: "primary->backup", nth: 166 },
      { kind: "crash", host: "primary", atUs: 563_472 },
    ]
    const r = runScenario(scenario, 1, faults)
    expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
    const applied = factsOf(r.trace.facts, "apply").map((a) => a.epoch)
    expect(applied).toEqual([...applied].sort((a, b) => a - b).filter((e, i, all) => i === 0 || all[i - 1] + 1 === e))
  })

  it("an empty partition window changes nothing", () => {
    const none = runScenario(remusBasic, 1)
    const empty = runScenario(remusBasic, 1, [{ kind: "link-partition", direction: "primary->backup", atUs: 620_410, durationUs: 0 }])
    expect(empty.trace.hash).toBe(none.trace.hash)
  })

  it("client faults do not depend on their order in the schedule", () => {
    const drop: Fault = { kind: "client-drop", client: "client-1", direction: "to-client", nth: 10 }
    const delay: Fault = { kind: "client-delay", client: "client-1", direction: "to-client", atUs: 393_184, durationUs: 100_000, extraUs: 50_000 }
    expect(runScenario(remusBasic, 1, [drop, delay]).trace.hash).toBe(runScenario(remusBasic, 1, [delay, drop]).trace.hash)
  })

  it("no page of the next epoch goes early while the active slave's comparison holds a checkpoint back", () => {
    // Review finding: early parts of k+1 overtook checkpoint k on the wire while k waited for the backup's answer;
    // the backup's single staging slot then lost k, the slave never compared k+1, and the primary waited forever
    // (with this delay the backup failed over from a live primary; with a long link latency, progress failed).
    const check = (r: ReturnType<typeof runScenario>) => {
      expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
      expect(r.metrics.failover).toBeNull()
      const waiting = new Set<number>()
      for (const f of r.trace.facts) {
        if (f.kind === "slave-hashes") waiting.add(f.epoch)
        else if (f.kind === "checkpoint-sent") waiting.delete(f.epoch)
        else if (f.kind === "presend") expect([...waiting].filter((e) => f.epoch > e)).toEqual([])
      }
    }
    const short = { ...remusMemsync, durationUs: 400_000 }
    check(runScenario(short, 1, [{ kind: "link-delay", direction: "backup->primary", atUs: 100_000, durationUs: 30_000, extraUs: 15_000 }]))
    check(runScenario({ ...short, link: { ...short.link, latencyUs: 3_000 } }, 1))
  })
})

describe("review of explore and host pauses (2026-11-29)", () => {
  it("a host pause under PCT priorities ends: the thaw comes before what waited for it, whatever the ranks", () => {
    const scenario = { ...remusSpec, durationUs: 400_000 }
    for (const priorities of [1, 4]) {
      const r = runScenario(scenario, 1, [{ kind: "host-pause", host: "primary", atUs: 150_000, durationUs: 220_000 }], undefined, { record: "facts", priorities })
      expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
    }
  })

  it("a backup paused at after-apply-before-ack sends its acknowledgement only when it wakes", () => {
    const r = runScenario(remusMini, 1, [{ kind: "host-pause-at", host: "backup", point: "after-apply-before-ack", epoch: 3, durationUs: 50_000 }])
    const pause = r.trace.facts.find((f) => f.kind === "pause")!
    const ack = r.trace.facts.find((f) => f.kind === "ack-sent" && f.epoch === 3)!
    expect(ack.t).toBeGreaterThanOrEqual(pause.untilUs)
  })

  it("progress still requires a paused host to claim after it wakes, when the connection failed during its pause", () => {
    const faults: Fault[] = [{ kind: "host-pause", host: "backup", atUs: 140_000, durationUs: 200_000 }, { kind: "link-disconnect", atUs: 150_000 }]
    const r = runScenario(remusMini, 1, faults, undefined, { record: "facts" })
    expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
    // The same run with the backup's claim (and its answer) taken out: it never claimed after waking.
    const facts = r.trace.facts.filter((f) => !((f.kind === "claim" || f.kind === "lease") && f.host === "backup"))
    const progress = judge({ scenario: remusMini, faults, trace: { ...r.trace, facts } }).find((v) => v.property === "progress")!
    expect(progress.ok).toBe(false)
    expect(progress.witness?.message).toMatch(/backup did not claim/)
  })
})
