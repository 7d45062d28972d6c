import { CoverageTally, type CampaignCoverage } from "./coverage-tally.ts"

/** What the search exercised: per statechart, transitions fired of those drawn, the others named; protocol points reached. */
export const coverageReport = (c: CampaignCoverage): string => {
  const width = Math.max(...c.machines.map((m) => m.machine.length), 0)
  const lines = ["coverage of the search (statechart transitions fired):"]
  for (const m of c.machines) {
    lines.push(`  ${m.machine.padEnd(width)}  ${m.covered}/${m.total}${m.missing.length ? ", never:" : ""}`)
    for (const t of m.missing) lines.push(`    ${t}`)
  }
  const points = c.points.reached.length + c.points.missing.length
  lines.push(`  protocol points reached: ${c.points.reached.length}/${points}${c.points.missing.length ? ` (never: ${c.points.missing.join(", ")})` : ""}`)
  if (c.faults) lines.push(`  fault kinds that acted: ${c.faults.acted.length}/${c.faults.acted.length + c.faults.never.length}${c.faults.never.length ? ` (never: ${c.faults.never.join(", ")})` : ""}`)
  return lines.join("\n")
}

/** Several campaigns' coverage as one: a transition, a point or a fault kind counts if any of them reached it. */
export const mergeCoverage = (all: readonly CampaignCoverage[]): CampaignCoverage => {
  const tally = new CoverageTally()
  for (const c of all) tally.merge(c)
  return tally.report()
}
