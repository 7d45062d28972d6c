import { fail, pass, type Property } from "./property.ts"

/**
 * early-pages-staged (speculative state transfer): pages sent during epoch k
 * ahead of checkpoint k go into the backup's image only as part of applying
 * k, in the same step, never on their own. Written earlier, they sit in the
 * image of checkpoint k-1: a failover before k commits would restore a state
 * the primary was never in. failover-consistency catches that only when a
 * crash falls in the window; this catches the early write itself.
 */
export const earlyPagesStaged: Property = {
  id: "early-pages-staged",
  explanation: "The backup wrote pages sent early into its image before their checkpoint committed: a failover in between restores a mix of two checkpoints.",
  check({ trace }) {
    const applied = new Set<string>()
    for (const f of trace.facts) if (f.kind === "apply") applied.add(`${f.at}/${f.epoch}`)
    for (const f of trace.facts)
      if (f.kind === "early-apply" && !applied.has(`${f.at}/${f.epoch}`))
        return fail(this.id, f.at, f.t, `${f.pages} pages sent early for checkpoint ${f.epoch} went into the backup's image before it was applied`)
    return pass(this.id)
  },
}
