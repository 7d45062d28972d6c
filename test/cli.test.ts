import { describe, expect, it } from "vitest"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
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
    expect(Object.keys(o.metrics)).toEqual(["epochsCommitted", "replicationBytes", "meanPauseUs", "meanOutputDelayUs", "clientBytes", "failover"])
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
})
