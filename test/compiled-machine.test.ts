import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import type { AnyStateMachine } from "xstate"
import { setup, assign, emit } from "xstate"
import { readCounterexample } from "../fuzz/counterexample.ts"
import { replay } from "../fuzz/replay.ts"
import { backupMachine } from "../machines/backup.ts"
import { clientMachine } from "../machines/client.ts"
import { linkMachine } from "../src/transport/tcp/link-machine.ts"
import { primaryMachine } from "../machines/primary.ts"
import { protocolWith } from "../src/bugs/bugs.ts"
import { findScenario, scenarios } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import { startMachine } from "../src/sim/machine-actor.ts"
import { CompiledMachine } from "../src/sim/compiled-machine.ts"
import { shortBasic } from "./helpers.ts"

/**
 * The compiled interpreter (src/sim/compiled-machine.ts) against XState's own
 * actors, in lockstep: after every event both must be in the same states, with
 * the same context, having emitted the same commands (the `lockstep` engine
 * throws at the first difference). Over random event sequences for each
 * machine, and over whole runs: every scenario and every corpus counterexample.
 */

/** Run `events` through `machine` on the lockstep engine; throws at the first divergence. */
const lockstep = (machine: AnyStateMachine, input: unknown, events: Array<{ type: string }>) => {
  const out: Array<{ type: string }> = []
  const m = startMachine("lockstep", machine, input, out)
  for (const e of events) m.send(e)
  return m.stateString()
}

const epoch = fc.integer({ min: -1, max: 6 })
const timer = (...names: string[]) => fc.record({ type: fc.constant("timer"), name: fc.constantFrom(...names, "other") })
const host = fc.constantFrom("primary", "backup")

const primaryEvents = fc.oneof(
  fc.record({ type: fc.constantFrom("checkpoint.pause", "checkpoint.resume"), epoch }),
  fc.record({ type: fc.constant("checkpoint.captured"), epoch, pages: fc.nat(100) }),
  fc.record({ type: fc.constant("checkpoint.sent"), epoch, bytes: fc.nat(1e6) }),
  fc.record({ type: fc.constant("repl.ack"), epoch }),
  fc.record({ type: fc.constantFrom("repl.heartbeat", "link.down", "crash") }),
  fc.record({ type: fc.constant("release.request"), epoch, leaseHeld: fc.boolean() }),
  fc.record({ type: fc.constant("lease.result"), granted: fc.boolean() }),
  timer("backup-silence"),
)

const backupEvents = fc.oneof(
  fc.record({ type: fc.constant("repl.part"), epoch: fc.integer({ min: 0, max: 4 }), part: fc.nat(3), pages: fc.nat(64) }),
  fc.record({ type: fc.constant("repl.commit"), epoch: fc.integer({ min: 0, max: 4 }), parts: fc.integer({ min: 1, max: 4 }), pages: fc.nat(200) }),
  fc.record({ type: fc.constant("lease.result"), granted: fc.boolean() }),
  fc.record({ type: fc.constantFrom("link.down", "crash") }),
  timer("primary-silence", "apply-done", "restore-done", "heartbeat"),
)

const linkEvents = fc.oneof(
  fc.record({ type: fc.constant("send"), now: fc.nat(1e6), msgId: fc.nat(20), from: host, to: host, bytes: fc.nat(300_000) }),
  fc.record({ type: fc.constant("arrive"), now: fc.nat(1e6), msgId: fc.nat(20) }),
  fc.record({ type: fc.constant("endpoint.crash"), now: fc.nat(1e6), host }),
  fc.record({ type: fc.constantFrom("disconnect", "reconnect"), now: fc.nat(1e6) }),
)

const clientEvents = fc.oneof(
  fc.record({ type: fc.constant("segment"), reqSeq: fc.nat(5), respEnd: fc.integer({ min: -1, max: 5000 }), receivedThrough: fc.nat(5000) }),
  fc.record({ type: fc.constant("start") }),
  timer("think", "rto"),
)

const backupInput = { detectionTimeoutUs: 100_000, heartbeatUs: 25_000, restoreUs: 10_000, applyUsPerPage: 1 }

