/**
 * npm run corpus: regenerate fuzz/corpus, one counterexample per planted bug,
 * found by fuzzing the scenario that exercises its mechanism (seed 1, up to
 * 500 runs), shrunk, and stored gzipped. Run it when the trace format or a
 * fact changes (every corpus file must replay to its own hash; test/fuzz.test.ts
 * checks). It replaces the folder's contents; a bug not found fails loudly.
 */
import { readdirSync, rmSync } from "node:fs"
import { ensureWritableDir, writeFileAtomic } from "../src/io/atomic-write.ts"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { campaign } from "./campaign.ts"
import { toCounterexample } from "./counterexample.ts"
import { bugs, bugScenario } from "../src/bugs/bugs.ts"
import { findScenario } from "../src/scenario/builtin.ts"
import { PROJECT_ROOT } from "../src/project-root.ts"
import { describeFault, describeFaults } from "../src/faults/schedule.ts"

const dir = join(PROJECT_ROOT, "fuzz", "corpus")
const found: Array<{ name: string; body: Buffer }> = []
for (const b of bugs) {
  const scenario = findScenario(bugScenario(b.name))!
  const r = campaign({ scenario, seed: 1, bug: b.name, runs: 500 })
  const v = r.violations[0]
  if (!v) {
    console.error(`corpus: ${b.name} not found in 500 runs of ${scenario.name}`)
    process.exit(1)
  }
  const cx = toCounterexample(v, b.name)
  const name = `${cx.property}-${b.name}-${cx.scenario}-seed${cx.seed}-${cx.traceHash.slice(0, 8)}.json.gz`
  found.push({ name, body: gzipSync(JSON.stringify(cx) + "\n", { level: 9 }) })
  console.log(`corpus: ${b.name}: ${cx.property} after ${v.runsToFind} runs, shrunk to ${describeFaults(v.shrunkFaults)}`)
}
ensureWritableDir(dir, "corpus")
for (const f of readdirSync(dir)) if (f.endsWith(".json.gz") || f.endsWith(".json")) rmSync(join(dir, f))
for (const { name, body } of found) writeFileAtomic(join(dir, name), body)
console.log(`corpus: ${found.length} counterexamples in ${dir}`)
