import { createServer } from "node:net"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "vitest"
import { spawn } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import { setTimeout as sleep } from "node:timers/promises"
import { epochlab } from "./epochlab-in-process.ts"

/**
 * The real CLI against bad input and interruptions: every bad input is one
 * line on stderr with exit 2 and no stack trace (the bundled command line,
 * run in this process); an interrupted or killed campaign (its own process,
 * signalled) leaves either no counterexample or a whole one, and the
 * violation it found whenever it found one.
 */

const tmp = (what: string) => mkdtempSync(join(tmpdir(), `epochlab-${what}-`))

const oneLine = (r: { stderr: string }) => {
  const lines = r.stderr.trim().split("\n").filter((l) => l.length > 0)
  expect(lines, r.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^epochlab: /)
  expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
  return lines[0]
}

const schedule = (faults: unknown[]) => {
  const file = join(tmp("faults"), "s.json")
  writeFileSync(file, JSON.stringify({ format: "epochlab-faults", version: 1, faults }))
  return file
}

const corpusFile = () => {
  const dir = join("fuzz", "corpus")
  return join(dir, readdirSync(dir).find((f) => f.startsWith("output-commit"))!)
}

/** A corpus counterexample, edited by `edit`, written as a plain JSON file. */
const edited = (edit: (cx: Record<string, unknown>) => void) => {
  const cx = JSON.parse(gunzipSync(readFileSync(corpusFile())).toString("utf8"))
  edit(cx)
  const file = join(tmp("cx"), "cx.json")
  writeFileSync(file, JSON.stringify(cx))
  return file
}

describe("bad input: one line, exit 2, no stack trace", () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ["fuzz --out under /proc", () => ["fuzz", "--out", "/proc/x", "--runs", "1"], /--out: cannot create \/proc\/x/],
    ["fuzz --out under a file", () => ["fuzz", "--out", "/dev/null/x", "--runs", "1"], /--out: \/dev\/null is not a folder/],
    ["run --trace under /proc", () => ["run", "--trace", "/proc/x/t.json"], /--trace: cannot create \/proc\/x/],
    ["run --trace that is a folder", () => ["run", "--trace", tmpdir()], /--trace: .* is a folder/],
    ["a crash past the run's end", () => ["run", "--crash", "primary@99999999"], /can never act: it acts at 99999999 ms, at or after the run's end \(2000 ms\)/],
    ["a crash at 1e25 ms", () => ["run", "--crash", "primary@1e25"], /--crash: expected primary@MS/],
    ["a fault naming client-9", () => ["run", "--faults", schedule([{ kind: "client-drop", client: "client-9", direction: "to-vm", nth: 1 }])], /remus-basic has one client/],
    ["an nth of 1e15", () => ["run", "--faults", schedule([{ kind: "link-drop", direction: "both", nth: 1e15 }])], /carries at most \d+ messages/],
    ["a crash at an epoch the run never reaches", () => ["run", "--faults", schedule([{ kind: "crash-at", host: "primary", point: "after-capture", epoch: 5000 }])], /at most 81 epochs/],
    ["--runs 99999999999999999999", () => ["fuzz", "--runs", "99999999999999999999"], /--runs: expected an integer from 1 to/],
    ["--seed 4294967296", () => ["run", "--seed", "4294967296"], /--seed: expected an integer from 0 to 4294967295/],
    ["--seed -1", () => ["run", "--seed", "-1"], /--seed: negative numbers are not allowed here, got "-1"/],
    ["--vms on a one-VM scenario", () => ["run", "--vms", "2"], /--vms/],
    ["--engine nope", () => ["run", "--engine", "nope"], /--engine: expected one of/],
    ["--swarm on a scenario without ranges", () => ["fuzz", "--swarm", "--scenario", "remus-consolidated", "--runs", "1"], /declares no swarm ranges/],
    ["replay of a file whose fault names client-9", () => ["replay", edited((cx) => (cx.shrunkFaults = [{ kind: "client-drop", client: "client-9", direction: "to-vm", nth: 1 }]))], /shrunkFaults "drop client-9 .*" can never act/],
    ["show of a file with malformed events", () => ["show", edited((cx) => ((cx.trace as { events: unknown[] }).events = [[1, 2]]))], /trace\.events\[0\]: expected \[i, t, actor, type, summary, state\]/],
    ["show of a file whose facts are numbers", () => ["show", edited((cx) => ((cx.trace as { facts: unknown[] }).facts = [1, 2, 3]))], /trace\.facts\[0\]: expected an object/],
    ["show of a file without a witness message", () => ["show", edited((cx) => delete (cx.witness as Record<string, unknown>).message)], /witness: expected \{at, t, message\}/],
    ["replay of a seed out of range", () => ["replay", edited((cx) => (cx.seed = -1))], /seed: expected an integer from 0 to 4294967295/],
    ["show of a file whose witness is past the trace", () => ["show", edited((cx) => ((cx.witness as { at: number }).at = 1e9)), "--format", "html"], /witness\.at: 1000000000 is not an event of the trace \(it has \d+\)/],
    ["show --format mermaid --open", () => ["show", corpusFile(), "--format", "mermaid", "--open"], /--open: serves the html page; --format mermaid cannot be served/],
    ["show --port without --open", () => ["show", corpusFile(), "--port", "8080"], /--port: only with --open/],
    ["show --open --port 70000", () => ["show", corpusFile(), "--open", "--port", "70000"], /--port: expected an integer from 1 to 65535/],
  ]
  it.each(cases)("%s", async (_, args, message) => {
    const r = await epochlab(...args())
    expect(r.code, r.stderr).toBe(2)
    expect(oneLine(r)).toMatch(message)
  })

  it("show --open on a port already taken: one line, exit 2", async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    try {
      const port = (server.address() as AddressInfo).port
      const r = await epochlab("show", corpusFile(), "--open", "--port", String(port))
      expect(r.code, r.stderr).toBe(2)
      expect(oneLine(r)).toMatch(new RegExp(`--port ${port}: cannot listen on 127\\.0\\.0\\.1 \\(EADDRINUSE\\)`))
    } finally {
      server.close()
    }
  })

  it("--seed 4294967295 runs as that seed", async () => {
    const r = await epochlab("run", "--scenario", "remus-mini", "--seed", "4294967295", "--json")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).seed).toBe(4294967295)
  })
})

