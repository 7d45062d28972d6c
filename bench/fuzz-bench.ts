/**
 * npm run bench:fuzz [-- --json]: how fast the fuzzer is and how fast it finds
 * the planted bugs, from the bundled build, each measurement in a child
 * process of its own, one per core.
 *
 * Rates (correct protocol, seed 1, after a warm-up campaign): fuzz runs per
 * second on one core, and how many of them were simulated (a schedule drawn
 * again is judged from memory), on remus-basic, remus-mini, a swarm campaign
 * over remus-mini's ranges, and remus-spec (real TCP). Measured one at a
 * time with the other cores idle (two measurements side by side slow each
 * other by a fifth to a quarter: shared cache and memory bandwidth), in
 * ROUNDS rounds, reported as the median with the slowest and fastest round
 * (this machine's speed drifts by 10 to 20% from minute to minute).
 *
 * Bugs: for each planted bug and each search strategy (random: fast-check's
 * draws; pct: the same with priorities for same-instant events; coverage:
 * fuzz/guided-campaign.ts), over seeds 1..10 (budget 500
 * runs each), the median runs and wall seconds to the first counterexample
 * and the median size of the shrunk schedule.
 */
import { spawn } from "node:child_process"
import { cpus } from "node:os"
import { GCProfiler } from "node:v8"
import { campaign } from "../fuzz/campaign.ts"
import { guidedCampaign } from "../fuzz/guided-campaign.ts"
import { bugs, isBugName, bugScenario } from "../src/bugs/bugs.ts"
import { findScenario } from "../src/scenario/builtin.ts"
import { selfArgs } from "./self.ts"
import { CAMPAIGN_SEMI_SPACE_MB } from "../fuzz/campaign-heap.ts"

const SEEDS = 10
const BUDGET = 500
const ROUNDS = 3

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const strategies = { random: campaign, coverage: guidedCampaign, pct: (o: Parameters<typeof campaign>[0]) => campaign({ ...o, strategy: "pct" }) } as const
type Strategy = keyof typeof strategies

const measureBug = (bug: string, strategy: Strategy) => {
  if (!isBugName(bug)) throw new Error(`unknown bug ${bug}`)
  const found = []
  for (let seed = 1; seed <= SEEDS; seed++) {
    const r = strategies[strategy]({ scenario: findScenario(bugScenario(bug))!, seed, bug, runs: BUDGET })
    const v = r.violations[0]
    if (v) found.push({ runs: v.runsToFind, seconds: v.msToFind / 1000, shrunk: v.shrunkFaults.length, property: v.property })
  }
  return {
    bug,
    strategy,
    scenario: bugScenario(bug),
    found: `${found.length}/${SEEDS}`,
    medianRuns: median(found.map((f) => f.runs)),
    medianSeconds: +median(found.map((f) => f.seconds)).toFixed(2),
    medianShrunkFaults: median(found.map((f) => f.shrunk)),
    properties: [...new Set(found.map((f) => f.property))],
  }
}

/** The campaigns whose rate is measured: scenario, swarm or not, runs. */
const rates = {
  "remus-basic": { scenario: "remus-basic", swarm: false, runs: 300 },
  "remus-mini": { scenario: "remus-mini", swarm: false, runs: 4000 },
  "swarm (remus-mini ranges)": { scenario: "remus-mini", swarm: true, runs: 3000 },
  "remus-spec": { scenario: "remus-spec", swarm: false, runs: 30 },
} as const

/**
 * The machine's speed at the moment: nanoseconds per step of a fixed loop of
 * integer arithmetic (xorshift), timed beside each rate. This machine's
 * speed drifts (the same build measured 1.8 times slower within the hour);
 * rates taken at different times compare only with their calibrations.
 */
const calibrationNs = (): number => {
  const steps = 20_000_000
  let x = 1
  const t0 = performance.now()
  for (let i = 0; i < steps; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
  }
  const ns = ((performance.now() - t0) * 1e6) / steps
  return x === 0 ? -1 : +ns.toFixed(3)
}

const measureRate = (name: keyof typeof rates) => {
  const { scenario: s, swarm, runs } = rates[name]
  const scenario = findScenario(s)!
  campaign({ scenario, seed: 99, runs: Math.ceil(runs / 10), swarm }) // warm-up: JIT
  const before = calibrationNs()
  const gc = new GCProfiler()
  gc.start()
  const r = campaign({ scenario, seed: 1, runs, swarm })
  const collections = gc.stop().statistics
  const seconds = r.elapsedMs / 1000
  const calibration = +((before + calibrationNs()) / 2).toFixed(3)
  return { campaign: name, runs: r.runs, simulated: r.simulated, seconds, runsPerSecond: +(r.runs / seconds).toFixed(1), simulatedPerSecond: +(r.simulated / seconds).toFixed(1), calibrationNs: calibration, gc: gcSummary(collections, seconds) }
}

