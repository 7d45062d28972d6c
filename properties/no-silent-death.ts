import { fail, pass, type Property } from "./property.ts"

/**
 * no-silent-death: every fiber a host runs (the primary's epoch loop, its
 * release loop) ends only when its host stops it: a crash, a halt, going on
 * without a replica. A loop that returns, fails, dies of a defect or is
 * interrupted by anything else leaves the protocol half running while every
 * other property may still pass; the fiber watch (src/sim/fiber-watch.ts)
 * records it and this property fails on it.
 */
export const noSilentDeath: Property = {
  id: "no-silent-death",
  explanation: "A host's fiber ended without its host stopping it (a loop returned, failed or was interrupted): part of the protocol silently stopped.",
  check({ trace }) {
    for (const f of trace.facts) if (f.kind === "fiber-died") return fail(this.id, f.at, f.t, `${f.host}'s ${f.fiber} fiber ${f.how}`)
    return pass(this.id)
  },
}
