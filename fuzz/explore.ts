import type { BugName } from "../src/bugs/bugs.ts"
import type { Fault } from "../src/faults/schedule.ts"
import type { Reach } from "../src/faults/reach.ts"
import { judge, type Verdict } from "../properties/index.ts"
import { runScenario, type RunReport } from "../src/run/run.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { simulate } from "../src/scenario/simulate.ts"
import { collectCoverage } from "../src/sim/coverage.ts"
import type { Violation } from "./campaign.ts"
import { CoverageTally, type CampaignCoverage } from "./coverage-tally.ts"
import type { HostId } from "../src/sim/observations.ts"
import { atEvent, atPoint, instantsOf, partitionBefore, pauseAtPoint, secondTargets, targetsOf, type Target } from "./explore-points.ts"

export interface ExploreOptions {
  scenario: Scenario
  seed: number
  bug?: BugName
  /** 1: every single fault point; 2: those, and every pair of faults at protocol points. */
  depth: 1 | 2
  /** Treat fault points that leave the same protocol state as one (default true). */
  prune?: boolean
  /** Stop at the first run that violates a property (the counts then cover the points explored so far). */
  stopAtFirst?: boolean
  /** Each schedule's outcome: the properties it violated, or the earlier schedule it was pruned as equivalent to. */
  onOutcome?: (faults: readonly Fault[], outcome: { violated: string[] } | { sameAs: readonly Fault[] }) => void
  /** After each fault point: how many are done of how many known so far (depth 2 learns its pairs as it goes). */
  onRun?: (done: number, known: number) => void
}

/** One property a fault point violated: the first point (in exploration order) and how many points violated it. */
export interface ExploreViolation extends Violation {
  /** Fault points that violated this property. */
  points: number
}

export interface ExploreResult {
  /** Fault points at this depth: schedules explore places (the fault-free run not counted). */
  points: number
  /** Ended at the first violation (`stopAtFirst`): not every point was explored. */
  stoppedEarly: boolean
  /** Schedules simulated to the end and judged (the fault-free reference run included). */
  runs: number
  /** Fault points not run to the end: the fault left a protocol state an earlier point had left (with their pairs, at depth 2). */
  pruned: number
  /** Events delivered in all, and how many of them before the first fault of their run (what forking from a snapshot would save). */
  events: { simulated: number; beforeFault: number }
  elapsedMs: number
  coverage: CampaignCoverage
  violations: ExploreViolation[]
}

/** The kinds of fault explore places (src/faults/kinds). */
const PLACED = ["crash-at", "link-disconnect-at", "host-pause-at", "crash-at-event", "link-disconnect-at-event", "link-partition"]

/** Search and pruning need verdicts only; a violation's report is simulated again in full. */
const FACTS = "facts" as const

/**
 * Systematic exploration of a scenario's fault points (no random search).
 *
 * The fault-free reference run says where faults can strike: every protocol
 * point of every epoch it reached, and every event it delivered. Depth 1
 * places one fault at each: a crash of the primary, a crash of the backup,
 * the replication connection breaking. Depth 2 adds, for each fault at a
 * protocol point, a second fault (on another target) at each protocol point
 * its run reached after the first struck.
 *
 * The points are whatever the reference run reached (src/faults/points.ts),
 * so a point the model reports is explored with no change here; the points
 * a fault-free run never reaches (a claim, an apply with others queued
 * behind it) are reached after a first fault, at depth 2. Partitions are
 * placed at every instant the reference run delivered something rather than
 * at points (link-partition-at): a point is reached at such an instant, so
 * the partition starting there is already among them.
 *
 * Pruning: when a fault strikes, the kernel summarises the protocol state it
 * leaves (src/sim/kernel.ts `stateKey`: every machine's state, the protocol's
 * counters, what is pending). A fault point whose state an earlier point
 * already left is stopped there and counted as pruned, and at depth 2 the
 * pairs it would start are pruned with it. This is an abstraction (two
 * states with one key may differ in memory contents or timing), which
 * `--no-prune` lets a user check: it runs every point to the end.
 *
 * Runs are re-simulated from the start: the prefix before the first fault is
 * the reference run's, but the epoch loop and the hosts' fibers are Effect
 * fibers whose continuations cannot be copied, so the world cannot be
 * snapshotted and forked at the fault (docs/architecture.md, "Explore").
 * `events.beforeFault` measures what that costs.
 */
