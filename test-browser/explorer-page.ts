import { mkdirSync, writeFileSync } from "node:fs"
import { basename, join, relative } from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { readCounterexample } from "../fuzz/counterexample.ts"
import { explorerData } from "../src/viz/explorer/explorer-data.ts"
import { nearestPassing } from "../src/viz/explorer/nearest-passing.ts"
import { explorerPage } from "../src/viz/explorer/page.ts"
import { findChromium } from "../scripts/chromium.mjs"

const root = join(import.meta.dirname, "..")
/** Where screenshots go: CI keeps the folder as an artifact. */
export const ARTIFACTS = join(root, "artifacts")

/** Chromium, or a failure that says why: a browser test never passes by finding no browser. */
export const launch = (): Promise<Browser> => {
  const executablePath = findChromium()
  if (!executablePath) throw new Error("no Chromium found (looked on PATH for chromium, chromium-browser, google-chrome; set CHROMIUM_PATH): run `npm run test:browser`, which installs Debian's chromium")
  // No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath, args: ["--no-sandbox"] })
}

/** Write a counterexample's explorer page (as `show --format html` does) into artifacts/ and return its path. */
export const writeExplorer = (path: string): string => {
  const cx = readCounterexample(path)
  const html = explorerPage(explorerData(cx, relative(root, path), nearestPassing(cx)))
  mkdirSync(ARTIFACTS, { recursive: true })
  const file = join(ARTIFACTS, basename(path).replace(/\.json(\.gz)?$/, ".html"))
  writeFileSync(file, html)
  return file
}

/** Open a page and collect its script errors: a page that throws fails its test. */
export const open = async (browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  const errors: string[] = []
  page.on("pageerror", (e) => errors.push(String(e)))
  page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined))
  await page.goto(url)
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 })
  return { page, errors }
}
