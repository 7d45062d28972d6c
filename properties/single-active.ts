import { fail, pass, type Property } from "./property.ts"

/**
 * single-active: at no instant do two copies of the VM release output. Output
 * may pass from the primary to the backup once (a failover); after the backup
 * has released anything, the primary never releases again.
 */
export const singleActive: Property = {
  id: "single-active",
  explanation: "Two copies of the VM released output: the primary kept talking after the backup took over.",
  check({ trace }) {
    let backupSince = -1
    for (const f of trace.facts) {
      if (f.kind !== "packet-out") continue
      if (f.host === "backup" && backupSince < 0) backupSince = f.t
      if (f.host === "primary" && backupSince >= 0)
        return fail(this.id, f.at, f.t, `the primary released ${f.client} bytes ${f.offset}.. at ${f.t} us, after the backup began releasing at ${backupSince} us`)
    }
    return pass(this.id)
  },
}
