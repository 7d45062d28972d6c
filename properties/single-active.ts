import { fail, pass, type Property } from "./property.ts"
import { walk } from "./projection.ts"

/**
 * single-active: at no instant do two copies of the VM release output. Output
 * may pass from the primary to the backup once (a failover); after the backup
 * has released anything, the primary never releases again.
 */
export const singleActive: Property = {
  id: "single-active",
  explanation: "Two copies of the VM released output: the primary kept talking after the backup took over.",
  check({ trace }) {
    const verdict = walk(trace.facts, (f, p) =>
      f.kind === "packet-out" && f.host === "primary" && p.backupReleasingSince >= 0
        ? fail(this.id, f.at, f.t, `the primary released ${f.client} bytes ${f.offset}.. at ${f.t} us, after the backup began releasing at ${p.backupReleasingSince} us`)
        : undefined,
    )
    return verdict ?? pass(this.id)
  },
}
