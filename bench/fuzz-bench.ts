/**
 * npm run bench:fuzz [-- --json]: how fast the fuzzer is and how fast it finds
 * the planted bugs. Fuzz runs per second on one core (remus-basic, correct
 * protocol, 40 runs); for each planted bug, over seeds 1..10: the median runs
 * and wall seconds to the first counterexample, and the median size of the
 * shrunk schedule. Work is spread over child processes, one per core, each
 * measuring on its own core.
 */
import { spawn } from "node:child_process"
import { cpus } from "node:os"
import { selfArgs } from "./self.ts"
import { campaign } from "../fuzz/campaign.ts"
import { bugs, isBugName, bugScenario } from "../src/bugs/bugs.ts"
import { findScenario, remusBasic } from "../src/scenario/builtin.ts"

const SEEDS = 10
const BUDGET = 500

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const measureBug = (bug: string) => {
  if (!isBugName(bug)) throw new Error(`unknown bug ${bug}`)
  const found = []
  for (let seed = 1; seed <= SEEDS; seed++) {
    const r = campaign({ scenario: findScenario(bugScenario(bug))!, seed, bug, runs: BUDGET })
    const v = r.violations[0]
    if (v) found.push({ runs: v.runsToFind, seconds: v.msToFind / 1000, shrunk: v.shrunkFaults.length, property: v.property })
  }
  const props = [...new Set(found.map((f) => f.property))]
  return {
    bug,
    found: `${found.length}/${SEEDS}`,
    medianRuns: median(found.map((f) => f.runs)),
    medianSeconds: +median(found.map((f) => f.seconds)).toFixed(2),
    medianShrunkFaults: median(found.map((f) => f.shrunk)),
    properties: props,
  }
}

const measureRate = () => {
  campaign({ scenario: remusBasic, seed: 99, runs: 5 }) // warm-up
  const r = campaign({ scenario: remusBasic, seed: 1, runs: 40 })
  return { task: "rate", runs: r.runs, seconds: r.elapsedMs / 1000, runsPerSecond: +(r.runs / (r.elapsedMs / 1000)).toFixed(2) }
}

const args = process.argv.slice(2)
if (args[0] === "--one") {
  process.stdout.write(JSON.stringify(args[1] === "rate" ? measureRate() : measureBug(args[1])) + "\n")
} else {
  const tasks = ["rate", ...bugs.map((b) => b.name)]
  const results: Record<string, unknown> = {}
  const worker = async () => {
    for (let t = tasks.shift(); t; t = tasks.shift()) {
      const out = await new Promise<string>((resolve, reject) => {
        const p = spawn(process.execPath, [...selfArgs(import.meta.url), "--one", t], { stdio: ["ignore", "pipe", "inherit"] })
        let buf = ""
        p.stdout.on("data", (d) => (buf += d))
        p.on("close", (code) => (code === 0 ? resolve(buf) : reject(new Error(`bench:fuzz ${t} exited ${code}`))))
      })
      results[t] = JSON.parse(out.trim().split("\n").pop()!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, worker))
  const machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version }
  const rate = results.rate as ReturnType<typeof measureRate>
  const rows = bugs.map((b) => results[b.name] as ReturnType<typeof measureBug>)
  if (args.includes("--json")) console.log(JSON.stringify({ bench: "fuzz", machine, runsPerSecondPerCore: rate.runsPerSecond, bugs: rows }))
  else {
    console.log(`epochlab bench:fuzz: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}`)
    console.log(`fuzz runs per second per core (remus-basic, correct protocol): ${rate.runsPerSecond}`)
    console.log(`planted bugs, seeds 1..${SEEDS}, budget ${BUDGET} runs: median runs / wall seconds to the first counterexample, median shrunk faults`)
    for (const r of rows)
      console.log(`  ${r.bug.padEnd(26)} found ${r.found.padEnd(6)} runs ${String(r.medianRuns).padStart(5)}  ${String(r.medianSeconds).padStart(6)} s  shrunk ${r.medianShrunkFaults}  (${r.properties.join(", ")})`)
  }
}
