import { fail, pass, type Property } from "./property.ts"
import { walk } from "./projection.ts"

/**
 * storage-consistency (primer, section 3): the shared store never shows a
 * write of an epoch that has not committed; after failover it matches the
 * restored checkpoint. A write the primary releases must land after its
 * epoch's acknowledgement; a write the backup owes must be of an epoch it
 * restored; when the restored guest resumes, every block holds the content of
 * the newest write the guest issued in an epoch up to the restored one (or
 * was never written in those epochs and holds nothing newer).
 */
export const storageConsistency: Property = {
  id: "storage-consistency",
  explanation: "Shared storage showed a disk write before its epoch committed, or did not match the checkpoint the backup restored.",
  check({ trace }) {
    /** Per block, the guest's writes in issue order: [epoch, digest]. */
    const issued = new Map<number, Array<[number, string]>>()
    /** Per block, what the store holds now: [epoch, digest]. */
    const store = new Map<number, [number, string]>()
    const verdict = walk(trace.facts, (f, p) => {
      switch (f.kind) {
        case "disk-write": {
          if (f.host !== "primary") return undefined // the restored guest's own writes come after the check at resume
          const list = issued.get(f.block) ?? []
          list.push([f.epoch, f.digest])
          issued.set(f.block, list)
          return undefined
        }
        case "storage-land":
          if (f.mode === "protected" && !p.acked.has(f.epoch))
            return fail(this.id, f.at, f.t, `block ${f.block}: a write of epoch ${f.epoch} reached shared storage before checkpoint ${f.epoch} was acknowledged`)
          if (f.mode === "owed" && f.epoch > p.restored)
            return fail(this.id, f.at, f.t, `block ${f.block}: the backup wrote epoch ${f.epoch}'s data but restored checkpoint ${p.restored}`)
          store.set(f.block, [f.epoch, f.digest])
          return undefined
        case "resumed": {
          // Judged against the state the backup actually restored (the restore fact), not the epoch it meant to.
          const wrong = mismatch(issued, store, p.restored)
          return wrong ? fail(this.id, f.at, f.t, `at resume from checkpoint ${p.restored}, ${wrong}`) : undefined
        }
      }
      return undefined
    })
    return verdict ?? pass(this.id)
  },
}

const mismatch = (issued: Map<number, Array<[number, string]>>, store: Map<number, [number, string]>, epoch: number): string | undefined => {
  for (const block of new Set([...issued.keys(), ...store.keys()])) {
    const upTo = (issued.get(block) ?? []).filter(([e]) => e <= epoch)
    const want = upTo.length ? upTo[upTo.length - 1][1] : undefined
    const have = store.get(block)
    if (want === undefined && have) return `block ${block} holds a write of epoch ${have[0]}, which the checkpoint never made`
    if (want !== undefined && have?.[1] !== want) return `block ${block} holds ${have ? `epoch ${have[0]}'s data` : "nothing"}, not the checkpoint's last write (digest ${want})`
  }
  return undefined
}
