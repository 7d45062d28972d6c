import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { readCounterexample, eventsOf } from "../fuzz/counterexample.ts"
import { replay } from "../fuzz/replay.ts"
import { primaryMachine } from "../machines/primary.ts"
import { allPass } from "../src/run/run.ts"
import { chartTree } from "../src/viz/explorer/chart-tree.ts"
import { clientStreams, namedOffsets } from "../src/viz/explorer/client-streams.ts"
import { firstDivergence } from "../src/viz/explorer/divergence.ts"
import { epochPhases } from "../src/viz/explorer/epoch-phases.ts"
import { explorerData } from "../src/viz/explorer/explorer-data.ts"
import { nearestPassing } from "../src/viz/explorer/nearest-passing.ts"
import { explorerPage } from "../src/viz/explorer/page.ts"
import { machineOfActor } from "../src/viz/explorer/actor-charts.ts"
import { corpusEntry } from "./corpus-entry.ts"

const noFence = corpusEntry("no-fence", "remus-basic")
const releaseBeforeAck = corpusEntry("release-before-ack", "remus-basic")

describe("the counterexample explorer's data", () => {
  it("the nearest passing run drops the fault, passes, and diverges from the counterexample where the fault acted", () => {
    const cx = readCounterexample(noFence)
    const n = nearestPassing(cx)
    if (!("report" in n)) throw new Error(n.none)
    expect(allPass(n.report)).toBe(true)
    expect(n.faults).toHaveLength(cx.shrunkFaults.length - 1)
    expect(n.how).toMatch(/^the counterexample without its fault /)
    const d = firstDivergence({ events: eventsOf(cx), facts: cx.trace.facts }, n.report.trace)!.at
    // Everything before the fault is the same run; the first difference is the injector striking.
    expect(d).toBeGreaterThan(0)
    expect(eventsOf(cx)[d].type).toMatch(/^fault\./)
  })

  it("a planted bug with no fault has, as neighbour, the same schedule on the correct protocol", () => {
    const cx = readCounterexample(releaseBeforeAck)
    expect(cx.shrunkFaults).toEqual([])
    const n = nearestPassing(cx)
    if (!("report" in n)) throw new Error(n.none)
    expect(n.bug).toBe(null)
    expect(n.how).toMatch(/correct protocol \(without the planted bug release-before-ack\)/)
    expect(allPass(n.report)).toBe(true)
    expect(firstDivergence({ events: eventsOf(cx), facts: cx.trace.facts }, n.report.trace)!.at).toBeGreaterThan(0)
  })

  it("a violation of the correct protocol with no fault has no neighbour, and says so", () => {
    // No fault to take away and no bug to remove: nothing is nearer (the page says so instead of showing a run).
    const cx = { ...readCounterexample(releaseBeforeAck), bug: null, shrunkFaults: [] }
    expect(nearestPassing(cx)).toEqual({ none: "no passing neighbour: the correct protocol fails with no fault at all" })
  })

  it("identical runs do not diverge; a run that stops early diverges where it stops; the same events with other facts diverge too", () => {
    const cx = readCounterexample(releaseBeforeAck)
    const run = { events: eventsOf(cx), facts: cx.trace.facts }
    expect(firstDivergence(run, run)).toBeUndefined()
    expect(firstDivergence(run, { events: run.events.slice(0, 100), facts: run.facts.filter((f) => f.at < 100) })).toEqual({ at: 100, factsOnly: false })
    const k = run.facts.findIndex((f) => f.at > 50)
    expect(firstDivergence(run, { events: run.events, facts: run.facts.filter((_, j) => j !== k) })).toEqual({ at: run.facts[k].at, factsOnly: true })
  })

  it("a neighbour with the same events but other facts is not called identical (apply-presend-early writes early pages inside a step)", () => {
    const cx = readCounterexample(corpusEntry("apply-presend-early", "remus-presend"))
    const data = explorerData(cx, "cx.json", nearestPassing(cx))
    if (!("run" in data.neighbour)) throw new Error(data.neighbour.none)
    expect(data.neighbour.divergence).toBeGreaterThanOrEqual(0)
    expect(data.neighbour.run.events.length).toBe(cx.trace.events.length)
    expect(data.neighbour.factsOnly).toBe(true)
  })

  it("epoch bands come from what the hosts did, in order, each phase after the last", () => {
    const cx = readCounterexample(noFence)
    const epochs = epochPhases(cx.trace.facts)
    expect(epochs.length).toBeGreaterThan(5)
    for (const e of epochs) {
      expect(e.pause[1]).toBeGreaterThanOrEqual(e.pause[0])
      if (e.transfer) expect(e.transfer[0]).toBeGreaterThanOrEqual(e.pause[1])
      if (e.ack && e.transfer) expect(e.ack[0]).toBe(e.transfer[1])
    }
  })

  it("a client's stream is attributed to the host whose release carried it; offsets a witness names are read", () => {
    const cx = readCounterexample(noFence)
    const streams = clientStreams(cx.trace.facts)
    const hosts = new Set(streams["client-1"].map((c) => c.host))
    // Both hosts released to client-1 (the split brain the property names).
    expect(hosts).toEqual(new Set(["primary", "backup"]))
    expect(namedOffsets(cx.witness.message)).toEqual([{ client: "client-1", from: 0 }])
    expect(namedOffsets("primary sent client-1 bytes 0..1448, produced at 1 ms")).toEqual([{ client: "client-1", from: 0, to: 1448 }])
    expect(namedOffsets("client-2's stream has a gap at 96 still open")).toEqual([{ client: "client-2", from: 96 }])
    expect(namedOffsets("client-1 received bytes at offset 7 that differ from the bytes it already had there")).toEqual([{ client: "client-1", from: 7 }])
    expect(namedOffsets("client-3 already received bytes up to 2896, but the restored guest's stream ends at 1448")).toEqual([{ client: "client-3", from: 2896 }])
  })

  it("the statechart panel draws the machine XState runs: every state of the primary, with its transitions", () => {
    const tree = chartTree(primaryMachine)
    const paths: string[] = []
    const walk = (n: typeof tree) => (paths.push(n.path), n.children.forEach(walk))
    walk(tree)
    // Every state string the trace reports for the primary names states of this chart (but a fault's strike, which the injector reports).
    const cx = readCounterexample(noFence)
    for (const e of eventsOf(cx).filter((e) => e.actor === "primary" && !e.type.startsWith("fault.")))
      for (const leaf of e.state.split("|")) expect(paths, `${leaf} is not a state of the chart`).toContain(leaf)
    expect(tree.children.flatMap((c) => c.transitions).length + tree.transitions.length).toBeGreaterThan(0)
    expect(machineOfActor("link", "rdma")).toBe("queue-pair")
    expect(machineOfActor("primary-tcp-client-1", "tcp")).toBe("guest-tcp")
    expect(machineOfActor("client-2-tcp", "tcp")).toBe("client-tcp")
    expect(machineOfActor("net", "tcp")).toBeUndefined()
  })

  it("a consolidated run (three VMs, one backup): each VM's actors on their charts, the first VM's epochs, each VM's clients apart", () => {
    // Written by `fuzz --scenario remus-consolidated --bug skip-dirty-soft-pages --seed 1`; the page reads the file's own trace.
    const cx = readCounterexample(join(import.meta.dirname, "..", "testdata", "explorer", "consolidated-skip-dirty-soft-pages.json.gz"))
    const data = explorerData(cx, "cx.json", { none: "not needed here" })
    expect(data.actorMachine["vm1/primary"]).toBe("primary")
    expect(data.actorMachine["vm2/backup"]).toBe("backup")
    expect(data.run.epochs.length).toBeGreaterThan(10)
    const clients = Object.keys(data.run.streams)
    expect(clients.length).toBeGreaterThan(1)
    for (const c of clients) expect(c).toMatch(/^vm\d+\/client-\d+$/)
  })

  it("the page is one self-contained file: the data inline and escaped, nothing fetched", () => {
    const cx = readCounterexample(noFence)
    const data = explorerData(cx, "cx.json", nearestPassing(cx))
    const html = explorerPage(data)
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(?!data:)/)
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    const json = /<script type="application\/json" id="data">(.*?)<\/script>/s.exec(html)![1]
    expect(JSON.parse(json).witness).toEqual(cx.witness)
    // A payload cannot close the block: every "<" in the data is escaped.
    expect(json).not.toContain("<")
    expect(data.neighbour).toMatchObject({ divergence: expect.any(Number) })
    // The replayed counterexample is the page's: same events.
    expect(replay(cx).reproduced).toBe(true)
    expect(data.run.events.length).toBe(cx.trace.events.length)
    const client = join(import.meta.dirname, "..", "src", "viz", "explorer", "client")
    for (const f of readdirSync(client).filter((f) => f.endsWith(".js"))) expect(readFileSync(join(client, f), "utf8"), f).not.toMatch(/Math\.random|fetch\(|XMLHttpRequest|import\(/)
  })
})
