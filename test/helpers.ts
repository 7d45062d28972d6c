import { createActor, type AnyStateMachine } from "xstate"
import { remusBasic } from "../src/scenario/builtin.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import type { Observation } from "../src/sim/observations.ts"

/** remus-basic cut short, for tests that run many simulations. */
export const shortBasic = (durationUs = 800_000): Scenario => ({ ...remusBasic, name: "remus-basic-short", durationUs })

/** Start a machine outside the kernel and collect what it emits. */
export const harness = (machine: AnyStateMachine, input: unknown) => {
  const actor = createActor(machine, { input })
  const out: Array<{ type: string } & Record<string, unknown>> = []
  actor.on("*", (e) => out.push(e as never))
  actor.start()
  return {
    actor,
    out,
    send(event: Record<string, unknown> & { type: string }) {
      out.length = 0
      actor.send(event as never)
      return out.slice()
    },
    value: () => JSON.stringify(actor.getSnapshot().value),
    context: <C>() => actor.getSnapshot().context as C,
  }
}

export const factsOf = <K extends Observation["kind"]>(facts: readonly Observation[], kind: K) =>
  facts.filter((f): f is Extract<Observation, { kind: K }> => f.kind === kind)
