import { describe, expect, it } from "vitest"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { bugs } from "../src/bugs/bugs.ts"

const epochlab = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/epochlab.js", ...args], { encoding: "utf8" })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("epochlab CLI", () => {
  it("--help works with no build step", () => {
    const r = epochlab("--help")
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Usage: epochlab <command>/)
  })

  it("run --json prints the documented object, every verdict pass", () => {
    const r = epochlab("run", "--json")
    expect(r.code).toBe(0)
    const o = JSON.parse(r.stdout)
    expect(Object.keys(o)).toEqual(["scenario", "seed", "traceHash", "verdicts", "metrics"])
    expect(o.scenario).toBe("remus-basic")
    expect(Object.values(o.verdicts).every((v) => v === "pass")).toBe(true)
    expect(Object.keys(o.metrics)).toEqual(["epochsCommitted", "replicationBytes", "dirtyPages", "meanPauseUs", "meanOutputDelayUs", "clientBytes", "failover"])
    expect(o.metrics.failover).toBeNull()
  })

  it("run --crash primary@1000 fails over; the same seed twice gives the same hash; --trace writes the trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "epochlab-"))
    const file = join(dir, "t.json")
    const a = epochlab("run", "--crash", "primary@1000", "--json", "--check-determinism", "--trace", file)
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

  it("exits 1 when a property fails", () => {
    const r = epochlab("run", "--bug", "release-before-ack", "--json")
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
  ])("bad input %j: one line, exit 2, no stack trace", (args, message) => {
    const r = epochlab(...(args as string[]))
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    const lines = r.stderr.trim().split("\n").filter((l) => !l.includes("npm warn"))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
    expect(lines[0]).toMatch(/^epochlab: /)
  })

  it("lists scenarios and bugs", () => {
    expect(epochlab("scenarios").stdout).toMatch(/^remus-basic/m)
    expect(epochlab("bugs").stdout.trim().split("\n")).toHaveLength(bugs.length)
  })

  it("fuzz finds a planted bug, writes a counterexample that replays and shows both ways", () => {
    const out = mkdtempSync(join(tmpdir(), "epochlab-cx-"))
    const f = epochlab("fuzz", "--bug", "release-before-ack", "--runs", "1000", "--seed", "1", "--json", "--out", out)
    expect(f.code).toBe(1)
    const o = JSON.parse(f.stdout)
    expect(Object.keys(o)).toEqual(["runs", "simulated", "elapsedMs", "coverage", "violations"])
    expect(o.violations[0].property).toBe("output-commit")
    const file = o.violations[0].file
    expect(existsSync(file)).toBe(true)
    const r = epochlab("replay", file, "--json")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).reproduced).toBe(true)
    const text = epochlab("show", file)
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/output-commit violated/)
    expect(text.stdout).toMatch(/^>> /m)
    const mermaid = epochlab("show", file, "--format", "mermaid")
    expect(mermaid.stdout).toMatch(/^---\ntitle: .*\n---\nsequenceDiagram/)
    expect(mermaid.stdout).toMatch(/rect rgb/)
    const html = epochlab("show", file, "--format", "html")
    expect(html.stdout).toMatch(/^<!doctype html>/)
    expect(html.stdout).toMatch(/<script type="application\/json" id="data">/)
    expect(html.stdout).toMatch(/the counterexample without|the same schedule on the correct protocol|no passing neighbour/)
  })

  it("fuzz on the correct protocol exits 0", () => {
    const r = epochlab("fuzz", "--runs", "3", "--seed", "7", "--json", "--out", mkdtempSync(join(tmpdir(), "epochlab-cx-")))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ runs: 3, violations: [] })
  })

  it("a corrupt or foreign counterexample, or a bad fault schedule: one line, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "epochlab-bad-"))
    const cases: Array<[string, string, RegExp]> = [
      ["garbage.json", "{not json", /not JSON/],
      ["foreign.json", JSON.stringify({ hello: 1 }), /not an epochlab counterexample/],
      ["faults.json", JSON.stringify({ format: "epochlab-faults", version: 1, faults: [{ kind: "crash", host: "nobody", atUs: 1 }] }), /faults\[0\]\.host/],
    ]
    for (const [name, body, message] of cases) {
      const file = join(dir, name)
      writeFileSync(file, body)
      const r = name === "faults.json" ? epochlab("run", "--faults", file) : epochlab("replay", file)
      expect(r.code).toBe(2)
      const lines = r.stderr.trim().split("\n").filter((l) => !l.includes("npm warn"))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(message)
    }
    expect(epochlab("show", join(dir, "nope.json")).code).toBe(2)
    expect(epochlab("fuzz", "--runs", "5", "--time", "5").code).toBe(2)
  })
})