describe("a campaign whose journal cannot be written", () => {
  it("fails the command: its threads stop, its signal handlers are taken back", async () => {
    const out = tmp("gone")
    const handlers = () => [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]
    const before = handlers()
    const running = epochlab("fuzz", "--scenario", "remus-mini", "--runs", "1000000", "--out", out)
    // The folder goes once the first journal is written (every half second of search); the next write fails.
    const journal = join(out, "journal-remus-mini-seed1.json")
    for (let i = 0; i < 600 && !existsSync(journal); i++) await sleep(50)
    rmSync(out, { recursive: true })
    const r = await running
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/ENOENT/)
    expect(handlers()).toEqual(before)
  })
})

describe("exit codes that mean one thing", () => {
  it("replay: 3 when the trace hash differs, 1 when reproduced and a property fails; another version only warns", async () => {
    expect((await epochlab("replay", corpusFile())).code).toBe(1)
    const changed = await epochlab("replay", edited((cx) => (cx.traceHash = "0".repeat(64))))
    expect(changed.code).toBe(3)
    expect(changed.stdout).toMatch(/reproduced\s+NO/)
    const older = await epochlab("replay", edited((cx) => (cx.epochlab = "0.0.1")))
    expect(older.code).toBe(1)
    expect(older.stderr).toMatch(/^epochlab: warning: .* was written by epochlab 0\.0\.1/)
  })

  it("a schedule of 100,000 faults runs, and its summary line stays short", async () => {
    const faults = Array.from({ length: 100_000 }, (_, i) => ({ kind: "link-delay", direction: "both", atUs: i % 1_900_000, durationUs: 10, extraUs: 1 }))
    const r = await epochlab("run", "--scenario", "remus-mini", "--faults", schedule(faults.map((f) => ({ ...f, atUs: f.atUs % 400_000 }))))
    expect(r.stdout.split("\n")[0].length).toBeLessThan(600)
    expect(r.stdout.split("\n")[0]).toMatch(/and 99994 more/)
  })

  it("scenarios: names and descriptions in aligned columns", async () => {
    const lines = (await epochlab("scenarios")).stdout.trim().split("\n")
    const column = lines[0].search(/ [A-Z]/) + 1
    for (const l of lines) expect(l[column - 1], l).toBe(" ")
  })
})

