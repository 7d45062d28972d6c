// The bundled build: every command-line entry point and its dependencies in
// dist/, so the CLI starts in a fraction of a second and runs faster than
// through tsx's loader. Built by `npm ci` (the prepare script) and rebuilt by
// bin/epochlab.js whenever a source file is newer than the bundle, so there is
// never a build step to remember and never a stale bundle.
//
//   node scripts/bundle.mjs            build if stale
//   node scripts/bundle.mjs --force    build
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { setTimeout as sleep } from "node:timers/promises"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const out = join(root, "dist")
const stamp = join(out, ".built")

/** The entry points: name in dist/ -> source. */
export const entries = {
  epochlab: "src/cli/main.ts",
  // The command line as a function (no process around it), for the tests that run it in theirs (test/epochlab-in-process.ts).
  cli: "src/cli/cli.ts",
  "fuzz-worker": "src/cli/fuzz-worker.ts",
  "fuzz-ci": "fuzz/ci.ts",
  bench: "bench/bench.ts",
  "fuzz-bench": "bench/fuzz-bench.ts",
  corpus: "fuzz/regenerate-corpus.ts",
}

const SOURCES = ["src", "machines", "properties", "fuzz", "bench", "scripts", "package.json", "package-lock.json"]

const newest = (path) => {
  const s = statSync(path, { throwIfNoEntry: false })
  if (!s) return 0
  if (!s.isDirectory()) return s.mtimeMs
  let m = s.mtimeMs
  for (const e of readdirSync(path)) if (e !== "corpus") m = Math.max(m, newest(join(path, e)))
  return m
}

export const isFresh = () => {
  const built = statSync(stamp, { throwIfNoEntry: false })
  return built !== undefined && SOURCES.every((s) => newest(join(root, s)) <= built.mtimeMs)
}

/**
 * Effect gives every fiber that suspends a Node AsyncResource (and runs its
 * resumption inside it), so AsyncLocalStorage values follow a fiber across
 * an await. epochlab's fibers run on the kernel's synchronous scheduler, on
 * virtual time, and nothing in epochlab reads async context; the resource
 * per suspension was a tenth of a swarm campaign's time (A/B: 194 -> 222
 * runs/s). The bundle builds Effect without it; the build fails if the line
 * it replaces is not there (an Effect upgrade must look at this again).
 * Tests that import the sources (through vitest, not this bundle) get the same
 * from test/setup-effect.ts, which hides AsyncResource from Effect's lookup
 * while Effect is first evaluated; the CLI tests run this bundle (dist/cli.js).
 */
const noFiberAsyncContext = {
  name: "no-fiber-async-context",
  setup(build) {
    build.onLoad({ filter: /[\\/]effect[\\/]dist[\\/]internal[\\/]effect\.js$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8")
      const capture = 'new AsyncResource("effect/Fiber")'
      if (!source.includes(capture)) throw new Error(`bundle: ${path} no longer has ${capture}; see noFiberAsyncContext in scripts/bundle.mjs`)
      return { contents: source.replace(capture, "undefined"), loader: "js" }
    })
  },
}

export const build = async () => {
  const esbuild = await import("esbuild")
  const tmp = `${out}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  await esbuild.build({
    entryPoints: entries,
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    // esbuild (the explorer bundles its page script with it) runs its own binary from node_modules.
    external: ["esbuild"],
    target: "node20",
    sourcemap: true,
    logLevel: "error",
    absWorkingDir: root,
    // Some dependencies are CommonJS and require() Node's modules.
    banner: { js: "import { createRequire as __epochlabRequire } from 'node:module'; const require = __epochlabRequire(import.meta.url);" },
    plugins: [noFiberAsyncContext],
  })
  writeFileSync(join(tmp, ".built"), new Date().toISOString() + "\n")
  // Swap the whole folder in at once: a concurrent reader sees the old bundle or the new one.
  const old = `${out}.old-${process.pid}`
  mkdirSync(out, { recursive: true })
  renameSync(out, old)
  renameSync(tmp, out)
  rmSync(old, { recursive: true, force: true })
}

/** Build if stale; one process builds at a time (a lock folder), the others wait for its bundle. */
export const ensureBundle = async () => {
  const lock = `${out}.lock`
  for (let waited = 0; !isFresh(); waited += 50) {
    try {
      mkdirSync(lock)
    } catch {
      // Someone else is building; a lock left by a builder that died is taken over after a minute.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 60_000) rmSync(lock, { recursive: true, force: true })
      await sleep(50)
      continue
    }
    try {
      if (!isFresh()) await build()
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--force")) await build()
  else await ensureBundle()
}
