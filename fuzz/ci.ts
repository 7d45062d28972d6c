/**
 * npm run fuzz:ci [-- SECONDS]: the CI campaign. Splits a time box (default
 * 180 s, or FUZZ_CI_SECONDS) evenly over every built-in scenario, fuzzes the
 * correct protocol (half of a scenario's share at its own size, half as a
 * swarm over its ranges when it declares them), writes any counterexample
 * into ./counterexamples and exits 1 if one was found. The seed is printed
 * so a failure can be rerun.
 *
 * Every core works (FUZZ_CI_WORKERS, default the machine's parallelism): the
 * scenarios are dealt round-robin to worker threads, and each worker splits
 * the whole box over the scenarios it holds, so the box keeps its length and
 * each scenario gets about workers times the time.
 * The report comes in scenario order whatever the workers' pace.
 *
 * Then `explore --depth 1` over remus-mini: every fault point of the fast
 * scenario, systematically (about 12 s), with its coverage.
 */
import { availableParallelism } from "node:os"
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads"
import { campaign, type CampaignCoverage } from "./campaign.ts"
import { campaignWorkerLimits } from "./campaign-heap.ts"
import { coverageReport, mergeCoverage } from "./coverage-report.ts"
import { ensureWritableDir } from "../src/io/atomic-write.ts"
import { toCounterexample, writeCounterexample } from "./counterexample.ts"
import { scenarios } from "../src/scenario/builtin.ts"
import { describeFaults } from "../src/faults/schedule.ts"
import { describeSize } from "../src/scenario/swarm.ts"
import { explore } from "./explore.ts"

/** What a worker reports of one scenario's campaigns, in its lines. */
interface ScenarioReport {
  scenario: string
  lines: string[]
  failed: boolean
  coverage: CampaignCoverage[]
}

interface Job {
  names: string[]
  shareMs: number
  seed: number
}

/** Fuzz the named scenarios, each for `shareMs` (split between plain and swarm). */
const fuzzScenarios = ({ names, shareMs, seed }: Job): ScenarioReport[] =>
  names.map((name) => {
    const scenario = scenarios.find((s) => s.name === name)!
    const passes = scenario.swarm ? [false, true] : [false]
    const lines: string[] = []
    const coverage: CampaignCoverage[] = []
    let failed = false
    for (const swarm of passes) {
      const r = campaign({ scenario, seed, timeMs: shareMs / passes.length, swarm })
      coverage.push(r.coverage)
      const line = `fuzz:ci ${scenario.name}${swarm ? " (swarm)" : ""}: ${r.runs} runs (${r.simulated} simulated) in ${(r.elapsedMs / 1000).toFixed(1)} s (seed ${seed})`
      if (r.violations.length === 0) {
        lines.push(`${line}: no violation`)
        continue
      }
      failed = true
      for (const v of r.violations) {
        const file = writeCounterexample("counterexamples", toCounterexample(v, undefined))
        lines.push(`${line}: ${v.property} VIOLATED by ${describeFaults(v.shrunkFaults)}${v.size ? ` at ${describeSize(v.size)}` : ""}`)
        lines.push(`  written ${file}; replay: npx epochlab replay ${file}`)
      }
    }
    return { scenario: name, lines, failed, coverage }
  })

if (!isMainThread) {
  parentPort!.postMessage(fuzzScenarios(workerData as Job))
} else {
  const seconds = Number(process.argv[2] ?? process.env.FUZZ_CI_SECONDS ?? 180)
  const seed = Number(process.env.FUZZ_SEED ?? 1)
  const workers = Math.max(1, Math.min(scenarios.length, Number(process.env.FUZZ_CI_WORKERS ?? availableParallelism())))
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error(`fuzz:ci: expected a positive number of seconds, got "${process.argv[2] ?? process.env.FUZZ_CI_SECONDS}"`)
    process.exit(2)
  }
  if (!Number.isSafeInteger(workers)) {
    console.error(`fuzz:ci: FUZZ_CI_WORKERS: expected a whole number, got "${process.env.FUZZ_CI_WORKERS}"`)
    process.exit(2)
  }
  ensureWritableDir("counterexamples", "fuzz:ci")
  // Each worker holds at most ceil(scenarios / workers) of them: the box is split over that many.
  const shareMs = (seconds * 1000) / Math.ceil(scenarios.length / workers)
  const names = scenarios.map((s) => s.name)
  const dealt = Array.from({ length: workers }, (_, w) => names.filter((_, i) => i % workers === w))
  console.log(`fuzz:ci: ${scenarios.length} scenarios on ${workers} worker${workers === 1 ? "" : "s"}, ${(shareMs / 1000).toFixed(1)} s each (seed ${seed})`)
  const script = new URL(import.meta.url)
  const execArgv = import.meta.url.endsWith(".ts") ? ["--import", "tsx"] : []
  const reports = (
    await Promise.all(
      dealt.map(
        (group) =>
          new Promise<ScenarioReport[]>((resolve, reject) => {
            const w = new Worker(script, { workerData: { names: group, shareMs, seed } satisfies Job, execArgv, resourceLimits: campaignWorkerLimits })
            w.once("message", resolve)
            w.once("error", reject)
            w.once("exit", (code) => reject(new Error(`fuzz:ci: a worker exited (code ${code}) before reporting`)))
          }),
      ),
    )
  ).flat()
  let failed = false
  for (const name of names) {
    const r = reports.find((x) => x.scenario === name)!
    for (const l of r.lines) console.log(l)
    failed ||= r.failed
  }
  // What every scenario's campaigns together exercised.
  console.log(coverageReport(mergeCoverage(reports.flatMap((r) => r.coverage))))
  failed = explorePass(seed) || failed
  console.log(failed ? "fuzz:ci: 1 failed" : `fuzz:ci: ${scenarios.length} passed, 0 failed; explore remus-mini passed`)
  process.exit(failed ? 1 : 0)
}

/** Every depth-1 fault point of remus-mini; true if a property failed (its counterexamples written). */
function explorePass(seed: number): boolean {
  const scenario = scenarios.find((s) => s.name === "remus-mini")!
  const r = explore({ scenario, seed, depth: 1 })
  console.log(`explore remus-mini, depth 1 (seed ${seed}): ${r.points} fault points, ${r.runs} runs, ${r.pruned} pruned, ${(r.elapsedMs / 1000).toFixed(1)} s: ${r.violations.length ? "VIOLATED" : "no violation"}`)
  for (const v of r.violations) {
    const file = writeCounterexample("counterexamples", toCounterexample(v, undefined))
    console.log(`  ${v.property} VIOLATED at ${v.points} points, first by ${describeFaults(v.faults)}; written ${file}; replay: npx epochlab replay ${file}`)
  }
  console.log(coverageReport(r.coverage))
  return r.violations.length > 0
}
