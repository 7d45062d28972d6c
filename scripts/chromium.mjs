// Where the browser tests find Chromium, and how `npm run test:browser`
// installs it when it is missing (Debian's package: CI machines and this
// one have Debian's archive and no other network).
//
//   node scripts/chromium.mjs            print the executable, or fail saying why
//   node scripts/chromium.mjs --install  the same, installing Debian's chromium first if none is found
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { pathToFileURL } from "node:url"

const candidates = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"]

/** The Chromium executable: $CHROMIUM_PATH if set, else the first candidate on PATH; undefined if none. */
export const findChromium = () => {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined
  for (const name of candidates) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" })
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim()
  }
  return undefined
}

const install = () => {
  const root = process.getuid?.() === 0
  const sudo = !root && spawnSync("sh", ["-c", "command -v sudo"]).status === 0 ? ["sudo", "-n"] : []
  if (!root && !sudo.length) return "not root and no sudo to install it with"
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
  console.error("epochlab: no Chromium found; installing Debian's chromium package (apt-get install chromium)")
  if (run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]).status === 0) return undefined
  // A fresh machine may have no package lists yet.
  if (run(["apt-get", "update"]).status !== 0) return "apt-get update failed"
  return run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]).status === 0 ? undefined : "apt-get install chromium failed"
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let path = findChromium()
  let why = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist`
    : "none on PATH (looked for " + candidates.join(", ") + "; set CHROMIUM_PATH to use another)"
  if (!path && process.argv.includes("--install") && !process.env.CHROMIUM_PATH) {
    const failed = install()
    path = findChromium()
    if (failed) why = `${why}, and it could not be installed: ${failed}`
  }
  if (!path) {
    console.error(`epochlab: the browser tests need Chromium: ${why}`)
    process.exit(1)
  }
  console.log(`${path} (${execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()})`)
}
