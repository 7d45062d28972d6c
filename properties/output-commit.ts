import { fail, pass, type Property } from "./property.ts"
import { walk } from "./projection.ts"

/**
 * output-commit: every packet that reaches the outside left a host only when
 * the state that produced it was safe.
 *
 * The property does not trust the hypervisor's tags (the epoch it stamped on
 * a packet, the release mode it claims): it derives a packet's epoch from
 * when the guest produced its bytes relative to the primary's captures. The
 * guest is paused from a capture until its output barrier closes, so bytes
 * produced at or before capture k belong to epoch k, bytes produced after it
 * to epoch k + 1: a packet's epoch is the number of captures strictly before
 * its newest byte was produced. Then, by who sent it:
 * - the primary, while it never held the activation record alone: its
 *   epoch's acknowledgement had reached the primary (the primer's
 *   definition; whether that acknowledgement was honest is for
 *   failover-consistency and stream-integrity to find out after a crash);
 * - the primary, once it holds the record alone (the backup fenced out):
 *   there is no replica left to be consistent with;
 * - the backup: bytes the primary's guest produced must belong to an epoch
 *   the checkpoint it restored contains; bytes its own restored guest
 *   produced (after it resumed) are free; before it restored anything,
 *   nothing may leave it.
 * Whether two copies released at once is single-active's question. With
 * speculative communication the acknowledgements the hypervisor fabricates
 * for the guest must never leave the host at all.
 */
export const outputCommit: Property = {
  id: "output-commit",
  explanation: "A packet reached the outside before the checkpoint that produced it was safe on the backup.",
  check({ trace }) {
    const verdict = walk(trace.facts, (f, p) => {
      if (f.kind !== "packet-out") return undefined
      const produced = f.lastProducedAt ?? f.producedAt
      const epoch = p.epochOf(produced)
      // Worded only for a witness (judging reads every packet of every run).
      const where = () => `${f.host} sent ${f.client} bytes ${f.offset}..${f.offset + f.len}, produced at ${produced / 1000} ms (epoch ${epoch})`
      if (f.speculative) return fail(this.id, f.at, f.t, `${f.host} sent ${f.client} a speculative acknowledgement, which only the guest may see`)
      if (f.host === "primary") {
        if (!p.primaryAlone && !p.acked.has(epoch)) return fail(this.id, f.at, f.t, `${where()} before the primary received the acknowledgement of checkpoint ${epoch}`)
      } else if (p.restored < 0) {
        return fail(this.id, f.at, f.t, `${where()} before restoring any checkpoint`)
      } else if (produced < p.resumedAt && epoch > p.restored) {
        return fail(this.id, f.at, f.t, `${where()}, but the restored checkpoint is ${p.restored}`)
      }
      return undefined
    })
    return verdict ?? pass(this.id)
  },
}
