import { machines, toMermaid } from "../viz/statechart.ts"
import { strictArgs } from "./args.ts"
import { UsageError } from "./usage-error.ts"

export const machinesHelp = `epochlab machines [NAME ...] [--format mermaid|list]
  Render the protocol machines (${Object.keys(machines).join(", ")}) as Mermaid state diagrams.`

/** `epochlab machines`: the statecharts, for reading the protocol on its own. */
export const machinesCommand = (argv: string[]): number => {
  const { values, positionals } = strictArgs(argv, { format: { type: "string", default: "mermaid" } }, true)
  const names = positionals.length ? positionals : Object.keys(machines)
  for (const n of names) if (!machines[n]) throw new UsageError(`unknown machine "${n}"; machines: ${Object.keys(machines).join(", ")}`)
  if (values.format === "list") for (const n of names) console.log(n)
  else if (values.format === "mermaid") for (const n of names) console.log(`%% ${n}\n${toMermaid(machines[n])}\n`)
  else throw new UsageError(`--format: expected mermaid or list, got "${values.format}"`)
  return 0
}
