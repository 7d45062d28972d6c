#!/usr/bin/env node
// npm run test:order: write test/file-seconds.json (what test/sequencer.ts orders the suite by) from
// vitest's record of the last full run (node_modules/.vite/vitest/*/results.json). Run it after
// `npm test` when test files were added or their weight changed a lot.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const cacheDir = join(root, "node_modules", ".vite", "vitest")
let dirs = []
try {
  dirs = readdirSync(cacheDir)
} catch {
  console.error(`test-order: no vitest results under ${cacheDir}: run npm test first`)
  process.exit(2)
}
const seconds = {}
for (const d of dirs) {
  const { results } = JSON.parse(readFileSync(join(cacheDir, d, "results.json"), "utf8"))
  // vitest's record keeps files that were deleted since: only the suite's files now.
  for (const [key, r] of results)
    if (key.startsWith(":test/") && !r.failed && existsSync(join(root, key.slice(1)))) seconds[key.slice(1)] = Math.round(r.duration / 100) / 10
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([, a], [, b]) => b - a))
writeFileSync(join(root, "test", "file-seconds.json"), JSON.stringify(sorted, null, 2) + "\n")
console.log(`test-order: ${Object.keys(sorted).length} files written to test/file-seconds.json`)
