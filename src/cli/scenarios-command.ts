import { scenarios } from "../scenario/builtin.ts"
import { strictArgs } from "./args.ts"

/** `epochlab scenarios`: one line each, or JSON. */
export const scenariosCommand = (argv: string[]): number => {
  const { values } = strictArgs(argv, { json: { type: "boolean", default: false } })
  if (values.json) console.log(JSON.stringify(scenarios.map((s) => ({ name: s.name, description: s.description }))))
  else {
    const width = Math.max(...scenarios.map((s) => s.name.length)) + 2
    for (const s of scenarios) console.log(`${s.name.padEnd(width)}${s.description}`)
  }
  return 0
}
