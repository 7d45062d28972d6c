import { machineEngines, type MachineEngine } from "../sim/machine-actor.ts"
import { parseArgs, type ParseArgsConfig } from "node:util"
import { bugs, isBugName, type BugName } from "../bugs/bugs.ts"
import { UsageError } from "./usage-error.ts"

type Options = NonNullable<ParseArgsConfig["options"]>

/** node:util parseArgs in strict mode, with its errors turned into one-line usage errors. */
export const strictArgs = <O extends Options>(argv: string[], options: O, allowPositionals = false) => {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals })
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0])
  }
}

export const positiveInt = (flag: string, s: string): number => {
  if (!/^\d+$/.test(s) || Number(s) < 1) throw new UsageError(`${flag}: expected a positive integer, got "${s}"`)
  return Number(s)
}

export const parseSeed = (s: string): number => {
  if (!/^-?\d+$/.test(s) || !Number.isSafeInteger(Number(s)) || Math.abs(Number(s)) > 0xffffffff)
    throw new UsageError(`--seed: expected an integer up to 32 bits, got "${s}"`)
  return Number(s) | 0
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