const cases: Array<[string, AnyStateMachine, unknown, fc.Arbitrary<{ type: string }>]> = [
  ["primary", primaryMachine, { detectionTimeoutUs: 100_000 }, primaryEvents],
  ["primary (release-before-ack)", protocolWith("release-before-ack").primary, { detectionTimeoutUs: 100_000 }, primaryEvents],
  ["backup", backupMachine, backupInput, backupEvents],
  ["backup (no-fence)", protocolWith("no-fence").backup, backupInput, backupEvents],
  ["backup (ack-before-complete)", protocolWith("ack-before-complete").backup, backupInput, backupEvents],
  ["backup (no-heartbeat)", protocolWith("no-heartbeat").backup, backupInput, backupEvents],
  ["link", linkMachine, { bytesPerSecond: 117_000_000, latencyUs: 50, faults: [{ kind: "link-drop", direction: "both", nth: 2 }] }, linkEvents],
  ["client", clientMachine, { thinkUs: 2000, minRtoUs: 200_000, maxRtoUs: 3_200_000, maxRequests: 3 }, clientEvents],
]

describe("compiled machines agree with XState on random event sequences", () => {
  for (const [name, machine, input, events] of cases)
    it(name, () => {
      fc.assert(
        fc.property(fc.array(events, { maxLength: 60 }), (seq) => {
          lockstep(machine, input, seq)
        }),
        { numRuns: 300, seed: 20261129 },
      )
    })
})

describe("compiled machines agree with XState over whole runs", () => {
  it.each(scenarios.filter((s) => s.name !== "remus-large").map((s) => s.name))("%s, a primary crash at 600 ms", (name) => {
    const scenario = { ...findScenario(name)!, durationUs: 1_000_000 }
    const compiled = runScenario(scenario, 5, [{ kind: "crash", host: "primary", atUs: 600_000 }])
    const both = runScenario(scenario, 5, [{ kind: "crash", host: "primary", atUs: 600_000 }], undefined, { engine: "lockstep" })
    expect(both.trace.hash).toBe(compiled.trace.hash)
  })

  const dir = join(import.meta.dirname, "..", "fuzz", "corpus")
  // The corpus's one replay with its bug (fuzz-corpus.test.ts replays each without it): the same trace, the same property failing.
  it.each(readdirSync(dir).filter((f) => f.endsWith(".json.gz")))("corpus %s reproduces under lockstep and fails its property again", (file) => {
    const cx = readCounterexample(join(dir, file))
    // Lockstep runs XState's actors beside the compiled ones and compares states, contexts and commands after every
    // event: a run on XState alone is this same run (its end-to-end hash is checked on a fault-free run below).
    const again = replay(cx, { engine: "lockstep" })
    expect(again.reproduced).toBe(true)
    expect(again.report.verdicts.find((v) => v.property === cx.property)!.ok).toBe(false)
  })

  it("a fault-free run on XState's actors has the compiled run's hash", () => {
    const s = shortBasic(400_000)
    expect(runScenario(s, 2, [], undefined, { engine: "xstate" }).trace.hash).toBe(runScenario(s, 2).trace.hash)
  })
})

describe("the compiled interpreter refuses what it does not implement", () => {
  it("names the feature", () => {
    const delayed = setup({}).createMachine({ id: "d", initial: "a", states: { a: { after: { 10: "b" } }, b: {} } })
    expect(() => new CompiledMachine(delayed)).toThrow(/delayed transitions/)
    const hist = setup({}).createMachine({ id: "h", initial: "a", states: { a: { initial: "x", states: { x: {}, h: { type: "history" } } } } })
    expect(() => new CompiledMachine(hist)).toThrow(/history/)
  })

  it("lockstep catches a difference (an action that is not a function of context and event)", () => {
    let calls = 0
    const impure = setup({}).createMachine({ id: "i", initial: "a", states: { a: { on: { go: { actions: emit(() => ({ type: "n", n: calls++ })) } } } } })
    expect(() => lockstep(impure, {}, [{ type: "go" }])).toThrow(/commands differ/)
  })

  it("runs provided implementations (machine.provide), as XState does", () => {
    const m = setup({
      types: { context: {} as { n: number }, events: {} as { type: "go" } },
      actions: { bump: assign({ n: ({ context }) => context.n + 1 }), say: emit({ type: "said" }) },
      guards: { small: ({ context }) => context.n < 2 },
    }).createMachine({ id: "p", context: { n: 0 }, initial: "a", states: { a: { on: { go: { guard: "small", actions: ["bump", "say"] } } } } })
    const variant = m.provide({ guards: { small: ({ context }) => context.n < 5 } })
    expect(lockstep(variant, {}, Array.from({ length: 8 }, () => ({ type: "go" })))).toBe("a")
    const out: Array<{ type: string }> = []
    const run = startMachine("compiled", variant, {}, out)
    for (let i = 0; i < 8; i++) run.send({ type: "go" })
    expect((run.context as { n: number }).n).toBe(5)
    expect(out).toHaveLength(5)
  })
})