/**
 * What the collector cost during a campaign: its share of the wall time, how
 * many scavenges, and what one left in the young generation on average (a
 * campaign's finished runs are garbage: a few hundred KB is the run in
 * progress; megabytes mean finished runs are being kept alive, as they once
 * were: docs/performance.md, change 13).
 */
const gcSummary = (collections: ReturnType<GCProfiler["stop"]>["statistics"], seconds: number) => {
  const young = collections.filter((c) => c.gcType === "Scavenge")
  const survived = young.map((c) => c.afterGC.heapSpaceStatistics.find((s) => s.spaceName === "new_space")?.spaceUsedSize ?? 0)
  const costMs = collections.reduce((sum, c) => sum + c.cost, 0) / 1000
  return {
    share: +(costMs / 1000 / seconds).toFixed(3),
    scavenges: young.length,
    fullCollections: collections.length - young.length,
    scavengeSurvivorsKB: young.length ? Math.round(survived.reduce((a, b) => a + b, 0) / young.length / 1024) : 0,
  }
}

type Rate = ReturnType<typeof measureRate>
/** A rate over the rounds: the median round's figures, with the slowest and fastest runs per second. */
type RateRow = Rate & { rounds: number[] }

const medianRound = (rounds: Rate[]): RateRow => {
  const sorted = [...rounds].sort((a, b) => a.runsPerSecond - b.runsPerSecond)
  return { ...sorted[(sorted.length - 1) >> 1], rounds: sorted.map((r) => r.runsPerSecond) }
}
type BugRow = ReturnType<typeof measureBug>

const args = process.argv.slice(2)
if (args[0] === "--one") {
  const task = args[1]
  const [bug, strategy] = task.split("@")
  process.stdout.write(JSON.stringify(task.startsWith("rate:") ? measureRate(task.slice(5) as keyof typeof rates) : measureBug(bug, strategy as Strategy)) + "\n")
} else {
  const only = args.includes("--rates-only")
  const bugTasks = bugs.flatMap((b) => Object.keys(strategies).map((st) => `${b.name}@${st}`))
  const results: Record<string, unknown> = {}
  const one = (t: string) =>
    new Promise<unknown>((resolve, reject) => {
      // Each measurement's process gets the young generation `epochlab fuzz` gives its campaign threads.
      const p = spawn(process.execPath, [`--max-semi-space-size=${CAMPAIGN_SEMI_SPACE_MB}`, ...selfArgs(import.meta.url), "--one", t], { stdio: ["ignore", "pipe", "inherit"] })
      let buf = ""
      p.stdout.on("data", (d) => (buf += d))
      p.on("close", (code) => (code === 0 ? resolve(JSON.parse(buf.trim().split("\n").pop()!)) : reject(new Error(`bench:fuzz ${t} exited ${code}`))))
    })
  // Rates: one measurement at a time, round after round.
  const rounds = new Map<string, Rate[]>()
  for (let round = 0; round < ROUNDS; round++)
    for (const r of Object.keys(rates)) rounds.set(r, [...(rounds.get(r) ?? []), (await one(`rate:${r}`)) as Rate])
  // Bugs: one measurement per core.
  const queue = only ? [] : [...bugTasks]
  const worker = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) results[t] = await one(t)
  }
  await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, worker))
  const machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version }
  const rateRows = Object.keys(rates).map((r) => medianRound(rounds.get(r)!))
  const bugRows = only ? [] : bugTasks.map((t) => results[t] as BugRow)
  if (args.includes("--json")) console.log(JSON.stringify({ bench: "fuzz", machine, rates: rateRows, bugs: bugRows }))
  else {
    console.log(`epochlab bench:fuzz: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}`)
    console.log(`fuzz runs per second on one core (correct protocol, seed 1; one at a time, median of ${ROUNDS} rounds [slowest, fastest]):`)
    for (const r of rateRows)
      console.log(
        `  ${r.campaign.padEnd(28)} ${String(r.runsPerSecond).padStart(7)} runs/s  [${r.rounds[0]}, ${r.rounds[r.rounds.length - 1]}]  (${r.simulatedPerSecond} simulated/s: ${r.simulated} of ${r.runs} distinct; calibration ${r.calibrationNs} ns/step; GC ${(100 * r.gc.share).toFixed(1)}%, ${r.gc.scavenges} scavenges leaving ${r.gc.scavengeSurvivorsKB} KB)`,
      )
    if (!only) {
      console.log(`planted bugs, seeds 1..${SEEDS}, budget ${BUDGET} runs, per strategy: median runs / wall seconds to the first counterexample, median shrunk faults`)
      for (const r of bugRows)
        console.log(`  ${r.bug.padEnd(26)} ${r.strategy.padEnd(8)} found ${r.found.padEnd(6)} runs ${String(r.medianRuns).padStart(5)}  ${String(r.medianSeconds).padStart(6)} s  shrunk ${r.medianShrunkFaults}  (${r.properties.join(", ")})`)
    }
  }
}
