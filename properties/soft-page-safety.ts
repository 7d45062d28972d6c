import { fail, pass, type Property } from "./property.ts"

/**
 * soft-page-safety (primer, section 3): no page dirtied in an epoch is
 * withheld from that epoch's checkpoint (the pages captured equal the pages
 * sent), and the soft pages a restored guest gets back from shared storage
 * match the checkpoint: with soft pages rebuilt, the restored state's digest
 * must equal the primary's at that checkpoint.
 */
export const softPageSafety: Property = {
  id: "soft-page-safety",
  explanation: "A page the guest dirtied was left out of its checkpoint, or soft pages rebuilt from shared storage after failover did not match the checkpoint.",
  check({ trace }) {
    const captured = new Map<number, { pages: number; digest: string }>()
    let restore: { epoch: number; digest: string } | undefined
    for (const f of trace.facts) {
      switch (f.kind) {
        case "capture":
          captured.set(f.epoch, { pages: f.pages, digest: f.digest })
          break
        case "checkpoint-sent": {
          const c = captured.get(f.epoch)
          if (c && f.pages < c.pages) return fail(this.id, f.at, f.t, `checkpoint ${f.epoch} carries ${f.pages} pages, the guest dirtied ${c.pages}`)
          break
        }
        case "restore":
          restore = { epoch: f.epoch, digest: f.digest }
          break
        case "soft-rebuilt":
          if (f.pages > 0 && restore && captured.get(restore.epoch)?.digest !== restore.digest)
            return fail(this.id, f.at, f.t, `${f.pages} soft pages rebuilt from shared storage: the restored state does not match checkpoint ${restore.epoch}`)
          break
      }
    }
    return pass(this.id)
  },
}
