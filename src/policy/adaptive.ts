import { conditionalPolicy, dirtyTransferUs, heldAgeDeadline } from "./bounded-wait.ts"

/**
 * The seeds' idea (primer 2.3), as one rule: end the epoch at the first of
 *
 * - the oldest held packet, or a held disk write, has waited `maxHeldAgeUs`
 *   (output waits for its checkpoint: network- and disk-heavy phases get
 *   short epochs);
 * - the dirty set would take `transferBudgetUs` to send at the bandwidth the
 *   link has shown (the link bounds the dirty state an epoch may gather;
 *   a memory-heavy phase that re-dirties the same pages stops growing its
 *   dirty set and so runs long epochs, sending each page once);
 * - the ceiling;
 *
 * never before the floor, and, while the link has a backlog (more than one
 * checkpoint unacknowledged), only at the ceiling: a link that cannot keep
 * up is best served by the longest epochs, which send a page dirtied ten
 * times once (found by experiment scheduling: without this rule adaptive
 * checkpointed at its floor under overload and lost to a 100 ms period on
 * both cost and delay). Before the link has shown a rate, the transfer
 * test uses the scenario's epoch instead. Why this and not a weighted sum:
 * each term is a bound the protocol owes someone (the clients, the link),
 * and the first bound to bind is the one that matters; a sum would trade
 * one client's delay for another's dirty pages.
 */
export type AdaptivePolicy = {
  kind: "adaptive"
  floorUs?: number
  ceilingUs?: number
  transferBudgetUs?: number
  maxHeldAgeUs?: number
  /** Only planted bug policy-starves reads it: the dirty rate above which that policy defers past its ceiling. */
  deferAbovePagesPerSecond?: number
}

const d = { floorUs: 5_000, ceilingUs: 100_000, transferBudgetUs: 5_000, maxHeldAgeUs: 10_000, deferAbovePagesPerSecond: 20_000 }

export const adaptive = conditionalPolicy<AdaptivePolicy>({
  kind: "adaptive",
  summary: "the first of: held output or disk writes 10 ms old, the dirty set 5 ms of transfer at the link's measured rate, the ceiling (floor 5 ms, ceiling 100 ms); only the ceiling while the link has a backlog",
  params: { floorUs: "floor", ceilingUs: "ceiling", transferBudgetUs: "budget", maxHeldAgeUs: "age", deferAbovePagesPerSecond: "defer-above" },
  floorUs: (spec) => spec.floorUs ?? d.floorUs,
  ceilingUs: (spec) => spec.ceilingUs ?? d.ceilingUs,
  deferAbovePagesPerSecond: (spec) => spec.deferAbovePagesPerSecond ?? d.deferAbovePagesPerSecond,
  due: ({ spec, epochUs }) => {
    const maxAge = spec.maxHeldAgeUs ?? d.maxHeldAgeUs
    return (o) => {
      if (o.unackedCheckpoints > 1) return false
      // Disk writes carry no age in the view: held since the epoch began at the latest.
      const outputAt = heldAgeDeadline(o, maxAge)
      const diskAt = o.heldDiskWrites > 0 ? o.epochStartedAt + maxAge : undefined
      const transfer = dirtyTransferUs(o)
      if (transfer === undefined ? o.now >= o.epochStartedAt + epochUs : transfer >= (spec.transferBudgetUs ?? d.transferBudgetUs)) return true
      const at = Math.min(outputAt ?? Infinity, diskAt ?? Infinity)
      return at === Infinity ? false : o.now >= at || at
    }
  },
})
