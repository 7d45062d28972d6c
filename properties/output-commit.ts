import { fail, pass, type Property } from "./property.ts"

/**
 * output-commit: every packet that reaches the outside left a host only when
 * the state that produced it was safe. By release mode:
 * - `protected` (the primary): its epoch's acknowledgement had reached the
 *   primary (the primer's definition: whether that acknowledgement was honest
 *   is for failover-consistency and stream-integrity to find out after a crash);
 * - `owed` (the backup after failover): the epoch is contained in the
 *   checkpoint the backup restored;
 * - `unprotected`: no replica exists any more, so there is nothing to be
 *   consistent with: the primary must have won the activation record
 *   exclusively (the backup is fenced out), the backup must be running a
 *   restored guest. Whether two copies released at once is single-active's
 *   question, not this property's.
 * With speculative communication the hypervisor's own resends to the client
 * are packets like any other (they carry the epoch of the bytes they hold),
 * and the acknowledgements it fabricates for the guest must never leave the
 * host at all.
 */
export const outputCommit: Property = {
  id: "output-commit",
  explanation: "A packet reached the outside before the checkpoint that produced it was safe on the backup.",
  check({ trace }) {
    const acked = new Set<number>()
    let restored = -1
    let primaryAlone = false
    for (const f of trace.facts) {
      switch (f.kind) {
        case "ack-received":
          acked.add(f.epoch)
          break
        case "restore":
          restored = f.epoch
          break
        case "lease":
          if (f.granted && f.host === "primary") primaryAlone = true
          break
        case "packet-out": {
          const where = `${f.host} sent ${f.client} bytes ${f.offset}..${f.offset + f.len} of epoch ${f.epoch}`
          if (f.speculative) return fail(this.id, f.at, f.t, `${f.host} sent ${f.client} a speculative acknowledgement, which only the guest may see`)
          if (f.mode === "protected") {
            if (f.host !== "primary") return fail(this.id, f.at, f.t, `${where} as protected, but only the primary releases protected output`)
            if (!acked.has(f.epoch)) return fail(this.id, f.at, f.t, `${where} before the primary received the acknowledgement of checkpoint ${f.epoch}`)
          } else if (f.mode === "owed") {
            if (f.host !== "backup" || f.epoch > restored)
              return fail(this.id, f.at, f.t, `${where} as owed output, but the restored checkpoint is ${restored}`)
          } else if (f.host === "primary" && !primaryAlone) {
            return fail(this.id, f.at, f.t, `${where} unprotected without holding the activation record exclusively`)
          } else if (f.host === "backup" && restored < 0) {
            return fail(this.id, f.at, f.t, `${where} unprotected before restoring any checkpoint`)
          }
        }
      }
    }
    return pass(this.id)
  },
}