/**
 * Start a campaign; resolves with its exit code and what it left in its out folder. On two threads
 * whatever the machine (the suite sets EPOCHLAB_WORKERS=1): a signal must find the workers' path whole too.
 */
const campaign = (args: string[]) => {
  const out = tmp("kill")
  const child = spawn(process.execPath, ["bin/epochlab.js", "fuzz", "--workers", "2", ...args, "--out", out], { stdio: ["ignore", "pipe", "pipe"] })
  let stderr = ""
  child.stderr.on("data", (d) => (stderr += d))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
  /** Every counterexample file left must be whole: it parses, and it is a violation (the campaign's journal is not one). */
  const files = () =>
    readdirSync(out)
      .filter((f) => f.endsWith(".json") && !f.startsWith("journal-"))
      .map((f) => JSON.parse(readFileSync(join(out, f), "utf8")) as { property: string; format: string })
  return { child, exited, files, stderr: () => stderr }
}

describe("nothing found is lost", () => {
  // ack-before-complete on remus-basic, seed 1: found after a couple of dozen runs (about a second), then shrunk.
  const args = ["--bug", "ack-before-complete", "--seed", "1", "--runs", "500"]

  it("SIGKILL during the search, before anything is found: no file", async () => {
    const c = campaign(["--scenario", "remus-mini", "--runs", "1000000", "--seed", "3"])
    await sleep(1500)
    c.child.kill("SIGKILL")
    await c.exited
    expect(c.files()).toEqual([])
  })

  it("SIGKILL at any moment of a campaign that finds a violation: no file, or a whole one, and the violation once found", async () => {
    // Kills timed from the campaign's own report that it wrote the violation (not from the clock, which a loaded machine stretches):
    // just before it (the write itself, or the run that finds it), as it is reported, and during the shrink.
    for (const after of [-30, 0, 100]) {
      const c = campaign(args)
      const t0 = performance.now()
      let reported = -1
      // Up to 40 s: a loaded machine (CI's two cores shared by two test files) may take long to find it.
      for (let i = 0; i < 8000 && reported < 0; i++) {
        if (/violation found/.test(c.stderr())) reported = performance.now() - t0
        else await sleep(5)
      }
      expect(reported).toBeGreaterThan(0)
      // A negative delay kills a second campaign of the same seed (deterministic) that long before the first one reported.
      let k = c
      if (after < 0) {
        c.child.kill("SIGKILL")
        await c.exited
        k = campaign(args)
        await sleep(Math.max(0, reported + after))
      } else await sleep(after)
      k.child.kill("SIGKILL")
      await k.exited
      const files = k.files()
      expect(files.length).toBeLessThanOrEqual(1)
      for (const cx of files) {
        expect(cx.format).toBe("epochlab-counterexample")
        expect(cx.property).toBe("failover-consistency")
      }
      if (after >= 0) expect(files).toHaveLength(1) // reported, so on disk
    }
  }, 240_000)

  it("SIGINT after the violation was found: it is on disk, one line says where, exit 1", async () => {
    const c = campaign([...args, "--max-faults", "3"])
    // Wait for the moment it is written (the line on stderr when it is not a terminal), then interrupt the shrink.
    for (let i = 0; i < 1600 && !/violation found/.test(c.stderr()); i++) await sleep(25)
    c.child.kill("SIGINT")
    const { code } = await c.exited
    const found = c.files()
    if (code === 1 && /interrupted/.test(c.stderr())) {
      expect(found).toHaveLength(1)
      expect(c.stderr()).toMatch(/interrupted after \d+ runs .* failover-consistency was violated: .*\.json \(not shrunk\)/)
    } else expect(found.length).toBeGreaterThanOrEqual(1) // it finished before the signal
  }, 90_000)

  it("SIGINT before anything is found: exit 130, one line", async () => {
    const c = campaign(["--scenario", "remus-mini", "--runs", "1000000"])
    await sleep(1500)
    c.child.kill("SIGINT")
    const { code } = await c.exited
    expect(code).toBe(130)
    expect(c.stderr()).toMatch(/^epochlab fuzz: interrupted after \d+ runs \([\d.]+ s\); no violation found$/m)
    expect(c.files()).toEqual([])
  }, 60_000)
})
