import { describe, expect, it } from "vitest"
import { fc, test } from "@fast-check/vitest"
import { Effect } from "effect"
import { EventQueue } from "../src/sim/event-queue.ts"
import { Rng } from "../src/sim/rng.ts"
import { Kernel } from "../src/sim/kernel.ts"
import { forkOnKernel, interruptNow } from "../src/sim/effect-runtime.ts"
import { runScenario } from "../src/run/run.ts"
import { shortBasic } from "./helpers.ts"

describe("event queue", () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 })])("pops by (time, insertion order)", (times) => {
    const q = new EventQueue<number>()
    times.forEach((t, i) => q.push(t, i))
    const popped: Array<[number, number]> = []
    for (let e = q.pop(); e; e = q.pop()) popped.push([e.at, e.item])
    const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
    expect(popped).toEqual(expected)
  })

  // Enough entries and cancellations that the heap is compacted (from 64 entries, when half are cancelled) several times.
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean(), fc.boolean()), { minLength: 200, maxLength: 600 })])(
    "cancelled entries never come out, live ones in order, however often the heap is compacted",
    (ops) => {
      const q = new EventQueue<number>()
      const handles: ReturnType<typeof q.push>[] = []
      const live = new Map<number, number>()
      const popped: Array<[number, number]> = []
      const expected: Array<[number, number]> = []
      const popLive = () => {
        for (let e = q.pop(); e; e = q.pop()) if (!e.cancelled) return e
        return undefined
      }
      ops.forEach(([t, cancelOne, popOne], i) => {
        const at = (popped.at(-1)?.[0] ?? 0) + t
        handles.push(q.push(at, i))
        live.set(i, at)
        if (cancelOne) {
          const h = handles[(i * 7919) % handles.length]
          q.cancel(h)
          live.delete(h.item)
        }
        if (popOne) {
          const next = [...live].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0]
          const e = popLive()
          if (next) {
            expected.push([next[1], next[0]])
            live.delete(next[0])
          }
          if (e) popped.push([e.at, e.item])
        }
      })
      for (let e = popLive(); e; e = popLive()) popped.push([e.at, e.item])
      expected.push(...[...live].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([item, at]) => [at, item] as [number, number]))
      expect(popped).toEqual(expected)
    },
  )
})

describe("random streams", () => {
  it("a stream's numbers do not depend on other streams", () => {
    const alone = new Rng(7, "primary/nondet")
    const a = Array.from({ length: 20 }, () => alone.u32())
    const noisy = new Rng(7, "backup/nondet")
    const withOther = new Rng(7, "primary/nondet")
    const b = Array.from({ length: 20 }, () => (noisy.u32(), withOther.u32()))
    expect(b).toEqual(a)
  })

  it("streams differ by name and by seed", () => {
    const draw = (seed: number, name: string) => Array.from({ length: 8 }, ((r) => () => r.u32())(new Rng(seed, name)))
    expect(draw(1, "a")).not.toEqual(draw(1, "b"))
    expect(draw(1, "a")).not.toEqual(draw(2, "a"))
  })
})

describe("Effect on the kernel", () => {
  it("sleeps wake in virtual time, ordered by (time, scheduling order)", () => {
    const kernel = new Kernel(1)
    kernel.register({ id: "host", deliver: () => {}, state: () => "-" })
    const log: Array<[string, number]> = []
    const sleeper = (name: string, ms: number) =>
      Effect.gen(function* () {
        for (let i = 0; i < 3; i++) {
          yield* Effect.sleep(`${ms} millis`)
          log.push([name, kernel.now])
        }
      })
    forkOnKernel(kernel, "host", sleeper("a", 1000))
    forkOnKernel(kernel, "host", sleeper("b", 1500))
    kernel.run(10_000_000)
    // At 3 s both wake; b's wake-up was scheduled first (at 1.5 s, a's at 2 s), so b goes first.
    expect(log).toEqual([
      ["a", 1_000_000],
      ["b", 1_500_000],
      ["a", 2_000_000],
      ["b", 3_000_000],
      ["a", 3_000_000],
      ["b", 4_500_000],
    ])
    expect(kernel.now).toBe(10_000_000)
  })

  it("interrupting a fiber (a crash) cancels its pending wake-ups", () => {
    const kernel = new Kernel(1)
    kernel.register({ id: "host", deliver: () => {}, state: () => "-" })
    let woke = 0
    const fiber = forkOnKernel(kernel, "host", Effect.forever(Effect.sleep("1 millis").pipe(Effect.andThen(Effect.sync(() => woke++)))))
    kernel.run(5_500)
    expect(woke).toBe(5)
    interruptNow(kernel, fiber)
    kernel.run(20_000)
    expect(woke).toBe(5)
    expect(fiber.pollUnsafe()?._tag).toBe("Failure")
  })
})

