import type { CampaignCoverage } from "./campaign.ts"
import { protocolPoints } from "../src/faults/points.ts"
import { Coverage } from "../src/sim/coverage.ts"

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
  return lines.join("\n")
}

/** Several campaigns' coverage as one: a transition or a point counts if any of them reached it. */
export const mergeCoverage = (all: readonly CampaignCoverage[]): CampaignCoverage => {
  const machines = new Coverage()
  for (const c of all) machines.merge(c.machines)
  const reached = protocolPoints.filter((p) => all.some((c) => c.points.reached.includes(p)))
  return { machines: machines.report(), points: { reached, missing: protocolPoints.filter((p) => !reached.includes(p)) } }
}
