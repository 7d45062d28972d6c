import { bugs } from "../bugs/bugs.ts"
import { strictArgs } from "./args.ts"

/** `epochlab bugs`: the planted protocol bugs, one line each. */
export const bugsCommand = (argv: string[]): number => {
  const { values } = strictArgs(argv, { json: { type: "boolean", default: false } })
  if (values.json) console.log(JSON.stringify(bugs))
  else for (const b of bugs) console.log(`${b.name.padEnd(26)}${b.summary}${"scenario" in b ? ` (scenario ${b.scenario})` : ""}`)
  return 0
}
