import { describe, expect, it } from "vitest"
import { softPageSafety } from "../properties/soft-page-safety.ts"
import { SoftPageFilter } from "../src/epoch/soft-page-filter.ts"
import { PAGE_SIZE } from "../src/memory/page-hash.ts"
import { remusSoftPages } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import { applyVariant } from "../src/scenario/variant.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import type { Observation } from "../src/sim/observations.ts"
import { factsOf } from "./helpers.ts"
import { epochlab } from "./epochlab-in-process.ts"

const short: Scenario = { ...remusSoftPages, durationUs: 1_100_000 }
const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)
const pages = (...p: number[]) => ({ indices: Int32Array.from(p), data: new Uint8Array(p.length * PAGE_SIZE) })

describe("the soft-page filter", () => {
  it("sends every dirty page, and keeps a page dirtied since the hint hard until a newer hint", () => {
    const f = new SoftPageFilter(8)
    expect(f.filter(pages(1, 2)).soft).toEqual(new Int32Array(0)) // no hint yet: nothing is soft
    f.receiveHint([3, 4, 5])
    const k = f.filter(pages(4, 6)) // page 4 was clean at the hint, then written
    expect([...k.pages.indices]).toEqual([4, 6])
    expect([...k.soft]).toEqual([3, 5])
    expect([...f.filter(pages()).soft]).toEqual([]) // told once; the stale hint still calls 4 soft: it is not
    f.receiveHint([3, 4])
    expect([...f.filter(pages()).soft]).toEqual([4]) // a newer hint: now 4 may go (3 went already)
    expect([...f.filter(pages(3)).soft]).toEqual([]) // 3 sent again: held again...
    expect([...f.filter(pages()).soft]).toEqual([]) // ...and dirtied since the hint, so not soft until the next one
  })

  it("with the planted bug it withholds dirty pages the hint calls soft", () => {
    const f = new SoftPageFilter(8, true)
    f.receiveHint([3, 4])
    expect([...f.filter(pages(4, 6)).pages.indices]).toEqual([6])
  })
})

describe("soft pages in the protocol", () => {
  it("the backup holds fewer pages than the guest has, and every property holds", () => {
    const r = runScenario(short, 1)
    expect(failed(r)).toEqual([])
    const held = factsOf(r.trace.facts, "apply").map((f) => f.heldPages ?? remusSoftPages.host.pages)
    expect(Math.min(...held)).toBeLessThan(remusSoftPages.host.pages * 0.9)
  })

  it.each([600_000, 830_000, 1_000_000])("after a primary crash at %i us the dropped pages are rebuilt from storage and match the checkpoint", (atUs) => {
    const r = runScenario(short, 1, [{ kind: "crash", host: "primary", atUs }])
    expect(failed(r)).toEqual([])
    const [rebuilt] = factsOf(r.trace.facts, "soft-rebuilt")
    expect(rebuilt.pages).toBeGreaterThan(100)
  })

  it.each(["xbzrle", "similarity"] as const)("with %s compression the encoder forgets what the backup dropped (deltas stay exact)", (compressor) => {
    const s = applyVariant(short, { compressor })
    const r = runScenario(s, 1, [{ kind: "crash", host: "primary", atUs: 830_000 }])
    expect(failed(r)).toEqual([])
    expect(factsOf(r.trace.facts, "soft-rebuilt")[0].pages).toBeGreaterThan(100)
  })

  it("skip-dirty-soft-pages is caught at the checkpoint that withholds a dirty page, and after failover by the restored state", () => {
    const bad = runScenario(short, 1, [], "skip-dirty-soft-pages")
    expect(bad.verdicts.find((v) => v.property === "soft-page-safety")!.witness?.message).toMatch(/carries \d+ pages, the guest dirtied \d+/)
    const crash = runScenario(short, 1, [{ kind: "crash", host: "primary", atUs: 830_000 }], "skip-dirty-soft-pages")
    expect(crash.verdicts.find((v) => v.property === "failover-consistency")!.ok).toBe(false)
  })

  it("soft pages rebuilt into a state the primary never checkpointed fail soft-page-safety", () => {
    let at = 0
    const fact = (f: Record<string, unknown>) => ({ t: at * 10, at: at++, ...f }) as unknown as Observation
    const facts = [
      fact({ kind: "capture", host: "primary", epoch: 5, pages: 3, pauseUs: 1, digest: "d5", releasedThrough: 4 }),
      fact({ kind: "checkpoint-sent", epoch: 5, bytes: 100, messages: 3, pages: 3 }),
      fact({ kind: "restore", epoch: 5, digest: "other", streams: {} }),
      fact({ kind: "soft-rebuilt", epoch: 5, pages: 12, heldPages: 90 }),
    ]
    const run = (fs: Observation[]) => softPageSafety.check({ scenario: short, faults: [], trace: { events: [], facts: fs, hash: "" } as never })
    expect(run(facts).witness?.message).toMatch(/12 soft pages rebuilt/)
    facts[2] = fact({ kind: "restore", epoch: 5, digest: "d5", streams: {} })
    expect(run(facts).ok).toBe(true)
  })
})

describe("epochlab experiment soft-pages", () => {
  it("prints five rows; filtering saves what the page cache holds, and recovery starts cold", async () => {
    const r = await epochlab("experiment", "soft-pages", "--json")
    expect(r.code, r.stderr).toBe(0)
    const o = JSON.parse(r.stdout)
    expect(o.experiment).toBe("soft-pages")
    expect(o.rows.map((x: { bufferCacheRatio: number }) => x.bufferCacheRatio)).toEqual([0.1, 0.3, 0.5, 0.7, 0.9])
    for (const x of o.rows) {
      expect(Object.keys(x)).toEqual(["bufferCacheRatio", "backupBytesFiltered", "backupBytesFull", "reduction", "replicationBytes", "hintBytes", "recoveryUs", "recoveryUsUnfiltered", "primariesPerBackup"])
      // The backup drops most of the cache (not the hot pages written since the last hint), never more than it.
      expect(x.reduction).toBeGreaterThan(x.bufferCacheRatio - 0.1)
      expect(x.reduction).toBeLessThan(x.bufferCacheRatio)
      expect(x.recoveryUs).toBeGreaterThan(x.recoveryUsUnfiltered)
    }
    expect(o.rows[4].primariesPerBackup).toBeGreaterThan(o.rows[0].primariesPerBackup)
  }, 120_000)
})
