/**
 * npm run fuzz:ci [-- SECONDS]: the CI campaign. Splits a time box (default
 * 180 s, or FUZZ_CI_SECONDS) evenly over every built-in scenario, fuzzes the
 * correct protocol (half of a scenario's share at its own size, half as a
 * swarm over its ranges when it declares them), writes any counterexample
 * into ./counterexamples and exits 1 if one was found. The seed is printed
 * so a failure can be rerun.
 */
import { campaign } from "./campaign.ts"
import { ensureWritableDir } from "../src/io/atomic-write.ts"
import { toCounterexample, writeCounterexample } from "./counterexample.ts"
import { scenarios } from "../src/scenario/builtin.ts"
import { describeFault, describeFaults } from "../src/faults/schedule.ts"
import { describeSize } from "../src/scenario/swarm.ts"

const seconds = Number(process.argv[2] ?? process.env.FUZZ_CI_SECONDS ?? 180)
const seed = Number(process.env.FUZZ_SEED ?? 1)
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`fuzz:ci: expected a positive number of seconds, got "${process.argv[2] ?? process.env.FUZZ_CI_SECONDS}"`)
  process.exit(2)
}
ensureWritableDir("counterexamples", "fuzz:ci")
const share = (seconds * 1000) / scenarios.length
let failed = false
for (const scenario of scenarios) {
  const passes = scenario.swarm ? [false, true] : [false]
  for (const swarm of passes) {
    const r = campaign({ scenario, seed, timeMs: share / passes.length, swarm })
    const line = `fuzz:ci ${scenario.name}${swarm ? " (swarm)" : ""}: ${r.runs} runs (${r.simulated} simulated) in ${(r.elapsedMs / 1000).toFixed(1)} s (seed ${seed})`
    if (r.violations.length === 0) {
      console.log(`${line}: no violation`)
      continue
    }
    failed = true
    for (const v of r.violations) {
      const file = writeCounterexample("counterexamples", toCounterexample(v, undefined))
      console.log(`${line}: ${v.property} VIOLATED by ${describeFaults(v.shrunkFaults)}${v.size ? ` at ${describeSize(v.size)}` : ""}`)
      console.log(`  written ${file}; replay: npx epochlab replay ${file}`)
    }
  }
}
console.log(failed ? "fuzz:ci: 1 failed" : `fuzz:ci: ${scenarios.length} passed, 0 failed`)
process.exit(failed ? 1 : 0)