export const explore = (o: ExploreOptions): ExploreResult => {
  const started = performance.now()
  const prune = o.prune ?? true
  const tally = new CoverageTally(PLACED)
  const events = { simulated: 0, beforeFault: 0 }
  const violations = new Map<string, Omit<ExploreViolation, "report">>()
  let runs = 0
  let pruned = 0
  let done = 0
  let known = 0
  // Per depth, the state keys seen when the last fault of a schedule struck, and the schedule that first left each.
  const seen = [new Map<string, Fault[]>(), new Map<string, Fault[]>()]

  /** Simulate `faults`: its verdicts and reach, or the earlier schedule it was pruned as equivalent to. Judged runs feed coverage and violations. */
  const run = (faults: Fault[], deliveries?: Array<{ event: number; at: number }>): { verdicts: Verdict[]; reach: Reach } | { sameAs: Fault[] } => {
    let strikes = 0
    let before = 0
    let sameAs: Fault[] | undefined
    const onFault = (key: () => string, at: number) => {
      if (strikes++ === 0) before = at
      if (!prune || strikes !== faults.length) return
      const k = key()
      sameAs = seen[faults.length - 1].get(k)
      if (sameAs) return "stop" as const
      seen[faults.length - 1].set(k, faults)
    }
    const sim = collectCoverage(tally.machines, () => simulate({ scenario: o.scenario, seed: o.seed, faults, bug: o.bug, options: { record: FACTS, onFault, ...(deliveries ? { deliveries } : {}) } }))
    events.simulated += sim.eventCount
    events.beforeFault += before
    if (sim.stopped) {
      pruned++
      o.onOutcome?.(faults, { sameAs: sameAs! })
      return { sameAs: sameAs! }
    }
    runs++
    tally.run(faults, sim.reach, sim.trace.facts)
    const verdicts = judge({ scenario: o.scenario, faults, trace: sim.trace })
    o.onOutcome?.(faults, { violated: verdicts.filter((v) => !v.ok).map((v) => v.property) })
    for (const v of verdicts.filter((v) => !v.ok)) {
      const first = violations.get(v.property)
      if (first) first.points++
      else violations.set(v.property, { ...violationAt(v.property, faults, runs + pruned, performance.now() - started), points: 1 })
    }
    return { verdicts, reach: sim.reach! }
  }
  const step = () => o.onRun?.(++done, known)
  const enough = () => o.stopAtFirst === true && violations.size > 0

  const deliveries: Array<{ event: number; at: number }> = []
  const reference = run([], deliveries)
  if ("sameAs" in reference) throw new Error("the reference run has no fault to be pruned at")
  const targets = targetsOf(o.scenario.tcp?.mode !== "native")
  const pointKeys = [...reference.reach.points]
  // Long enough that the side that hears nothing suspects the other: twice the failure detector's timeout.
  const outage = 2 * o.scenario.host.detectionTimeoutUs
  const partitions = targets.includes("link")
    ? instantsOf(deliveries).flatMap((at) => [partitionBefore("primary->backup", at, outage), partitionBefore("backup->primary", at, outage)])
    : []
  const hosts = targets.filter((t): t is HostId => t !== "link")
  const singles: Fault[] = [
    ...pointKeys.flatMap((key) => targets.map((t) => atPoint(t, key))),
    ...pointKeys.flatMap((key) => hosts.map((h) => pauseAtPoint(h, key, outage))),
    ...deliveries.flatMap((d) => targets.map((t) => atEvent(t, d.event))),
    ...partitions,
  ]
  known = singles.length
  // Depth 2 starts from the faults at protocol points: their runs' later points are where second faults go.
  const firsts: Array<[Fault, ReturnType<typeof run>]> = []
  let points = singles.length
  for (const f of singles) {
    if (enough()) break
    const r = run([f])
    if (o.depth === 2 && (f.kind === "crash-at" || f.kind === "link-disconnect-at")) firsts.push([f, r])
    step()
  }
  if (o.depth === 2 && !enough()) {
    // The second faults of each first fault that ran; a pruned first fault's pairs are pruned with it, as many as its equivalent's.
    const pairsOf = new Map<Fault, number>()
    for (const [first, r] of firsts) {
      if (enough()) break
      if ("sameAs" in r) {
        const behind = pairsOf.get(r.sameAs[0]) ?? 0
        points += behind
        pruned += behind
        continue
      }
      const after = [...r.reach.points].slice(r.reach.pointsBeforeFault ?? r.reach.points.size)
      const seconds = after.flatMap((key) => secondTargets(targets, first).map((t: Target) => atPoint(t, key)))
      pairsOf.set(first, seconds.length)
      known += seconds.length
      points += seconds.length
      for (const second of seconds) {
        if (enough()) break
        run([first, second])
        step()
      }
    }
  }
  const coverage = tally.report()
  return { points, stoppedEarly: enough(), runs, pruned, events, elapsedMs: Math.round(performance.now() - started), coverage, violations: [...violations.values()].map(withReport(o)) }
}

/** A violation's fields that do not need its full report yet. */
const violationAt = (property: string, faults: Fault[], runIndex: number, ms: number): Omit<Violation, "report"> => ({
  property,
  runsToFind: runIndex,
  runIndex,
  msToFind: Math.round(ms),
  faults,
  // One fault is as small as a schedule gets; a pair is reported at depth 2 only for a property no single fault violated.
  shrunkFaults: faults,
  shrinkRuns: 0,
})

/** The first violating run of each property, simulated again with everything recorded (for its counterexample file). */
const withReport = (o: ExploreOptions) => (v: Omit<ExploreViolation, "report">): ExploreViolation => ({ ...v, report: runScenario(o.scenario, o.seed, v.faults, o.bug) })
