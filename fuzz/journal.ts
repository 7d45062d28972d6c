import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { writeFileAtomic } from "../src/io/atomic-write.ts"
import { VERSION } from "../src/version.ts"
import type { CampaignCoverage, SearchJournal } from "./campaign.ts"
import { emptyCoverage } from "./coverage-tally.ts"

/**
 * A fuzz campaign's journal: what it was asked (enough to start it again),
 * where its search stands, and what it found. `epochlab fuzz` rewrites it
 * (atomically) as it goes; `fuzz --resume` continues from it, and `epochlab
 * merge` combines the journals of a campaign's shards.
 */
export interface Journal extends SearchJournal {
  /** Each worker's search (a campaign on several threads resumes each where it stood). */
  workers?: SearchJournal[]
  format: "epochlab-journal"
  version: 1
  epochlab: string
  campaign: JournalCampaign
  elapsedMs: number
  /** The campaign ended (its budget spent, or a violation found and shrunk). */
  done: boolean
  violations: Array<{ property: string; runIndex: number; runsToFind: number; file: string }>
}

/** The campaign as asked: its scenario flags, seed, budget and shard. */
export interface JournalCampaign {
  flags: { scenario?: string; memory?: string; compressor?: string; vms?: string; policy?: string }
  seed: number
  bug?: string
  runs?: number
  timeMs?: number
  maxFaults: number
  swarm: boolean
  /** K/N, K from 1. */
  shard?: { index: number; count: number }
  /** Threads the campaign ran on (absent: one). */
  workers?: number
  /** How runs are chosen (absent: random). */
  strategy?: "random" | "coverage" | "pct"
}

/** A journal that cannot be used: the message is one line naming the file and what is wrong. */
export class JournalError extends Error {}

export const journalName = (scenario: string, c: JournalCampaign): string =>
  `journal-${scenario}-seed${c.seed}${c.bug ? `-${c.bug}` : ""}${c.shard ? `-shard${c.shard.index}of${c.shard.count}` : ""}.json`

export const writeJournal = (path: string, j: Journal): void => writeFileAtomic(path, JSON.stringify(j) + "\n")

/** The journal at `path`: a journal file, or a folder holding exactly one. */
export const findJournal = (path: string): string => {
  if (!existsSync(path)) throw new JournalError(`${path}: no such file or folder`)
  if (!statSync(path).isDirectory()) return path
  const found = readdirSync(path).filter((f) => f.startsWith("journal-") && f.endsWith(".json"))
  if (found.length === 1) return join(path, found[0])
  throw new JournalError(found.length ? `${path}: ${found.length} journals (${found.join(", ")}); name one` : `${path}: no journal-*.json in this folder`)
}

/** Every journal in `paths` (files, or folders of journals), read and checked. */
export const journalsIn = (paths: readonly string[]): Array<{ file: string; journal: Journal }> =>
  paths.flatMap((p) => {
    if (!existsSync(p)) throw new JournalError(`${p}: no such file or folder`)
    const files = statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.startsWith("journal-") && f.endsWith(".json")).sort().map((f) => join(p, f)) : [p]
    return files.map((file) => ({ file, journal: readJournal(file) }))
  })

export const readJournal = (file: string): Journal => {
  let j: unknown
  try {
    j = JSON.parse(readFileSync(file, "utf8"))
  } catch (e) {
    throw new JournalError(`${file}: not a journal (${e instanceof SyntaxError ? "malformed JSON" : (e as Error).message})`)
  }
  const o = j as Partial<Journal>
  if (!o || typeof o !== "object" || o.format !== "epochlab-journal") throw new JournalError(`${file}: not an epochlab journal (format)`)
  if (o.version !== 1) throw new JournalError(`${file}: journal version ${JSON.stringify(o.version)}, this epochlab reads version 1`)
  const bad = (field: string) => new JournalError(`${file}: ${field} is missing or malformed`)
  if (!Number.isSafeInteger(o.nextIndex) || o.nextIndex! < 0) throw bad("nextIndex")
  if (!Number.isSafeInteger(o.runs) || !Number.isSafeInteger(o.simulated)) throw bad("runs")
  if (!o.campaign || typeof o.campaign !== "object" || !Number.isSafeInteger(o.campaign.seed) || typeof o.campaign.flags !== "object") throw bad("campaign")
  if (!isCoverage(o.coverage)) throw bad("coverage")
  if (!Array.isArray(o.violations)) throw bad("violations")
  const isSearch = (w: unknown) => {
    const s = w as SearchJournal
    return !!s && Number.isSafeInteger(s.nextIndex) && Number.isSafeInteger(s.runs) && Number.isSafeInteger(s.simulated) && isCoverage(s.coverage)
  }
  if (o.workers !== undefined && (!Array.isArray(o.workers) || !o.workers.every(isSearch) || o.workers.length !== (o.campaign.workers ?? 1))) throw bad("workers")
  return o as Journal
}

const isCoverage = (c: unknown): c is CampaignCoverage => {
  const o = c as CampaignCoverage
  return (
    !!o &&
    Array.isArray(o.machines) &&
    o.machines.every((m) => typeof m.machine === "string" && Number.isSafeInteger(m.total) && Array.isArray(m.missing)) &&
    !!o.points &&
    Array.isArray(o.points.reached) &&
    Array.isArray(o.points.missing) &&
    (o.faults === undefined || (Array.isArray(o.faults.acted) && Array.isArray(o.faults.never)))
  )
}

export const newJournal = (campaign: JournalCampaign): Journal => ({
  format: "epochlab-journal",
  version: 1,
  epochlab: VERSION,
  campaign,
  nextIndex: 0,
  runs: 0,
  simulated: 0,
  coverage: emptyCoverage(),
  elapsedMs: 0,
  done: false,
  violations: [],
})
