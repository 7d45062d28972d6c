import { counterexampleTitle, eventsOf, type Counterexample } from "../../../fuzz/counterexample.ts"
import { describeFault } from "../../faults/schedule.ts"
import type { Observation } from "../../sim/observations.ts"
import type { TraceEvent } from "../../sim/trace.ts"
import { findScenario } from "../../scenario/builtin.ts"
import { machines } from "../statechart.ts"
import { storyRows, storyWindow, type StoryRow } from "../story.ts"
import { machineOfActor } from "./actor-charts.ts"
import { chartTree, type ChartNode } from "./chart-tree.ts"
import { clientStreams, namedOffsets, type StreamChunk } from "./client-streams.ts"
import { firstDivergence } from "./divergence.ts"
import { epochPhases, type EpochPhases } from "./epoch-phases.ts"
import type { Neighbour } from "./nearest-passing.ts"

/** One run as the page draws it. Events are tuples [i, t, actor, type, summary, state] to keep the page small. */
export interface RunView {
  events: [number, number, string, string, string, string][]
  facts: readonly Observation[]
  epochs: EpochPhases[]
  streams: Record<string, StreamChunk[]>
  /** Faults where they acted: time, lane, what. */
  faults: { t: number; lane: string; text: string }[]
}

/** Everything the explorer page shows, embedded in it as JSON: the page needs no network and no server. */
export interface ExplorerData {
  title: string
  property: string
  explanation: string
  witness: { at: number; t: number; message: string }
  faults: string[]
  replay: string
  run: RunView
  story: StoryRow[]
  namedOffsets: { client: string; from: number; to?: number }[]
  /** Per machine name, its chart; per actor, the machine it runs. */
  charts: Record<string, ChartNode>
  actorMachine: Record<string, string>
  /** divergence: the first event index at which the runs differ, -1 if they do not; factsOnly: the event is the same, its facts are not. */
  neighbour: { how: string; run: RunView; divergence: number; factsOnly: boolean } | { none: string }
}

const divergenceOf = (cx: Counterexample, events: readonly TraceEvent[], n: Neighbour) => {
  const d = firstDivergence({ events, facts: cx.trace.facts }, n.report.trace)
  return { divergence: d?.at ?? -1, factsOnly: d?.factsOnly ?? false }
}

const runView = (events: readonly TraceEvent[], facts: readonly Observation[], rows: StoryRow[]): RunView => ({
  events: events.map((e) => [e.i, e.t, e.actor, e.type, e.summary, e.state]),
  facts,
  epochs: epochPhases(facts),
  streams: clientStreams(facts),
  faults: rows.filter((r) => r.kind === "fault").map((r) => ({ t: r.t, lane: r.lane, text: r.text.replace(/^FAULT: /, "") })),
})

/** The explorer's data for a counterexample and (if one passes) its nearest passing run, re-simulated by the caller. */
export const explorerData = (cx: Counterexample, file: string, neighbour: Neighbour | { none: string }): ExplorerData => {
  const events = eventsOf(cx)
  const rows = storyRows({ facts: cx.trace.facts, faults: cx.shrunkFaults, witness: cx.witness })
  const transport = findScenario(cx.scenario)!.transport ?? "tcp"
  const actorMachine: Record<string, string> = {}
  const actors = new Set(events.map((e) => e.actor))
  if ("report" in neighbour) for (const e of neighbour.report.trace.events) actors.add(e.actor)
  for (const a of actors) {
    const m = machineOfActor(a, transport)
    if (m) actorMachine[a] = m
  }
  const charts = Object.fromEntries([...new Set(Object.values(actorMachine))].map((m) => [m, chartTree(machines[m])]))
  const neighbourRows = "report" in neighbour ? storyRows({ facts: neighbour.report.trace.facts, faults: neighbour.faults, witness: { at: -2, t: -1 } }) : []
  return {
    title: counterexampleTitle(cx),
    property: cx.property,
    explanation: cx.explanation,
    witness: cx.witness,
    faults: [...cx.shrunkFaults.map(describeFault), ...(cx.priorities ? [`same-instant events ordered by priorities ${cx.priorities}`] : [])],
    replay: `npx epochlab replay ${file}`,
    run: runView(events, cx.trace.facts, rows),
    story: storyWindow(rows, cx.witness.at),
    namedOffsets: namedOffsets(cx.witness.message),
    charts,
    actorMachine,
    neighbour:
      "report" in neighbour
        ? { how: neighbour.how, run: runView(neighbour.report.trace.events, neighbour.report.trace.facts, neighbourRows), ...divergenceOf(cx, events, neighbour) }
        : neighbour,
  }
}
