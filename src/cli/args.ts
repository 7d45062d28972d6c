import { machineEngines, type MachineEngine } from "../sim/machine-actor.ts"
import { parseArgs, type ParseArgsConfig } from "node:util"
import { bugs, isBugName, type BugName } from "../bugs/bugs.ts"
import { UsageError } from "./usage-error.ts"

type Options = NonNullable<ParseArgsConfig["options"]>

/** node:util parseArgs in strict mode, with its errors turned into one-line usage errors. */
export const strictArgs = <O extends Options>(argv: string[], options: O, allowPositionals = false) => {
  // parseArgs takes "-1" after a value-taking option for an option of its own and answers with a hint cut in two.
  for (let i = 0; i + 1 < argv.length; i++) {
    const name = argv[i].startsWith("--") ? argv[i].slice(2) : undefined
    if (name && options[name]?.type === "string" && /^-\d/.test(argv[i + 1])) throw new UsageError(`--${name}: negative numbers are not allowed here, got "${argv[i + 1]}"`)
  }
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals })
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0])
  }
}

/** An integer from 1 to `max` (a count a user types: past it, a typo more likely than a wish). */
export const positiveInt = (flag: string, s: string, max = 1_000_000_000): number => {
  if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > max) throw new UsageError(`${flag}: expected an integer from 1 to ${max}, got "${s}"`)
  return Number(s)
}

/** How many runs: 1 to 10^12 (a campaign of a trillion runs is a year of one core at remus-mini's speed). */
export const countArg = (flag: string, s: string): number => positiveInt(flag, s, 1_000_000_000_000)

export const MAX_SEED = 0xffffffff

/** A seed: an unsigned 32-bit integer, as a user types it and as files store it. */
export const parseSeed = (s: string): number => {
  if (!/^\d+$/.test(s) || Number(s) > MAX_SEED) throw new UsageError(`--seed: expected an integer from 0 to ${MAX_SEED}, got "${s}"`)
  return Number(s)
}

export const parseBug = (s: string | undefined): BugName | undefined => {
  if (s === undefined) return undefined
  if (!isBugName(s)) throw new UsageError(`--bug: unknown bug "${s}"; planted bugs: ${bugs.map((b) => b.name).join(", ")}`)
  return s
}

/** `--engine compiled|xstate|lockstep`: how machines run (src/sim/machine-actor.ts). */
export const parseEngine = (value: string | undefined): MachineEngine => {
  if (value === undefined) return "compiled"
  if ((machineEngines as readonly string[]).includes(value)) return value as MachineEngine
  throw new UsageError(`--engine: expected one of ${machineEngines.join(", ")}, got "${value}"`)
}

export const engineHelp = `  --engine E             run the machines on: compiled (default: tables compiled from each machine),
                         xstate (XState's own actors), lockstep (both, stopping at the first difference)`
