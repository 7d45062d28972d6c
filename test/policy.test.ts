import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { policies, type PolicyKind, type PolicyObservation } from "../src/policy/index.ts"
import { runScenario } from "../src/run/run.ts"
import { sleepUs } from "../src/sim/effect-runtime.ts"
import { factsOf, shortBasic } from "./helpers.ts"

/**
 * The checkpoint-policy seam (src/policy): a policy sees the primary through
 * one observation interface. These check that what it sees is what happened,
 * and that a policy built only on it steers the run.
 */
describe("checkpoint policy seam", () => {
  const scenario = shortBasic(1_000_000)

  it("what a policy observes before checkpoint k is what the run then did", () => {
    const seen: PolicyObservation[] = []
    const r = runScenario(scenario, 3, [], undefined, {
      // The fixed policy, looking once before each checkpoint.
      customPolicy: (view) => ({ awaitCheckpoint: () => sleepUs(scenario.host.epochUs).pipe(Effect.tap(() => Effect.sync(() => seen.push(view.observe())))) }),
    })
    expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
    const captures = factsOf(r.trace.facts, "capture")
    const sent = factsOf(r.trace.facts, "checkpoint-sent")
    const acks = factsOf(r.trace.facts, "ack-received")
    expect(seen.length).toBeGreaterThan(30)
    for (const o of seen) {
      const capture = captures.find((c) => c.epoch === o.epoch)!
      // The dirty log the policy saw is the one the capture then copied (the guest runs lazily: the view catches it up).
      expect(o.dirtyPages, `epoch ${o.epoch}`).toBe(capture.pages)
      expect(o.now).toBe(capture.t)
      expect(o.dirtyPagesPerSecond).toBeCloseTo((o.dirtyPages * 1e6) / (o.now - o.epochStartedAt), 6)
      // The last pause it knows is the previous capture's.
      expect(o.lastPauseUs).toBe(captures.find((c) => c.epoch === o.epoch - 1)!.pauseUs)
      // Sent by then and not yet acknowledged (acknowledgements are cumulative).
      const ackedThrough = Math.max(-1, ...acks.filter((a) => a.t <= o.now).map((a) => a.epoch))
      expect(o.unackedCheckpoints).toBe(sent.filter((c) => c.t <= o.now && c.epoch > ackedThrough).length)
      // What the link has shown: the newest checkpoint acknowledged by then, its bytes over send-to-ack.
      const lastAck = acks.filter((a) => a.t <= o.now).at(-1)
      if (!lastAck) expect(o.linkBytesPerSecond).toBeUndefined()
      else {
        const s = sent.find((c) => c.epoch === lastAck.epoch)!
        expect(o.lastTransferUs).toBe(lastAck.t - s.t)
        // Sent to an idle link: its own transfer; queued behind others: what the link delivered between acknowledgements.
        const before = acks.filter((a) => a.t < lastAck.t).at(-1)
        if (!before || before.t <= s.t) expect(o.linkBytesPerSecond).toBeCloseTo((s.bytes * 1e6) / (lastAck.t - s.t), 6)
        // Under a backlog it is an average over acknowledgements, which a transfer overlapping an apply can push a little past the link.
        expect(o.linkBytesPerSecond!).toBeLessThanOrEqual(1.2 * scenario.link.bytesPerSecond)
      }
      if (o.heldPackets) expect(o.oldestHeldAt!).toBeGreaterThanOrEqual(o.epochStartedAt - scenario.host.pauseBaseUs - scenario.host.pauseUsPerPage * scenario.host.pages)
    }
    // Clients were served, so some checkpoints held output when their policy looked.
    expect(seen.some((o) => o.heldPackets > 0 && o.heldBytes > 0)).toBe(true)
  })

  it("a policy built only on the view steers when checkpoints happen", () => {
    const threshold = 40
    // Checkpoint once 40 pages are dirty, looking every millisecond, never waiting past the fixed epoch.
    const r = runScenario(scenario, 3, [], undefined, {
      customPolicy: (view) => ({
        awaitCheckpoint: () =>
          Effect.gen(function* () {
            const start = view.observe().now
            while (true) {
              yield* sleepUs(1000)
              const o = view.observe()
              if (o.dirtyPages >= threshold || o.now - start >= scenario.host.epochUs) return
            }
          }),
      }),
    })
    expect(r.verdicts.filter((v) => !v.ok)).toEqual([])
    const captures = factsOf(r.trace.facts, "capture").slice(1)
    const gaps = captures.slice(1).map((c, i) => c.t - captures[i].t)
    // It checkpoints more often than the fixed policy, and each checkpoint carries about the threshold.
    expect(captures.length).toBeGreaterThan(scenario.durationUs / scenario.host.epochUs)
    expect(new Set(gaps).size).toBeGreaterThan(3)
    expect(captures.filter((c) => c.pages >= threshold).length).toBeGreaterThan(captures.length * 0.8)
  })

  it("every registered policy declares a ceiling no shorter than a millisecond", () => {
    for (const p of policies) expect((p as PolicyKind<{ kind: string }>).ceilingUs({ kind: p.kind }, 25_000)).toBeGreaterThanOrEqual(1000)
  })
})
