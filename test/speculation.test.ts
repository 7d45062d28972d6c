import { describe, expect, it } from "vitest"
import { outputCommit } from "../properties/output-commit.ts"
import { progress } from "../properties/progress.ts"
import { tcpThroughputScenario } from "../src/experiments/tcp-throughput-experiment.ts"
import { Reassembly } from "../src/net/reassembly.ts"
import { remusRacc, remusSpec } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import type { Fault } from "../src/faults/schedule.ts"
import type { Observation } from "../src/sim/observations.ts"
import { factsOf } from "./helpers.ts"

const short: Scenario = { ...remusSpec, durationUs: 1_500_000 }
const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)
const crashAt500: Fault[] = [{ kind: "crash", host: "primary", atUs: 500_000 }]
/** The 40th packet to the bulk client is lost on the client LAN. */
const lostOnLan: Fault[] = [{ kind: "client-drop", client: "client-1", direction: "to-client", nth: 40 }]
const streamEnd = (r: ReturnType<typeof runScenario>, client: string) => {
  const s = new Reassembly()
  for (const f of factsOf(r.trace.facts, "client-recv")) if (f.client === client) s.add(f.offset, f.offset + f.len)
  return s.through
}

describe("speculative communication", () => {
  it("with no fault: both flows move, the bulk one in megabytes, the request/response one request by request, and every property holds", () => {
    const r = runScenario(short, 1)
    expect(failed(r)).toEqual([])
    expect(streamEnd(r, "client-1")).toBeGreaterThan(5_000_000)
    expect(streamEnd(r, "client-2")).toBeGreaterThan(20_000)
    // The guest's data went out only after its checkpoint committed: no packet to a client is unprotected or speculative.
    expect(factsOf(r.trace.facts, "packet-out").every((f) => f.mode === "protected" && !f.speculative)).toBe(true)
  })

  it("a segment lost on the client LAN is resent by the hypervisor, not the guest (which already freed it)", () => {
    const r = runScenario(short, 1, lostOnLan)
    expect(failed(r)).toEqual([])
    const resends = factsOf(r.trace.facts, "packet-out").filter((f) => f.retransmit && f.client === "client-1")
    expect(resends.length).toBeGreaterThan(0)
    expect(resends.every((f) => f.host === "primary" && f.mode === "protected")).toBe(true)
  })

  it("after a primary crash the backup takes over the bytes the primary's relay still owed, and both streams go on", () => {
    const r = runScenario(short, 1, crashAt500)
    expect(failed(r)).toEqual([])
    const owed = factsOf(r.trace.facts, "packet-out").filter((f) => f.host === "backup" && f.mode === "owed" && f.len > 0)
    expect(owed.length).toBeGreaterThan(100) // the relay's backlog: released, not yet acknowledged by the client
    const resumed = factsOf(r.trace.facts, "resumed")[0]
    expect(resumed).toBeDefined()
    const restore = factsOf(r.trace.facts, "restore")[0]
    expect(streamEnd(r, "client-1")).toBeGreaterThan(restore.streams["client-1"] + 1_000_000)
  })

  it("planted bug lost-speculative-buffer: the checkpoint lacks what was acknowledged speculatively, and the client's stream keeps a gap", () => {
    const r = runScenario(remusSpec, 1, crashAt500, "lost-speculative-buffer") // 2 s: long enough for the gap to outlast its bound
    expect(failed(r).some((m) => /^stream-integrity: client-1's stream has a gap/.test(m))).toBe(true)
  })

  it("planted bug drop-released-unacked: a segment lost after release is never resent", () => {
    const r = runScenario(short, 1, lostOnLan, "drop-released-unacked")
    expect(failed(r)).toEqual([expect.stringMatching(/^stream-integrity: client-1's stream has a gap at \d+ still open/)])
  })

  it("replication-aware congestion control: the same flows, faster, and a failover keeps every property", () => {
    const plain = runScenario(short, 1)
    const racc = runScenario({ ...remusRacc, durationUs: short.durationUs }, 1)
    expect(failed(racc)).toEqual([])
    expect(streamEnd(racc, "client-1")).toBeGreaterThan(streamEnd(plain, "client-1"))
    expect(failed(runScenario({ ...remusRacc, durationUs: short.durationUs }, 1, crashAt500))).toEqual([])
  })

  it("a primary that goes on alone in the middle of a checkpoint's pause runs its guest again (regression: it froze)", () => {
    // The replication link breaks at 1103.284 ms; the primary wins the record at 1103.784, inside the pause that began at 1103.544.
    const r = runScenario(remusSpec, 1, [{ kind: "link-disconnect", atUs: 1_103_284 }])
    expect(failed(r)).toEqual([])
    const alone = factsOf(r.trace.facts, "unprotected")[0]
    expect(alone.t).toBe(1_103_784)
    const after = factsOf(r.trace.facts, "packet-out").filter((f) => f.mode === "unprotected" && f.producedAt > alone.t + 100_000)
    expect(after.length).toBeGreaterThan(100) // the guest produces output again, long after the pause
  })

  it("progress fails when a primary on its own stops serving its clients", () => {
    const base = { at: 1 }
    const facts = [
      { kind: "client-recv", client: "client-1", offset: 0, len: 100, digest: "", conflict: -1, t: 500_000, ...base },
      { kind: "unprotected", host: "primary", t: 600_000, ...base },
    ] as Observation[]
    const v = progress.check({ scenario: remusSpec, faults: [], trace: { events: [], facts, hash: "" } })
    expect(v.witness?.message).toMatch(/^no client's stream moved for [\d.]+ ms from 500.000 ms, with no fault to excuse it$/)
  })

  it("is deterministic: the same scenario, seed and faults give the same trace", () => {
    expect(runScenario(short, 7, crashAt500).trace.hash).toBe(runScenario(short, 7, crashAt500).trace.hash)
  })

  it("output-commit fails when an acknowledgement made up for the guest reaches a client", () => {
    const base = { t: 1000, at: 3 }
    const facts = [
      { kind: "ack-received", epoch: 1, ...base },
      { kind: "packet-out", host: "primary", client: "client-1", epoch: 1, offset: 0, len: 0, producedAt: 900, mode: "protected", speculative: true, ...base },
    ] as Observation[]
    const v = outputCommit.check({ scenario: short, faults: [], trace: { events: [], facts, hash: "" } })
    expect(v.witness?.message).toBe("primary sent client-1 a speculative acknowledgement, which only the guest may see")
  })
})

describe("experiment tcp-throughput (one bulk flow over GbE, short runs)", () => {
  it("orders the modes by mechanism: output commit crawls, replication-aware speculation is several times faster", () => {
    const goodput = (mode: Parameters<typeof tcpThroughputScenario>[0]) => {
      const r = runScenario({ ...tcpThroughputScenario(mode), durationUs: 800_000 }, 1)
      return streamEnd(r, "client-1") / 0.8e6 // MB/s over the run
    }
    const [off, racc] = [goodput("off"), goodput("spec-ack+racc")]
    // off: at most one receive window (128 KiB) per round trip, and a round trip lasts about an epoch.
    expect(off).toBeLessThan(131_072 / 0.025 / 1e6 + 1)
    expect(racc).toBeGreaterThan(3 * off)
  })
})
