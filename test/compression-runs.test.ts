import { copyFileSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { campaign } from "../fuzz/campaign.ts"
import { readCounterexample, toCounterexample, writeCounterexample } from "../fuzz/counterexample.ts"
import { replay } from "../fuzz/replay.ts"
import { remusBasic, remusRecorded, remusSimilarity, remusXbzrle, remusZero } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { applyVariant, parseMemory, pinRecording, VariantError } from "../src/scenario/variant.ts"
import { factsOf } from "./helpers.ts"
import { epochlab } from "./epochlab-in-process.ts"

const short = (s: Scenario, durationUs = 700_000): Scenario => ({ ...s, durationUs })
const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)

describe("compression in the protocol", () => {
  it.each([remusZero, remusXbzrle, remusSimilarity, remusRecorded])("$name: every property holds with and without a primary crash, and fewer bytes cross the link", (s) => {
    const calm = runScenario(short(s), 3)
    expect(failed(calm)).toEqual([])
    expect(calm.metrics.replicationBytes).toBeLessThan(calm.metrics.dirtyPages * 4096)
    const crash = runScenario(short(s), 3, [{ kind: "crash", host: "primary", atUs: 450_000 }])
    expect(failed(crash)).toEqual([])
    expect(crash.metrics.failover?.restoredEpoch).toBeGreaterThan(0)
    // The property has something to judge: the backup recorded what it decoded.
    expect(factsOf(crash.trace.facts, "apply").every((f) => typeof f.pagesDigest === "string")).toBe(true)
  })

  it("compression-roundtrip fails on a real wrong decode (stale-delta-reference) and holds without the bug", () => {
    const bad = runScenario(short(remusSimilarity, 300_000), 1, [], "stale-delta-reference")
    const verdict = bad.verdicts.find((v) => v.property === "compression-roundtrip")!
    expect(verdict.ok).toBe(false)
    expect(verdict.witness?.message).toMatch(/decoded to digest/)
    expect(runScenario(short(remusSimilarity, 300_000), 1).verdicts.every((v) => v.ok)).toBe(true)
  })

  it("a replayed recording drives the guest: dirty pages every epoch, the same run twice", () => {
    const a = runScenario(short(remusRecorded, 400_000), 5)
    const b = runScenario(short(remusRecorded, 400_000), 5)
    expect(a.trace.hash).toBe(b.trace.hash)
    const captures = factsOf(a.trace.facts, "capture").filter((f) => f.epoch > 0)
    expect(captures.length).toBeGreaterThan(5)
    expect(captures.every((f) => f.pages > 1)).toBe(true) // more than the service's state page
  })

  it("a counterexample on a variant (--memory, --compressor) stores it and replays the same world", () => {
    const variant = { memory: "mixed", compressor: "similarity" } as const
    const scenario = short(applyVariant(remusBasic, variant), 400_000)
    const r = campaign({ scenario, seed: 1, bug: "stale-delta-reference", runs: 10, shrink: false })
    expect(r.violations).toHaveLength(1)
    const dir = mkdtempSync(join(tmpdir(), "epochlab-variant-"))
    const cx = readCounterexample(writeCounterexample(dir, toCounterexample(r.violations[0], "stale-delta-reference", variant)))
    expect(cx.variant).toEqual(variant)
    // The stored scenario is remus-basic at full length: replay runs that world and must fail the same way.
    const again = replay({ ...cx, shrunkFaults: [] })
    expect(again.report.scenario.host.compression.compressor).toBe("similarity")
    expect(again.report.verdicts.find((v) => v.property === "compression-roundtrip")!.ok).toBe(false)
  })
})

describe("recordings in variants", () => {
  it("a trace path is stored absolute and pinned by content: a changed recording is refused, not replayed", () => {
    const file = join(mkdtempSync(join(tmpdir(), "epochlab-rec-")), "r.rec")
    copyFileSync(join(import.meta.dirname, "..", "testdata", "recordings", "gzip.rec"), file)
    const memory = parseMemory(`trace:${file}`)
    expect(memory).toBe(`trace:${file}`)
    const pinned = pinRecording({ memory, compressor: "xbzrle" })
    expect(pinned.recordingSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(applyVariant(remusBasic, pinned).host.pages).toBe(152) // 151 recorded pages + the state page
    expect(() => applyVariant(remusBasic, { ...pinned, recordingSha256: "0".repeat(64) })).toThrow(VariantError)
  })
})

describe("epochlab experiment compression", () => {
  const run = (...args: string[]) => epochlab("experiment", ...args)

  it("prints a row per workload and compressor; the figures follow from the content", async () => {
    const r = await run("compression", "--json", "--epochs", "4", "--min-time-ms", "1", "--recordings", join(import.meta.dirname, "..", "testdata", "recordings"))
    expect(r.code).toBe(0)
    const o = JSON.parse(r.stdout)
    expect(o.experiment).toBe("compression")
    const row = (w: string, c: string) => o.rows.find((x: { workload: string; compressor: string }) => x.workload === w && x.compressor === c)
    const workloads = [...new Set(o.rows.map((x: { workload: string }) => x.workload))]
    expect(workloads.slice(0, 5)).toEqual(["rec:gcc-cc1", "rec:gzip", "rec:node-map", "rec:python-dict", "rec:sort"])
    for (const w of workloads) for (const c of ["none", "zero", "xbzrle", "similarity", "deflate"]) expect(row(w as string, c), `${w} ${c}`).toBeDefined()
    expect(row("zero", "zero").ratio).toBeGreaterThan(100)
    expect(row("random", "similarity").ratio).toBeLessThan(1.01)
    // XBZRLE twice per workload: a quarter of the pages and all of them.
    expect(o.rows.filter((x: { workload: string; compressor: string }) => x.workload === "sparse" && x.compressor === "xbzrle").map((x: { cachePages: number }) => x.cachePages)).toEqual([1024, 4096])
    expect(row("sparse", "none").ratio).toBeLessThan(1)
    expect(row("sparse", "similarity").ratio).toBeGreaterThan(row("sparse", "zero").ratio)
    for (const x of o.rows) expect(Object.keys(x)).toEqual(["workload", "compressor", "ratio", "encodeMBps", "decodeMBps", "hitRate", "zeroRate", "cachePages"])
  })

  it("bad input: one line, exit 2", async () => {
    for (const args of [["nope"], ["compression", "--epochs", "0"], ["compression", "--recordings", "/proc/no-such-folder"]]) {
      const r = await run(...args)
      expect(r.code, args.join(" ")).toBe(2)
      expect(r.stderr.trim().split("\n")).toHaveLength(1)
    }
  })
})
