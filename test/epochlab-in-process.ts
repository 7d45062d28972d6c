import { spawnSync } from "node:child_process"
import { statSync } from "node:fs"
import { constants } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { format } from "node:util"
import { ensureBundle } from "../scripts/bundle.mjs"

/** What a command printed and the code it exited with. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

type Epochlab = (argv: string[]) => Promise<number>

const dist = join(import.meta.dirname, "..", "dist")
// The bundle users run (dist/cli.js), with its fuzz workers as shipped; vitest leaves dist/ to Node (vitest.config.ts).
// Loaded again when the bundle was rebuilt since (its build stamp in the URL): a swapped dist/ has new chunk names.
let loaded: { stamp: number; run: Promise<Epochlab> } | undefined
const bundled = async (): Promise<Epochlab> => {
  await ensureBundle()
  const stamp = statSync(join(dist, ".built")).mtimeMs
  if (loaded?.stamp !== stamp) {
    const url = `${pathToFileURL(join(dist, "cli.js")).href}?built=${stamp}`
    loaded = { stamp, run: import(url).then((m: { epochlab: Epochlab }) => m.epochlab) }
  }
  return loaded.run
}

const text = (chunk: string | Uint8Array): string => (typeof chunk === "string" ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("utf8"))
let running = false

/**
 * `epochlab ...args` run in the test's process: the bundled command line
 * (src/cli/cli.ts, what bin/epochlab.js runs) with its console and standard
 * streams captured. A process start and the bundle's load cost about 0.4 s
 * of CPU, and a fresh process runs its first simulations cold: 89 of them
 * were a third of the suite's CPU. A throw that is not bad input is a bug:
 * it comes back as exit code 1 with its stack on stderr, as the process
 * would print it, so a test that asks for "one line, no stack trace" sees
 * it. One call at a time (the capture replaces process-wide functions).
 * What only a process shows (the exit code a signal leaves, the bin
 * script's build check, the environment it starts with, the code reaching
 * the shell) is tested with `epochlabProcess`.
 */
export const epochlab = async (...args: string[]): Promise<CliResult> => {
  const run = await bundled()
  if (running) throw new Error("epochlab-in-process: one call at a time (await the one before)")
  running = true
  let stdout = ""
  let stderr = ""
  const saved = { log: console.log, info: console.info, error: console.error, warn: console.warn, out: process.stdout.write, err: process.stderr.write }
  console.log = console.info = (...a: unknown[]) => void (stdout += format(...a) + "\n")
  console.error = console.warn = (...a: unknown[]) => void (stderr += format(...a) + "\n")
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += text(chunk)), true)) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += text(chunk)), true)) as typeof process.stderr.write
  let code: number
  try {
    code = await run(args)
  } catch (e) {
    stderr += `${e instanceof Error ? e.stack : String(e)}\n`
    code = 1
  } finally {
    Object.assign(console, { log: saved.log, info: saved.info, error: saved.error, warn: saved.warn })
    process.stdout.write = saved.out
    process.stderr.write = saved.err
    running = false
  }
  return { code, stdout, stderr }
}

/** `epochlab ...args` as its own process, through bin/epochlab.js as a user runs it; killed by a signal, 128 + its number, as a shell reports it. */
export const epochlabProcess = (args: string[], env?: NodeJS.ProcessEnv): CliResult => {
  const r = spawnSync(process.execPath, ["bin/epochlab.js", ...args], { encoding: "utf8", ...(env ? { env: { ...process.env, ...env } } : {}) })
  const code = r.status ?? (r.signal ? 128 + constants.signals[r.signal] : -1)
  return { code, stdout: r.stdout, stderr: r.stderr }
}
