import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { explore } from "../fuzz/explore.ts"
import { protocolPoints, type Fault } from "../src/faults/schedule.ts"
import { runScenario } from "../src/run/run.ts"
import { remusBasic, remusMini } from "../src/scenario/builtin.ts"
import type { BugName } from "../src/bugs/bugs.ts"
import { epochlab } from "./epochlab-in-process.ts"

/** remus-mini cut to 150 ms: six epochs, every kind of fault point, a few hundred of them. */
const short = { ...remusMini, durationUs: 150_000 }

/** The depth-1 exploration of `short` on the correct protocol: two tests read it, it runs once. */
let depthOne: ReturnType<typeof explore> | undefined
const depthOneShort = () => (depthOne ??= explore({ scenario: short, seed: 1, depth: 1 }))

describe("explore", () => {
  it("a crash at an event strikes just before that delivery, and the trace shows it there", () => {
    const reference = runScenario(short, 1)
    const delivery = reference.trace.events.find((e) => e.i > 60 && e.actor === "backup" && e.type === "repl.msg")!
    const r = runScenario(short, 1, [{ kind: "crash-at-event", host: "backup", event: delivery.i }])
    expect(r.trace.events[delivery.i]).toMatchObject({ actor: "backup", type: "fault.crash", summary: `at=event:${delivery.i}` })
    // Up to there the run is the reference run.
    expect(r.trace.events.slice(0, delivery.i)).toEqual(reference.trace.events.slice(0, delivery.i))
    // The message it was about to receive finds it crashed.
    const after = r.trace.events.slice(delivery.i + 1).filter((e) => e.actor === "backup")
    expect(after.length).toBeGreaterThan(0)
    for (const e of after) expect(e.state).toBe("crashed")
  })

  it("the correct protocol holds at every fault point of a short remus-mini, and the counts add up", () => {
    const r = depthOneShort()
    expect(r.violations).toEqual([])
    // Every point is run or pruned; the reference run is the one more.
    expect(r.runs + r.pruned).toBe(r.points + 1)
    expect(r.pruned).toBeGreaterThan(0)
    expect(r.events.beforeFault).toBeGreaterThan(0)
    // The points of every epoch come from the reference run; a claim only after a fault (a backlog of applies needs more than one).
    expect(r.coverage.points.reached).toEqual(protocolPoints.filter((p) => p !== "apply-queued"))
  })

  // The planted bugs of the basic protocol, each found by going through the points in order: no random search.
  // A paused primary is caught when it wakes, after the backup took over: a run long enough for that (its pauses last 200 ms).
  it.each([
    ["release-before-ack", short],
    ["ack-before-complete", short],
    ["apply-torn-checkpoint", short],
    ["no-fence", short],
    ["restore-stale-checkpoint", short],
    ["lease-checked-once", { ...remusMini, durationUs: 400_000 }],
  ] as const)("finds %s in a short remus-mini", (bug, scenario) => {
    const r = explore({ scenario, seed: 1, bug, depth: 1, stopAtFirst: true })
    expect(r.violations.length).toBeGreaterThan(0)
    expect(r.stoppedEarly).toBe(true)
    expect(r.violations[0].report.verdicts.find((v) => v.property === r.violations[0].property)?.ok).toBe(false)
  })

  it("finds no-heartbeat in remus-basic, whose initial transfer outlasts the detection timeout (remus-mini's never does)", () => {
    const r = explore({ scenario: remusBasic, seed: 1, bug: "no-heartbeat", depth: 1, stopAtFirst: true })
    expect(r.violations.map((v) => [v.property, v.faults])).toEqual([["progress", []]])
  })

  it("pruning is checked against running every point: each pruned point violates what its equivalent violates", () => {
    const outcomes = (bug: BugName, prune: boolean) => {
      const seen = new Map<string, string>()
      const same = new Map<string, string>()
      explore({ scenario: short, seed: 1, bug, depth: 1, prune, onOutcome: (f, o) => void ("sameAs" in o ? same.set(key(f), key(o.sameAs)) : seen.set(key(f), o.violated.join())) })
      return { seen, same }
    }
    const pruned = outcomes("restore-stale-checkpoint", true)
    const all = outcomes("restore-stale-checkpoint", false)
    expect(pruned.same.size).toBeGreaterThan(0)
    for (const [point, equivalent] of pruned.same) expect(all.seen.get(point), point).toBe(all.seen.get(equivalent))
  })

  it("depth 2 adds second faults at the protocol points reached after the first", () => {
    const pairs: Fault[][] = []
    const one = depthOneShort()
    const two = explore({ scenario: short, seed: 1, depth: 2, onOutcome: (f) => void (f.length === 2 && pairs.push([...f])) })
    expect(two.points).toBeGreaterThan(one.points)
    expect(two.runs + two.pruned).toBe(two.points + 1)
    expect(pairs.length).toBeGreaterThan(0)
    for (const [first, second] of pairs) {
      expect(["crash-at", "link-disconnect-at"]).toContain(first.kind)
      expect(["crash-at", "link-disconnect-at"]).toContain(second.kind)
      expect("host" in first && "host" in second && first.host === second.host).toBe(false)
    }
    expect(two.violations).toEqual([])
  })

  it("is deterministic: the same exploration twice gives the same result", () => {
    const tiny = { ...remusMini, durationUs: 80_000 }
    const strip = ({ elapsedMs: _, violations, ...rest }: ReturnType<typeof explore>) => ({ ...rest, violations: violations.map((v) => [v.property, v.points, v.faults, v.report.trace.hash]) })
    const a = explore({ scenario: tiny, seed: 3, bug: "restore-stale-checkpoint", depth: 2 })
    const b = explore({ scenario: tiny, seed: 3, bug: "restore-stale-checkpoint", depth: 2 })
    expect(strip(a)).toEqual(strip(b))
  })

  it("the CLI writes the first violation of each property as a counterexample that replays", async () => {
    const out = mkdtempSync(join(tmpdir(), "explore-"))
    const r = await epochlab("explore", "--scenario", "remus-mini", "--bug", "release-before-ack", "--first", "--json", "--out", out)
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(report).toMatchObject({ scenario: "remus-mini", depth: 1, stoppedEarly: true, violations: [{ property: "output-commit", faults: [] }] })
    expect(report.points).toBeGreaterThan(1000)
    const replay = await epochlab("replay", report.violations[0].file)
    expect(replay.stdout).toContain("reproduced              yes")
  })
})

const key = (f: readonly Fault[]) => JSON.stringify(f)