describe("a frozen host (host-pause)", () => {
  it("its deliveries wait until it thaws and come in their order, after the thaw and before what falls due at that instant; a handle cancelled meanwhile stays cancelled", () => {
    const kernel = new Kernel(1)
    const log: string[] = []
    const actor = (id: string) => ({ id, deliver: (e: { type: string }) => void log.push(`${kernel.now} ${id} ${e.type}`), state: () => "-" })
    for (const id of ["host", "host-tcp", "other"]) kernel.register(actor(id))
    kernel.schedule(10, { id: "host" }, { type: "freeze" })
    // Due exactly as the host wakes (queued before the freeze): after what queued meanwhile.
    kernel.schedule(50, { id: "host" }, { type: "due-at-thaw" })
    kernel.run(10)
    kernel.freeze("host", 50, () => log.push(`${kernel.now} thaw`))
    kernel.schedule(20, { id: "host" }, { type: "a" })
    // An actor the host owns (its TCP stack's wake-ups) waits with it; another does not.
    kernel.schedule(25, { id: "host-tcp" }, { type: "b" })
    kernel.schedule(30, { id: "other" }, { type: "c" })
    const timer = kernel.schedule(35, { id: "host" }, { type: "timer" })
    kernel.schedule(40, { id: "host" }, { type: "d" })
    kernel.schedule(45, { id: "other" }, { type: "cancel" })
    kernel.run(44)
    kernel.cancel(timer)
    kernel.run(100)
    expect(log).toEqual(["10 host freeze", "30 other c", "45 other cancel", "50 thaw", "50 host a", "50 host-tcp b", "50 host d", "50 host due-at-thaw"])
  })
})

describe("PCT-style priorities (KernelOptions.priorities)", () => {
  const order = (priorities?: number) => {
    const kernel = new Kernel(1, { priorities })
    const log: string[] = []
    for (const id of ["a", "b", "c", "d"])
      kernel.register({
        id,
        deliver: (e: { type: string }) => {
          log.push(`${id}${e.type}`)
          // A zero-delay message, queued during the instant for the instant: after everything that was waiting for it.
          if (id === "a" && e.type === "1") kernel.after(0, { id: "b" }, { type: "z" })
        },
        state: () => "-",
      })
    for (const id of ["a", "b", "c", "d"]) for (const n of ["1", "2"]) kernel.schedule(10, { id }, { type: n })
    kernel.run(10)
    return log
  }

  it("without them, same-instant events come in the order they were queued", () => {
    expect(order()).toEqual(["a1", "a2", "b1", "b2", "c1", "c2", "d1", "d2", "bz"])
  })

  it("with them, actors take turns by priority, each actor's events stay in order, zero-delay ones come last, and seeds differ", () => {
    const orders = [1, 2, 3, 4, 5, 6].map((p) => order(p))
    expect(new Set(orders.map((o) => o.join(" "))).size).toBeGreaterThan(1)
    for (const o of orders) {
      for (const id of ["a", "b", "c", "d"]) expect(o.filter((e) => e.startsWith(id) && e !== "bz")).toEqual([`${id}1`, `${id}2`])
      expect(o.at(-1)).toBe("bz")
    }
    expect(order(3)).toEqual(order(3))
  })

  it("whole runs under priorities: other interleavings, every property holding, the same run again for the same seed", () => {
    const basic = shortBasic()
    const fifo = runScenario(basic, 1).trace.hash
    const runs = [1, 2, 3, 4, 5, 6].map((p) => runScenario(basic, 1, [], undefined, { priorities: p }))
    expect(runs.filter((r) => r.trace.hash !== fifo).length).toBeGreaterThan(0)
    for (const r of runs) expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
    expect(runScenario(basic, 1, [], undefined, { priorities: 4 }).trace.hash).toBe(runs[3].trace.hash)
  })
})

describe("determinism", () => {
  const scenario = shortBasic(600_000)
  const crash = [{ kind: "crash" as const, host: "primary" as const, atUs: 420_000 }]

  it("the same seed gives the same trace hash, with and without faults, over many seeds", () => {
    for (let seed = 1; seed <= 8; seed++) {
      for (const faults of [[], crash]) {
        expect(runScenario(scenario, seed, faults).trace.hash).toBe(runScenario(scenario, seed, faults).trace.hash)
      }
    }
  })

  it("different seeds give different runs", () => {
    const hashes = new Set(Array.from({ length: 6 }, (_, i) => runScenario(scenario, i + 1).trace.hash))
    expect(hashes.size).toBe(6)
  })

  it("nothing in a run reads the wall clock or Math.random", () => {
    const saved = { random: Math.random, now: Date.now, perf: performance.now }
    const trap = () => {
      throw new Error("the simulation read real time or Math.random")
    }
    Math.random = trap
    Date.now = trap
    performance.now = trap
    try {
      const r = runScenario(scenario, 3, crash)
      expect(r.verdicts.every((v) => v.ok)).toBe(true)
    } finally {
      Math.random = saved.random
      Date.now = saved.now
      performance.now = saved.perf
    }
  })
})
