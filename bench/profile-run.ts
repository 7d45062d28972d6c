/**
 * A fixed workload to profile: `node --cpu-prof --import tsx bench/profile-run.ts [scenario] [runs] [swarm]`
 * runs a fuzz campaign (seed 1, no shrinking; with `swarm`, sizes drawn too) of that many runs after a warm-up of 5.
 * `bench/profile-summary.ts` turns the .cpuprofile into the breakdown in docs/performance.md.
 */
import { campaign } from "../fuzz/campaign.ts"
import { findScenario } from "../src/scenario/builtin.ts"

const [name = "remus-basic", runs = "20", mode] = process.argv.slice(2)
const swarm = mode === "swarm"
const scenario = findScenario(name)
if (!scenario) throw new Error(`no scenario ${name}`)
campaign({ scenario, seed: 99, runs: 5, shrink: false, swarm })
const t0 = performance.now()
const r = campaign({ scenario, seed: 1, runs: Number(runs), shrink: false, swarm })
const ms = performance.now() - t0
console.log(`${name}${swarm ? " (swarm)" : ""}: ${r.runs} runs in ${(ms / 1000).toFixed(2)} s, ${(r.runs / (ms / 1000)).toFixed(2)} runs/s, ${r.violations.length} violations`)
