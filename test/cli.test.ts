import { describe, expect, it } from "vitest"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { bugs } from "../src/bugs/bugs.ts"
import { epochlab, epochlabProcess } from "./epochlab-in-process.ts"

describe("epochlab CLI", () => {
  it("as a process, through bin/epochlab.js with no build step: --help exits 0, a failing property 1, bad input 2 with one line", () => {
    const r = epochlabProcess(["--help"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Usage: epochlab <command>/)
    const failing = epochlabProcess(["run", "--scenario", "remus-mini", "--bug", "release-before-ack", "--json"])
    expect(failing.code).toBe(1)
    expect(JSON.parse(failing.stdout).verdicts["output-commit"]).toBe("fail")
    const bad = epochlabProcess(["run", "--scenario", "nope"])
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^epochlab: unknown scenario "nope"/)])
  })

  it("--help, help CMD and --version", async () => {
    expect((await epochlab("--help")).stdout).toMatch(/Usage: epochlab <command>/)
    expect((await epochlab("help", "fuzz")).stdout).toMatch(/--workers N/)
    expect((await epochlab("--version")).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it("run --json prints the documented object, every verdict pass", async () => {
    const r = await epochlab("run", "--json")
    expect(r.code).toBe(0)
    const o = JSON.parse(r.stdout)
    expect(Object.keys(o)).toEqual(["scenario", "seed", "traceHash", "verdicts", "metrics"])
    expect(o.scenario).toBe("remus-basic")
    expect(Object.values(o.verdicts).every((v) => v === "pass")).toBe(true)
    expect(Object.keys(o.metrics)).toEqual(["epochsCommitted", "replicationBytes", "dirtyPages", "meanPauseUs", "meanOutputDelayUs", "clientBytes", "failover"])
    expect(o.metrics.failover).toBeNull()
  })

  it("run --crash primary@1000 fails over; the same seed twice gives the same hash; --trace writes the trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "epochlab-"))
    const file = join(dir, "t.json")
    const a = await epochlab("run", "--crash", "primary@1000", "--json", "--check-determinism", "--trace", file)
    expect(a.code).toBe(0)
    const o = JSON.parse(a.stdout)
    expect(o.metrics.failover.restoredEpoch).toBeGreaterThan(0)
    expect(o.metrics.failover.resumedAtUs).toBeGreaterThan(o.metrics.failover.detectedAtUs)
    expect(Object.values(o.verdicts).every((v) => v === "pass")).toBe(true)
    expect(o.determinism.same).toBe(true)
    const trace = JSON.parse(readFileSync(file, "utf8"))
    expect(trace.traceHash).toBe(o.traceHash)
    expect(trace.events.length).toBeGreaterThan(1000)
  })

  it("exits 1 when a property fails", async () => {
    const r = await epochlab("run", "--bug", "release-before-ack", "--json")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).verdicts["output-commit"]).toBe("fail")
  })

  it.each([
    [["run", "--scenario", "nope"], /unknown scenario "nope"/],
    [["run", "--seed", "x1"], /--seed/],
    [["run", "--crash", "primary"], /--crash/],
    [["run", "--frobnicate"], /Unknown option '--frobnicate'/],
    [["run", "--bug", "nope"], /unknown bug/],
    [["launch"], /unknown command "launch"/],
  ])("bad input %j: one line, exit 2, no stack trace", async (args, message) => {
    const r = await epochlab(...(args as string[]))
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    const lines = r.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
    expect(lines[0]).toMatch(/^epochlab: /)
  })

  it("lists scenarios and bugs", async () => {
    expect((await epochlab("scenarios")).stdout).toMatch(/^remus-basic/m)
    expect((await epochlab("bugs")).stdout.trim().split("\n")).toHaveLength(bugs.length)
  })

  it("fuzz finds a planted bug, writes a counterexample that replays and shows both ways", async () => {
    const out = mkdtempSync(join(tmpdir(), "epochlab-cx-"))
    const f = await epochlab("fuzz", "--bug", "release-before-ack", "--runs", "1000", "--seed", "1", "--json", "--out", out)
    expect(f.code).toBe(1)
    const o = JSON.parse(f.stdout)
    expect(Object.keys(o)).toEqual(["runs", "simulated", "elapsedMs", "coverage", "violations"])
    expect(o.violations[0].property).toBe("output-commit")
    const file = o.violations[0].file
    expect(existsSync(file)).toBe(true)
    const r = await epochlab("replay", file, "--json")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).reproduced).toBe(true)
    const text = await epochlab("show", file)
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/output-commit violated/)
    expect(text.stdout).toMatch(/^>> /m)
    const mermaid = await epochlab("show", file, "--format", "mermaid")
    expect(mermaid.stdout).toMatch(/^---\ntitle: .*\n---\nsequenceDiagram/)
    expect(mermaid.stdout).toMatch(/rect rgb/)
    const html = await epochlab("show", file, "--format", "html")
    expect(html.stdout).toMatch(/^<!doctype html>/)
    expect(html.stdout).toMatch(/<script type="application\/json" id="data">/)
    expect(html.stdout).toMatch(/the counterexample without|the same schedule on the correct protocol|no passing neighbour/)
  })

  it("fuzz on the correct protocol exits 0", async () => {
    const r = await epochlab("fuzz", "--runs", "3", "--seed", "7", "--json", "--out", mkdtempSync(join(tmpdir(), "epochlab-cx-")))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ runs: 3, violations: [] })
  })

  it("a corrupt or foreign counterexample, or a bad fault schedule: one line, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "epochlab-bad-"))
    const cases: Array<[string, string, RegExp]> = [
      ["garbage.json", "{not json", /not JSON/],
      ["foreign.json", JSON.stringify({ hello: 1 }), /not an epochlab counterexample/],
      ["faults.json", JSON.stringify({ format: "epochlab-faults", version: 1, faults: [{ kind: "crash", host: "nobody", atUs: 1 }] }), /faults\[0\]\.host/],
    ]
    for (const [name, body, message] of cases) {
      const file = join(dir, name)
      writeFileSync(file, body)
      const r = name === "faults.json" ? await epochlab("run", "--faults", file) : await epochlab("replay", file)
      expect(r.code).toBe(2)
      const lines = r.stderr.trim().split("\n")
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(message)
    }
    expect((await epochlab("show", join(dir, "nope.json"))).code).toBe(2)
    expect((await epochlab("fuzz", "--runs", "5", "--time", "5")).code).toBe(2)
  })
})
