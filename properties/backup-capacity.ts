import { fail, pass, type Property } from "./property.ts"

/**
 * backup-capacity (backup consolidation): the shared backup host never holds
 * more guest pages than it has: the hard pages of the VMs it protects plus
 * every page of a VM it has restored. Admission is what should make this
 * impossible; a reservation below a VM's real hard footprint breaks it.
 */
export const backupCapacity: Property = {
  id: "backup-capacity",
  explanation: "The shared backup host held more guest pages than its memory: admission let in VMs whose hard footprints do not fit.",
  check({ trace }) {
    for (const f of trace.facts) {
      if (f.kind !== "backup-charge" || f.totalPages <= f.capacityPages) continue
      return fail(this.id, f.at, f.t, `the backup holds ${f.totalPages} pages, over its ${f.capacityPages}, once ${f.guest} costs ${f.pages}`)
    }
    return pass(this.id)
  },
}
