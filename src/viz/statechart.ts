import type { AnyStateMachine } from "xstate"
import { backupMachine } from "../../machines/backup.ts"
import { clientMachine } from "../../machines/client.ts"
import { linkMachine } from "../transport/tcp/link-machine.ts"
import { queuePairMachine } from "../transport/rdma/queue-pair-machine.ts"
import { primaryMachine } from "../../machines/primary.ts"
import { guestTcpMachine } from "../../machines/guest-tcp.ts"
import { clientTcpMachine } from "../../machines/client-tcp.ts"

/** The protocol machines, by actor name. */
export const machines: Record<string, AnyStateMachine> = {
  primary: primaryMachine,
  backup: backupMachine,
  link: linkMachine,
  "queue-pair": queuePairMachine,
  "guest-tcp": guestTcpMachine,
  "client-tcp": clientTcpMachine,
  client: clientMachine,
}

interface Node {
  key: string
  id: string
  type: string
  states: Record<string, Node>
  initial?: { target: Node[] }
  transitions: Map<string, Transition[]>
  always?: Transition[]
  entry?: unknown[]
}

interface Transition {
  target?: Node[]
  guard?: { type?: string } | unknown
  actions?: unknown[]
}

const ident = (n: Node) => n.id.replace(/[^A-Za-z0-9_]/g, "_")
const guardName = (g: unknown) =>
  typeof g === "string" ? ` [${g}]` : g && typeof g === "object" && "type" in g && typeof g.type === "string" ? ` [${g.type}]` : ""

/** An action's name: a named action's, or the kind of an inline one (assign, emit, enqueue). */
const actionName = (a: unknown): string => {
  const type = typeof a === "string" ? a : a && (typeof a === "object" || typeof a === "function") && "type" in a && typeof a.type === "string" ? a.type : "action"
  return type.replace(/^xstate\./, "").replace(/^enqueueActions$/, "enqueue")
}
const actionsText = (t: Transition) => (t.actions?.length ? ` / ${t.actions.map(actionName).join(", ")}` : "")

/**
 * A machine as a Mermaid state diagram: nesting, parallel regions, initial
 * states, every transition with its event, guard and actions. A transition
 * without a target (the machine decides and acts, staying where it is: a
 * release, staging a part, an acknowledgement) is drawn as a self-loop, so
 * the protocol's decisions are on the chart, not only its phase changes.
 */
export const toMermaid = (machine: AnyStateMachine): string => {
  const lines = ["stateDiagram-v2"]
  const root = machine.root as unknown as Node
  const render = (node: Node, depth: number) => {
    const pad = "  ".repeat(depth)
    const children = Object.values(node.states)
    if (node.initial?.target?.[0] && node.type !== "parallel") lines.push(`${pad}[*] --> ${ident(node.initial.target[0])}`)
    children.forEach((child, i) => {
      if (node.type === "parallel" && i > 0) lines.push(`${pad}--`)
      lines.push(`${pad}state "${child.key}" as ${ident(child)}`)
      // What a state does on entry (a restore, a claim, a release of everything held) is a decision too.
      if (child.entry?.length) lines.push(`${pad}${ident(child)} : entry / ${child.entry.map(actionName).join(", ")}`)
      if (Object.keys(child.states).length > 0) {
        lines.push(`${pad}state ${ident(child)} {`)
        render(child, depth + 1)
        lines.push(`${pad}}`)
      }
      if (child.type === "final") lines.push(`${pad}${ident(child)} --> [*]`)
    })
    for (const child of children) edges(child, pad)
  }
  const edges = (node: Node, pad: string) => {
    const edge = (event: string, d: Transition) => {
      const label = `${event}${guardName(d.guard)}${actionsText(d)}`
      if (!d.target?.length) lines.push(`${pad}${ident(node)} --> ${ident(node)} : ${label}`)
      for (const t of d.target ?? []) lines.push(`${pad}${ident(node)} --> ${ident(t)} : ${label}`)
    }
    for (const [event, defs] of node.transitions) for (const d of defs) edge(event, d)
    for (const d of node.always ?? []) edge("always", d)
  }
  render(root, 1)
  // A transition on the root applies in every top-level state: draw it from each.
  for (const [event, defs] of root.transitions)
    for (const d of defs)
      for (const t of d.target ?? [])
        for (const from of Object.values(root.states))
          if (from !== t && from.type !== "final") lines.push(`  ${ident(from)} --> ${ident(t)} : ${event}${guardName(d.guard)}${actionsText(d)}`)
  return lines.join("\n")
}
