import { spawn } from "node:child_process"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eventsOf, readCounterexample } from "../fuzz/counterexample.ts"
import { corpusEntry } from "../test/corpus-entry.ts"
import { ARTIFACTS, launch, open, writeExplorer } from "./explorer-page.ts"

const NO_FENCE = corpusEntry("no-fence", "remus-basic")
const RELEASE_BEFORE_ACK = corpusEntry("release-before-ack", "remus-basic")
const SPEC = corpusEntry("drop-released-unacked", "remus-spec")

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const textOf = (page: Page, selector: string) => page.locator(selector).first().innerText()

describe("the explorer in Chromium: a corpus counterexample (no-fence: a paused primary keeps serving)", () => {
  const cx = readCounterexample(NO_FENCE)
  const events = eventsOf(cx)
  let page: Page
  let errors: string[]
  beforeAll(async () => {
    ;({ page, errors } = await open(browser, pathToFileURL(writeExplorer(NO_FENCE)).href))
  })

  it("opens on the witness: highlighted on the timeline, selected, its state shown on the chart", async () => {
    const witness = page.locator("#timeline circle.ev.witness")
    await expect(witness.count()).resolves.toBe(1)
    expect(Number(await witness.getAttribute("data-i"))).toBe(cx.witness.at)
    expect(await textOf(page, "#detail h2")).toBe(`Event #${cx.witness.at} (the witness)`)
    expect(await textOf(page, '#detail dd[data-field="state after"]')).toBe(events[cx.witness.at].state)
    await expect(page.locator("#witness-message").innerText()).resolves.toBe(cx.witness.message)
    await expect(page.locator("#timeline .witness-line").count()).resolves.toBe(1)
    // Epoch bands are drawn: the witness's epoch at least has its pause.
    expect(await page.locator("#timeline rect.phase-pause").count()).toBeGreaterThan(0)
  })

  it("a click on another event shows its payload, its facts and its machine's active states", async () => {
    // A backup event drawn in the witness's epoch (the backup taking over).
    const drawn = await page.locator("#timeline circle.ev").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-i"))))
    const i = drawn.filter((j) => events[j].actor === "backup" && j !== cx.witness.at).at(-1)!
    expect(i).toBeDefined()
    await page.locator(`#timeline circle.ev[data-i="${i}"]`).click()
    expect(await textOf(page, "#detail h2")).toBe(`Event #${i}`)
    expect(await textOf(page, '#detail dd[data-field="actor"]')).toBe("backup")
    expect(await textOf(page, '#detail dd[data-field="state after"]')).toBe(events[i].state)
    const active = await page.locator('#detail .chart[data-machine="backup"] .state.active').evaluateAll((els) => els.map((e) => e.getAttribute("data-path")))
    // The deepest active state is the one the trace names.
    expect(active).toContain(events[i].state.split("|")[0])
    expect(await page.locator("#timeline circle.ev.selected").getAttribute("data-i")).toBe(String(i))
    expect(new URL(page.url()).hash).toBe(`#e${i}`)
  })

  it("filters: an actor's lane goes and comes back; a client filter keeps that client's lanes", async () => {
    await page.locator("summary", { hasText: "actors" }).click()
    const backupBox = page.locator('#actor-filters input[data-actor="backup"]')
    await backupBox.uncheck()
    await expect(page.locator('#timeline g.lane[data-actor="backup"]').count()).resolves.toBe(0)
    const backupMarks = await page.locator("#timeline circle.ev").evaluateAll((els, list) => els.filter((e) => list[Number(e.getAttribute("data-i"))] === "backup").length, events.map((e) => e.actor))
    expect(backupMarks).toBe(0)
    await backupBox.check()
    await expect(page.locator('#timeline g.lane[data-actor="backup"]').count()).resolves.toBe(1)
    await page.locator("summary", { hasText: "actors" }).click()
    await page.locator("#client-filter").selectOption("client-1")
    await expect(page.locator('#timeline g.lane[data-actor="client-1"]').count()).resolves.toBe(1)
    await page.locator("#client-filter").selectOption("")
  })

  it("find selects the next event that contains the text, whatever its case", async () => {
    const from = events.findIndex((e) => e.summary.includes("kind=heartbeat")) + 1
    await page.goto(`${page.url().split("#")[0]}#e${from}`)
    await page.reload()
    await page.waitForSelector("body[data-ready=true]")
    await page.locator("#find").fill("kind=HEARTBEAT")
    await page.locator("#find").press("Enter")
    const next = events.findIndex((e, j) => j > from && e.summary.includes("kind=heartbeat"))
    expect(next).toBeGreaterThan(from)
    expect(await textOf(page, "#detail h2")).toBe(`Event #${next}`)
    expect(await page.locator("#timeline circle.ev.selected").getAttribute("data-i")).toBe(String(next))
  })

  it("zooms with the wheel and pans by dragging", async () => {
    const before = await textOf(page, "#range")
    const box = (await page.locator("#timeline").boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + 40)
    await page.mouse.wheel(0, 400)
    await expect.poll(() => textOf(page, "#range")).not.toBe(before)
    const zoomed = await textOf(page, "#range")
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 40, { steps: 5 })
    await page.mouse.up()
    expect(await textOf(page, "#range")).not.toBe(zoomed)
  })

  it("the nearest passing run: re-simulated without the fault, first divergence marked in both runs, epochs aligned", async () => {
    expect(await textOf(page, "#neighbour-how")).toMatch(/without its fault .* Every property holds/)
    // The runs part where the injector strikes.
    const div = events.findIndex((e) => e.type.startsWith("fault."))
    expect(await textOf(page, "#divergence")).toMatch(new RegExp(`^First divergence at event #${div}: failing: .* fault\\.`))
    await expect(page.locator("#neighbour-timeline .divergence-line").count()).resolves.toBe(2)
    // Epoch by epoch: epochs before the pause agree; the first that differs is marked.
    const first = page.locator("#epoch-aligned tr.first-diff")
    await expect(first.count()).resolves.toBe(1)
    const firstEpoch = Number(await first.getAttribute("data-epoch"))
    expect(firstEpoch).toBeGreaterThan(0)
    await expect(page.locator('#epoch-aligned tr[data-epoch="0"]').getAttribute("class")).resolves.toBe("")
    expect(await page.locator("#cmp-axis").inputValue()).toBe("epoch")
  })

  it("each client's stream: what arrived from which host, the offset the property names marked", async () => {
    // The plots follow the timeline's window: the whole run.
    await page.locator("#fit").click()
    const stream = page.locator('.stream[data-client="client-1"]')
    expect(await stream.locator("h3").innerText()).toMatch(/from (primary and backup|backup and primary)/)
    expect(await stream.locator("line.chunk.from-primary").count()).toBeGreaterThan(0)
    expect(await stream.locator("line.chunk.from-backup").count()).toBeGreaterThan(0)
    expect(await stream.locator("line.named-offset").count()).toBe(1)
  })

  it("no script error, and a screenshot for CI's artifacts", async () => {
    await page.locator("#zoom-witness").click()
    await page.screenshot({ path: join(ARTIFACTS, "explorer-no-fence.png"), fullPage: true })
    expect(errors).toEqual([])
  })
})

