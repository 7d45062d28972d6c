#!/usr/bin/env node
// npm test: the type check (tsc --noEmit) and the test suite (vitest run) side by side, so the
// check's ten seconds overlap the suite's start-up instead of coming before it. Arguments go to
// vitest. Fails when either fails; the check's findings are printed once it ends.
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

/** A package's command-line script, as npm ci installed it beside this project. */
const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url))
const run = (script, args, output) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [bin(script), ...args], { stdio: ["ignore", output, output] })
    let captured = ""
    if (output === "pipe") for (const stream of [child.stdout, child.stderr]) stream.on("data", (d) => (captured += d))
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), captured }))
  })

const typecheck = run("typescript/bin/tsc", ["--noEmit", "-p", "."], "pipe")
const suite = run("vitest/vitest.mjs", ["run", ...process.argv.slice(2)], "inherit")
const [tsc, vitest] = await Promise.all([typecheck, suite])
if (tsc.code !== 0) process.stderr.write(`\nnpm test: the type check failed (tsc --noEmit):\n${tsc.captured}`)
else console.log("npm test: the type check passed (tsc --noEmit)")
process.exit(tsc.code !== 0 ? tsc.code : vitest.code)
