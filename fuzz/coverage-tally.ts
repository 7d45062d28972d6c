import type { Fault } from "../src/faults/schedule.ts"
import type { Reach } from "../src/faults/reach.ts"
import { faultKinds } from "../src/faults/kinds/index.ts"
import { pointOfKey, protocolPoints, type ProtocolPoint } from "../src/faults/points.ts"
import type { Observation } from "../src/sim/observations.ts"
import { Coverage, type MachineCoverage } from "../src/sim/coverage.ts"

/**
 * What a search exercised: each statechart's transitions, the protocol
 * points its runs reached, and which kinds of fault it could place acted in
 * some run (a kind drawn a thousand times that never once changed a run is a
 * hole in the search, not a pass).
 */
export interface CampaignCoverage {
  machines: MachineCoverage[]
  points: { reached: ProtocolPoint[]; missing: ProtocolPoint[] }
  /** Absent in journals written before it was counted. */
  faults?: { acted: string[]; never: string[] }
}

/** Coverage as a search accumulates it, run by run; merged with other searches' reports (shards, workers, a resumed journal). */
export class CoverageTally {
  /** Statechart transitions: the compiled machines report to it while it is collecting (`collectCoverage`). */
  readonly machines = new Coverage()
  private readonly reached = new Set<ProtocolPoint>()
  private readonly acted = new Set<string>()
  private readonly offered: Set<string>

  /** `offered`: the fault kinds the search can place. */
  constructor(offered: readonly string[] = []) {
    this.offered = new Set(offered)
  }

  /** One judged run: its schedule, how far it got, its facts. */
  run(faults: readonly Fault[], reach: Reach | undefined, facts: readonly Observation[]): void {
    for (const key of reach?.points ?? []) this.reached.add(pointOfKey(key))
    if (faults.length === 0) return
    for (const kind of reach?.struck ?? []) this.acted.add(kind)
    // Link and client-path faults say so in a fact when they change a segment's or packet's fate.
    const scheduled = new Set<string>(faults.map((f) => f.kind))
    for (const f of facts) if (f.kind === "fault-acted" && scheduled.has(f.fault)) this.acted.add(f.fault)
  }

  merge(c: CampaignCoverage): void {
    this.machines.merge(c.machines)
    for (const p of c.points.reached) this.reached.add(p)
    for (const k of c.faults?.acted ?? []) this.acted.add(k)
    for (const k of [...(c.faults?.acted ?? []), ...(c.faults?.never ?? [])]) this.offered.add(k)
  }

  report(): CampaignCoverage {
    // In the kinds' own order, whatever order the runs met them in.
    const kinds = faultKinds.map((k) => k.kind as string).filter((k) => this.offered.has(k) || this.acted.has(k))
    return {
      machines: this.machines.report(),
      points: { reached: protocolPoints.filter((p) => this.reached.has(p)), missing: protocolPoints.filter((p) => !this.reached.has(p)) },
      faults: { acted: kinds.filter((k) => this.acted.has(k)), never: kinds.filter((k) => !this.acted.has(k)) },
    }
  }
}

/** A search that has judged nothing yet. */
export const emptyCoverage = (): CampaignCoverage => new CoverageTally().report()
