import type { AnyStateMachine } from "xstate"

/** A statechart as data for the explorer's state panel: nesting, parallel regions and each state's transitions. */
export interface ChartNode {
  key: string
  /** Dotted path from the root ("alive.guest.paused"), the form a trace's state strings use. */
  path: string
  type: string
  children: ChartNode[]
  transitions: { event: string; guard?: string; targets: string[] }[]
}

interface XNode {
  key: string
  path: string[]
  type: string
  states: Record<string, XNode>
  transitions: Map<string, { target?: XNode[]; guard?: unknown }[]>
  always?: { target?: XNode[]; guard?: unknown }[]
}

const guardName = (g: unknown): string | undefined =>
  typeof g === "string" ? g : g && typeof g === "object" && "type" in g && typeof g.type === "string" ? g.type : undefined

/** The machine's own config as read by XState (machine.root), so the panel draws exactly the chart that runs. */
export const chartTree = (machine: AnyStateMachine): ChartNode => {
  const walk = (n: XNode): ChartNode => {
    const transitions: ChartNode["transitions"] = []
    const add = (event: string, defs: { target?: XNode[]; guard?: unknown }[]) => {
      for (const d of defs) {
        const guard = guardName(d.guard)
        transitions.push({ event, ...(guard ? { guard } : {}), targets: (d.target ?? []).map((t) => t.path.join(".")) })
      }
    }
    for (const [event, defs] of n.transitions) add(event, defs)
    if (n.always) add("always", n.always)
    return { key: n.key, path: n.path.join("."), type: n.type, children: Object.values(n.states).map(walk), transitions }
  }
  return walk(machine.root as unknown as XNode)
}
