#!/usr/bin/env node
// `node bin/run-bundled.mjs NAME [args]`: run entry point NAME of the bundle
// (scripts/bundle.mjs: epochlab, fuzz-ci, bench, fuzz-bench, corpus; not cli, which only exports), rebuilding it
// first if a source is newer. npm run fuzz:ci, bench and bench:fuzz use it.
import { ensureBundle, entries } from "../scripts/bundle.mjs"

const [name, ...args] = process.argv.slice(2)
if (!(name in entries)) {
  console.error(`run-bundled: unknown entry "${name}"; entries: ${Object.keys(entries).join(", ")}`)
  process.exit(2)
}
await ensureBundle()
process.argv = [process.argv[0], new URL(`../dist/${name}.js`, import.meta.url).pathname, ...args]
await import(`../dist/${name}.js`)
