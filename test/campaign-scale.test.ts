import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { campaign } from "../fuzz/campaign.ts"
import { readJournal } from "../fuzz/journal.ts"
import { Coverage } from "../src/sim/coverage.ts"
import { remusBasic, remusMini } from "../src/scenario/builtin.ts"
import { epochlab, epochlabProcess } from "./epochlab-in-process.ts"

const tmp = () => mkdtempSync(join(tmpdir(), "epochlab-scale-"))

describe("sharded campaigns", () => {
  it("the shards of a campaign judge exactly its runs, and cover what it covers", () => {
    const whole = campaign({ scenario: remusMini, seed: 5, runs: 90 })
    const shards = [0, 1, 2].map((index) => campaign({ scenario: remusMini, seed: 5, runs: 90, shard: { index, count: 3 } }))
    expect(shards.map((s) => s.runs)).toEqual([30, 30, 30])
    const merged = new Coverage()
    for (const s of shards) merged.merge(s.coverage.machines)
    expect(merged.report()).toEqual(whole.coverage.machines)
  })

  it("the first violation is the one with the lowest run index on any shard: the unsharded campaign's, the same schedule", () => {
    const o = { scenario: remusBasic, seed: 1, bug: "ack-before-complete" as const, runs: 60, shrink: false }
    const whole = campaign(o).violations[0]
    const found = [0, 1].flatMap((index) => campaign({ ...o, shard: { index, count: 2 } }).violations)
    const first = found.sort((a, b) => a.runIndex - b.runIndex)[0]
    expect(first.runIndex).toBe(whole.runIndex)
    expect(first.faults).toEqual(whole.faults)
  })

  it("epochlab merge of two shards' journals reports the unsharded campaign's runs and coverage", async () => {
    const dir = tmp()
    for (const k of ["1/2", "2/2"]) expect((await epochlab("fuzz", "--scenario", "remus-mini", "--runs", "120", "--shard", k, "--out", dir)).code).toBe(0)
    const whole = JSON.parse((await epochlab("fuzz", "--scenario", "remus-mini", "--runs", "120", "--out", tmp(), "--json")).stdout)
    const merged = JSON.parse((await epochlab("merge", dir, "--json")).stdout)
    expect(merged.shards).toBe(2)
    expect(merged.complete).toBe(true)
    expect(merged.runs).toBe(whole.runs)
    expect(merged.coverage).toEqual(whole.coverage)
    expect((await epochlab("merge", dir, join(dir, "journal-remus-mini-seed1-shard1of2.json"))).stderr).toMatch(/shard 1 twice/)
    expect((await epochlab("fuzz", "--shard", "3/2")).stderr).toMatch(/--shard: expected K\/N/)
  })
})

describe("a campaign on several threads", () => {
  it("fuzz --workers 2 and --workers 1 with one seed give the same first counterexample, and without one the same runs and coverage", async () => {
    const bug = async (w: string) => JSON.parse((await epochlab("fuzz", "--scenario", "remus-mini", "--bug", "ack-before-complete", "--runs", "100", "--workers", w, "--out", tmp(), "--json")).stdout).violations[0]
    const [one, two] = [await bug("1"), await bug("2")]
    expect(two.runsToFind).toBe(one.runsToFind)
    expect(two.shrunkFaults).toEqual(one.shrunkFaults)
    expect(two.file.split("/").pop()).toBe(one.file.split("/").pop()) // named by its trace hash
    const calm = async (w: string) => JSON.parse((await epochlab("fuzz", "--scenario", "remus-mini", "--runs", "200", "--workers", w, "--out", tmp(), "--json")).stdout)
    const [a, b] = [await calm("1"), await calm("2")]
    expect(b.runs).toBe(a.runs)
    expect(b.coverage).toEqual(a.coverage)
  })
})

describe("the default number of threads", () => {
  it("is EPOCHLAB_WORKERS when set (the journal says how many searched), and a bad value is one line, exit 2", () => {
    const dir = tmp()
    const withEnv = (value: string, ...args: string[]) => epochlabProcess(args, { EPOCHLAB_WORKERS: value })
    expect(withEnv("2", "fuzz", "--scenario", "remus-mini", "--runs", "20", "--out", dir).code).toBe(0)
    expect(readJournal(join(dir, "journal-remus-mini-seed1.json")).campaign.workers).toBe(2)
    const bad = withEnv("many", "fuzz", "--scenario", "remus-mini", "--runs", "20", "--out", tmp())
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toBe('epochlab: EPOCHLAB_WORKERS: expected an integer from 1 to 256, got "many"')
  })
})

describe("resumable campaigns", () => {
  it("a campaign SIGKILLed mid-search and resumed from its journal ends as the uninterrupted one", async () => {
    const dir = tmp()
    // Two threads whatever the machine (the suite sets EPOCHLAB_WORKERS=1): the journal then holds each worker's search.
    const args = ["fuzz", "--scenario", "remus-mini", "--runs", "800", "--seed", "2", "--workers", "2"]
    const child = spawn(process.execPath, ["bin/epochlab.js", ...args, "--out", dir], { stdio: "ignore" })
    const journal = join(dir, "journal-remus-mini-seed2.json")
    // Killed once the journal shows some runs judged (its own report, not the clock), well before the end.
    for (let i = 0; i < 400 && !(existsSync(journal) && readJournal(journal).nextIndex > 0); i++) await new Promise((r) => setTimeout(r, 50))
    child.kill("SIGKILL")
    await new Promise((r) => child.on("exit", r))
    const killedAt = readJournal(journal)
    expect(killedAt.done).toBe(false)
    expect(killedAt.nextIndex).toBeGreaterThan(0)
    expect(killedAt.nextIndex).toBeLessThan(800)
    const resumed = await epochlab("fuzz", "--resume", dir, "--json")
    expect(resumed.code).toBe(0)
    const whole = await epochlab(...args, "--out", tmp(), "--json")
    const [a, b] = [JSON.parse(resumed.stdout), JSON.parse(whole.stdout)]
    expect(a.runs).toBe(b.runs)
    expect(a.coverage).toEqual(b.coverage)
    expect(JSON.parse(readFileSync(journal, "utf8")).done).toBe(true)
    expect((await epochlab("fuzz", "--resume", dir)).stdout).toMatch(/already ended/)
    expect((await epochlab("fuzz", "--resume", dir, "--runs", "5")).stderr).toMatch(/drop --runs/)
  })
})