describe("the explorer in Chromium: other counterexamples", () => {
  it("a planted bug with no fault compares with the correct protocol", async () => {
    const { page, errors } = await open(browser, pathToFileURL(writeExplorer(RELEASE_BEFORE_ACK)).href)
    expect(await textOf(page, "#neighbour-how")).toMatch(/the same schedule on the correct protocol \(without the planted bug release-before-ack\)/)
    expect(await textOf(page, "#divergence")).toMatch(/^First divergence at event #\d+/)
    expect(await page.locator("#timeline circle.ev.witness").count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })

  it("a neighbour with the same events but other facts says so, not that the runs are identical", async () => {
    const { page, errors } = await open(browser, pathToFileURL(writeExplorer(corpusEntry("apply-presend-early", "remus-presend"))).href)
    expect(await textOf(page, "#divergence")).toMatch(/^First divergence at event #\d+: the same event in both runs .*but not the same facts: failing .*early-apply/)
    expect(errors).toEqual([])
    await page.close()
  })

  it("a consolidated run (three VMs): each VM's lanes, charts and clients", async () => {
    const { page, errors } = await open(browser, pathToFileURL(writeExplorer(join(import.meta.dirname, "..", "testdata", "explorer", "consolidated-skip-dirty-soft-pages.json.gz"))).href)
    expect(await page.locator("#timeline rect.phase-pause").count()).toBeGreaterThan(0)
    expect(await page.locator('#client-filter option[value="vm2/client-1"]').count()).toBe(1)
    expect(await page.locator(".stream[data-client]").count()).toBeGreaterThan(1)
    const drawn = await page.locator("#timeline circle.ev").evaluateAll((els) => els.map((e) => e.getAttribute("data-i")))
    const cx = readCounterexample(join(import.meta.dirname, "..", "testdata", "explorer", "consolidated-skip-dirty-soft-pages.json.gz"))
    const i = drawn.map(Number).find((j) => /^vm\d+\/primary$/.test(eventsOf(cx)[j].actor))!
    await page.locator(`#timeline circle.ev[data-i="${i}"]`).click()
    expect(await page.locator('#detail .chart[data-machine="primary"] .state.active').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it("the largest corpus run (remus-spec, real TCP: tens of thousands of events) opens and draws each TCP endpoint's chart", async () => {
    const { page, errors } = await open(browser, pathToFileURL(writeExplorer(SPEC)).href)
    expect(await page.locator("#timeline circle.ev.witness").count()).toBe(1)
    // A guest TCP endpoint's event: its statechart is the guest-tcp machine.
    const cx = readCounterexample(SPEC)
    const i = eventsOf(cx).findIndex((e) => e.actor.startsWith("primary-tcp-"))
    await page.goto(`${page.url().split("#")[0]}#e${i}`)
    await page.reload()
    await page.waitForSelector("body[data-ready=true]")
    expect(await textOf(page, "#detail h2")).toBe(`Event #${i}`)
    expect(await page.locator('#detail .chart[data-machine="guest-tcp"] .state.active').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, "explorer-remus-spec.png") })
    expect(errors).toEqual([])
    await page.close()
  })

  it("show --open serves the page on localhost and prints its URL", async () => {
    const cli = spawn(process.execPath, [join(import.meta.dirname, "..", "bin", "epochlab.js"), "show", RELEASE_BEFORE_ACK, "--open"], { stdio: ["ignore", "pipe", "inherit"] })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ""
        cli.stdout.on("data", (d) => {
          out += d
          const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
          if (m) resolve(m[1])
        })
        cli.once("exit", (code) => reject(new Error(`show --open exited ${code}: ${out}`)))
      })
      const { page, errors } = await open(browser, url)
      expect(await page.title()).toMatch(/^output-commit violated: remus-basic, seed 1, bug release-before-ack$/)
      expect(errors).toEqual([])
      await page.close()
    } finally {
      cli.kill()
    }
  })
})
