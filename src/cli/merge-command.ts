import { journalsIn, JournalError, type Journal } from "../../fuzz/journal.ts"
import { strictArgs } from "./args.ts"
import { coverageReport, mergeCoverage } from "../../fuzz/coverage-report.ts"
import { UsageError } from "./usage-error.ts"

export const mergeHelp = `epochlab merge PATH... [--json]
  Combine the journals of one campaign's shards (fuzz --shard K/N, run on any number of
  machines with the same seed and budget) into one report: the runs judged, the coverage,
  and the first violation, the one with the lowest run index on any shard, which is the
  violation the unsharded campaign reports. PATH: a journal-*.json, or a folder of them.

  --json    print {shards, of, complete, runs, simulated, coverage, violations: [{property,
            runIndex, file, shard}]} (violations by run index)
  Exit: 0 no violation, 1 a violation, 2 bad input (journals of different campaigns, a shard twice).`

/** `epochlab merge`: returns the exit code. */
export const mergeCommand = (argv: string[]): number => {
  const { values, positionals } = strictArgs(argv, { json: { type: "boolean", default: false } }, true)
  if (!positionals.length) throw new UsageError("merge: name the journals (or their folders) of the shards to combine")
  let journals: Array<{ file: string; journal: Journal }>
  try {
    journals = journalsIn(positionals)
  } catch (e) {
    if (e instanceof JournalError) throw new UsageError(`merge: ${e.message}`)
    throw e
  }
  if (!journals.length) throw new UsageError("merge: no journal found")
  const m = mergeJournals(journals)
  if (values.json) console.log(JSON.stringify(m))
  else {
    const missing = m.of - m.shards
    console.log(`epochlab merge: ${m.shards} of ${m.of} shard${m.of === 1 ? "" : "s"}${missing ? ` (${missing} missing)` : ""}${m.complete ? "" : ", not all finished"}: ${m.runs} runs (${m.simulated} simulated)`)
    if (!m.violations.length) console.log("  no violation")
    for (const v of m.violations) console.log(`  ${v.property} violated at run ${v.runIndex} (shard ${v.shard}): ${v.file}`)
    console.log(coverageReport(m.coverage))
  }
  return m.violations.length ? 1 : 0
}

/** The shards' journals as one campaign (they must be one campaign's: same options but the shard). */
export const mergeJournals = (journals: ReadonlyArray<{ file: string; journal: Journal }>) => {
  // The same campaign but for the shard (and the threads each ran on, which change nothing).
  const key = (j: Journal) => JSON.stringify({ ...j.campaign, shard: j.campaign.shard?.count ?? 1, workers: undefined })
  const first = journals[0]
  const seen = new Map<number, string>()
  for (const { file, journal } of journals) {
    if (key(journal) !== key(first.journal)) throw new UsageError(`merge: ${file} is another campaign than ${first.file} (options differ beyond the shard)`)
    const k = journal.campaign.shard?.index ?? 1
    if (seen.has(k)) throw new UsageError(`merge: shard ${k} twice (${seen.get(k)} and ${file})`)
    seen.set(k, file)
  }
  const violations = journals
    .flatMap(({ journal }) => journal.violations.map((v) => ({ ...v, shard: journal.campaign.shard?.index ?? 1 })))
    .sort((a, b) => a.runIndex - b.runIndex)
  return {
    shards: journals.length,
    of: first.journal.campaign.shard?.count ?? 1,
    complete: journals.every(({ journal }) => journal.done),
    runs: journals.reduce((n, { journal }) => n + journal.runs, 0),
    simulated: journals.reduce((n, { journal }) => n + journal.simulated, 0),
    coverage: mergeCoverage(journals.map(({ journal }) => journal.coverage)),
    violations,
  }
}
