/**
 * Statechart coverage: which transitions of each machine fired during a
 * campaign. A transition is named by its source state, its event (or
 * `always`), its guard and its target, as the chart draws it; the compiled
 * engine reports the ones it takes to the collector that is active, if any
 * (one per campaign: `collectCoverage`). Machines with the same id (a planted
 * bug's variant of a machine) count as one chart.
 */
export interface MachineCoverage {
  machine: string
  covered: number
  total: number
  /** The chart's transitions that never fired, in chart order. */
  missing: string[]
}

/** What a collector needs to know of a machine: its id and its transitions, in a stable order. */
export interface Chart {
  readonly id: string
  readonly transitions: readonly string[]
}

export class Coverage {
  /** Per machine: its chart and what fired here, and what other collectors (merged reports) never saw fire. */
  private readonly charts = new Map<string, { total: number; transitions?: readonly string[]; fired?: Uint8Array; neverElsewhere?: Set<string> }>()

  fired(chart: Chart, transition: number): void {
    let c = this.charts.get(chart.id)
    if (!c) this.charts.set(chart.id, (c = { total: chart.transitions.length }))
    if (!c.fired) {
      c.transitions = chart.transitions
      c.fired = new Uint8Array(chart.transitions.length)
    }
    c.fired[transition] = 1
  }

  /** Another collector's report (a shard's, a resumed campaign's): a transition is covered if either saw it fire. */
  merge(reports: readonly MachineCoverage[]): void {
    for (const m of reports) {
      const c = this.charts.get(m.machine)
      if (!c) this.charts.set(m.machine, { total: m.total, neverElsewhere: new Set(m.missing) })
      else c.neverElsewhere = new Set(m.missing.filter((t) => !c.neverElsewhere || c.neverElsewhere.has(t)))
    }
  }

  report(): MachineCoverage[] {
    return [...this.charts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([machine, c]) => {
        const missing = c.transitions
          ? c.transitions.filter((t, i) => !c.fired![i] && (!c.neverElsewhere || c.neverElsewhere.has(t)))
          : [...(c.neverElsewhere ?? [])]
        return { machine, covered: c.total - missing.length, total: c.total, missing }
      })
  }
}

let active: Coverage | undefined

/** The collector transitions are reported to now, if any. */
export const activeCoverage = (): Coverage | undefined => active

/** Run `f` with `coverage` collecting every transition the compiled machines take. */
export const collectCoverage = <T>(coverage: Coverage, f: () => T): T => {
  const before = active
  active = coverage
  try {
    return f()
  } finally {
    active = before
  }
}
