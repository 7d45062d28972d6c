import type { HostId } from "../sim/observations.ts"

/**
 * The activation record on shared storage: who may release the VM's output.
 * The primary holds it from the start. On silence the backup claims it (and
 * wins unless the primary has already claimed it exclusively); on silence the
 * primary claims exclusivity (and wins unless the backup already took it).
 * Whichever claim reaches the store first wins, so at most one copy releases.
 * Releases check the record at the instant of release (a reservation-checked
 * operation, modelled as taking no time).
 */
export class ActivationRecord {
  private owner: HostId = "primary"
  private exclusive = false

  holds(host: HostId): boolean {
    return this.owner === host
  }

  /** Backup takeover: granted unless the primary runs alone. */
  claimForBackup(): boolean {
    if (this.owner === "backup") return true
    if (this.exclusive) return false
    this.owner = "backup"
    return true
  }

  /** Primary going unprotected: granted if it still owns the record. */
  claimExclusiveForPrimary(): boolean {
    if (this.owner !== "primary") return false
    this.exclusive = true
    return true
  }

  describe(): string {
    return `${this.owner}${this.exclusive ? " (exclusive)" : ""}`
  }
}
