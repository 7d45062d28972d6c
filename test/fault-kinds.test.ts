import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { faultKinds, kindNamed } from "../src/faults/kinds/index.ts"
import { parseSchedule } from "../src/faults/parse.ts"
import { protocolPoints, schedule, type Fault } from "../src/faults/schedule.ts"

/** Each fault kind is one module (src/faults/kinds); these check that every registered one is whole. */
describe("fault kinds", () => {
  const world = { durationUs: 2_000_000, epochs: 40, clients: 2, transport: "tcp" }

  it.each(faultKinds.map((k) => [k.kind, k] as const))("%s: what it draws has exactly its fields, parses back and describes itself", (_, kind) => {
    for (const f of fc.sample(kind.arbitrary(world) as fc.Arbitrary<Fault>, { numRuns: 50, seed: 7 })) {
      expect(Object.keys(f).sort()).toEqual(["kind", ...Object.keys(kind.fields)].sort())
      expect(parseSchedule(JSON.stringify(schedule([f])), "f.json").faults).toEqual([f])
      expect(kindNamed(f.kind)?.describe(f as never)).toMatch(/\S/)
    }
  })

  it.each(faultKinds.map((k) => [k.kind, k] as const))("%s: has the hook for where it acts", (_, kind) => {
    // A link fault shapes segments as they pass, or (a disconnection) is applied by the injector at its instant, point or event.
    // An RDMA kind acts on queue pairs: the RDMA transport reads it as data (test/rdma.test.ts shows each one acting).
    const injected = Boolean(kind.timed) || Boolean(kind.atPoint) || Boolean(kind.atEvent)
    if (kind.acts === "link") expect(Boolean(kind.link) || injected || Boolean(kind.transports)).toBe(true)
    if (kind.acts === "client") expect(kind.client).toBeTypeOf("function")
    if (kind.acts === "host") expect(injected).toBe(true)
  })

  // A schedule shrinks toward what reads simply: the first point, epoch 1, the first host and direction, the shortest window.
  it.each(faultKinds.filter((k) => "point" in k.fields).map((k) => [k.kind, k] as const))("%s shrinks toward the first point and the earliest epoch", (_, kind) => {
    const r = fc.check(fc.property(kind.arbitrary(world) as fc.Arbitrary<Fault & { epoch: number }>, (f) => f.epoch < 3), { seed: 7 })
    expect(r.failed).toBe(true)
    const simplest = { point: protocolPoints[0], epoch: 3, host: "primary", direction: "both", durationUs: 1_000 }
    const shrunk = r.counterexample![0] as Record<string, unknown>
    expect(shrunk).toEqual(Object.fromEntries(Object.keys(shrunk).map((k) => [k, k === "kind" ? kind.kind : simplest[k as keyof typeof simplest]])))
  })

  it("every kind has its row in docs/faults.md", () => {
    const doc = readFileSync(new URL("../docs/faults.md", import.meta.url), "utf8")
    for (const k of faultKinds) expect(doc, k.kind).toContain(`| \`${k.kind}\` |`)
  })
})
