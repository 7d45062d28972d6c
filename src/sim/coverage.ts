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
  private readonly charts = new Map<string, { transitions: readonly string[]; fired: Uint8Array }>()

  fired(chart: Chart, transition: number): void {
    let c = this.charts.get(chart.id)
    if (!c) this.charts.set(chart.id, (c = { transitions: chart.transitions, fired: new Uint8Array(chart.transitions.length) }))
    c.fired[transition] = 1
  }

  /** Another collector's findings (a shard's, a worker's), by transition name. */
  merge(other: readonly MachineCoverage[], charts: (id: string) => readonly string[] | undefined = () => undefined): void {
    for (const m of other) {
      const transitions = this.charts.get(m.machine)?.transitions ?? charts(m.machine)
      if (!transitions) continue
      const missing = new Set(m.missing)
      transitions.forEach((t, i) => {
        if (!missing.has(t)) this.fired({ id: m.machine, transitions }, i)
      })
    }
  }

  report(): MachineCoverage[] {
    return [...this.charts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([machine, c]) => ({
        machine,
        covered: c.fired.reduce((n, f) => n + f, 0),
        total: c.transitions.length,
        missing: c.transitions.filter((_, i) => !c.fired[i]),
      }))
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
