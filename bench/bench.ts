/**
 * npm run bench [-- --json]: simulation speed and memory.
 * For each workload, runs recording facts only (as a fuzz run does):
 * simulated seconds per wall second, delivered events per
 * second, and the peak resident memory of a process that ran only that
 * workload (each runs in a child process of its own so peaks do not mix).
 */
import { spawnSync } from "node:child_process"
import { cpus } from "node:os"
import { selfArgs } from "./self.ts"
import { machineCost } from "./machine-cost.ts"
import { findScenario } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"

interface Row {
  workload: string
  pages: number
  simulatedSeconds: number
  wallSeconds: number
  simSecondsPerWallSecond: number
  events: number
  eventsPerSecond: number
  peakRssMiB: number
}

const workloads: Array<{ name: string; scenario: string; repeats: number }> = [
  { name: "remus-basic (4096 pages, 2 s)", scenario: "remus-basic", repeats: 5 },
  { name: "remus-mini (256 pages, 0.5 s)", scenario: "remus-mini", repeats: 50 },
  { name: "remus-large (16384 pages, 10 s)", scenario: "remus-large", repeats: 2 },
  { name: "remus-similarity (4096 pages, 2 s, mixed memory, similarity compression)", scenario: "remus-similarity", repeats: 5 },
  { name: "remus-recorded (758 pages, 2 s, python3's memory, similarity)", scenario: "remus-recorded", repeats: 5 },
  { name: "remus-consolidated (3 VMs of 4096 pages on one backup, 2 s)", scenario: "remus-consolidated", repeats: 2 },
  { name: "remus-spec (real TCP, bulk + request/response, speculative ACKs, 2 s)", scenario: "remus-spec", repeats: 2 },
  { name: "remus-racc (as remus-spec, replication-aware congestion control, 2 s)", scenario: "remus-racc", repeats: 2 },
]

const one = (scenarioName: string, repeats: number): Row => {
  const scenario = findScenario(scenarioName)!
  const facts = { record: "facts" } as const // what a fuzz run records
  runScenario(scenario, 1, [], undefined, facts) // warm-up: JIT
  const walls: number[] = []
  let events = 0
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now()
    events = runScenario(scenario, i + 1, [], undefined, facts).eventCount
    walls.push((performance.now() - t0) / 1000)
  }
  const wall = walls.sort((a, b) => a - b)[Math.floor(walls.length / 2)]
  const sim = scenario.durationUs / 1e6
  return {
    workload: scenarioName,
    pages: scenario.host.pages,
    simulatedSeconds: sim,
    wallSeconds: +wall.toFixed(3),
    simSecondsPerWallSecond: +(sim / wall).toFixed(2),
    events,
    eventsPerSecond: Math.round(events / wall),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }
}

const args = process.argv.slice(2)
if (args[0] === "--one") {
  process.stdout.write(JSON.stringify(args[1] === "machine-cost" ? machineCost() : one(args[1], Number(args[2]))) + "\n")
} else {
  const json = args.includes("--json")
  const rows: Row[] = workloads.map((w) => {
    const r = spawnSync(process.execPath, [...selfArgs(import.meta.url), "--one", w.scenario, String(w.repeats)], { encoding: "utf8" })
    if (r.status !== 0) throw new Error(`bench ${w.scenario} failed: ${r.stderr}`)
    return JSON.parse(r.stdout.trim().split("\n").pop()!)
  })
  const machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version }
  const cost = spawnSync(process.execPath, [...selfArgs(import.meta.url), "--one", "machine-cost"], { encoding: "utf8" })
  if (cost.status !== 0) throw new Error(`bench machine-cost failed: ${cost.stderr}`)
  const delivery = JSON.parse(cost.stdout.trim().split("\n").pop()!) as ReturnType<typeof machineCost>
  if (json) console.log(JSON.stringify({ bench: "simulation", machine, rows, delivery }))
  else {
    console.log(`epochlab bench: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}; median wall time, one core`)
    console.log("workload        pages  sim s  wall s  sim s/wall s  events  events/s  peak RSS")
    for (const r of rows)
      console.log(
        `${r.workload.padEnd(14)}${String(r.pages).padStart(7)}${String(r.simulatedSeconds).padStart(7)}${r.wallSeconds.toFixed(2).padStart(8)}` +
          `${r.simSecondsPerWallSecond.toFixed(1).padStart(14)}${String(r.events).padStart(8)}${String(r.eventsPerSecond).padStart(10)}${(r.peakRssMiB + " MiB").padStart(10)}`,
      )
    console.log(`one machine delivery (client takes a segment): XState ${delivery.xstateNs} ns, compiled ${delivery.compiledNs} ns, plain function ${delivery.plainNs} ns`)
  }
}
