import type { Sim } from "../sim/kernel.ts"

/** Several primaries protected by one backup host (primer, section 2.5). */
export interface Consolidation {
  /** Primaries of the scenario's profile, named vm1, vm2, ... */
  vms: number
  /** The backup host's memory for guest pages. */
  backupCapacityPages: number
  /** What each VM is sized at on the backup: its hard footprint with soft pages filtered (the operator's figure, from a measurement such as `experiment soft-pages`). */
  reservePages: number
}

interface Member {
  vm: string
  reservePages: number
  pages: number
}

/**
 * The shared backup host's memory. Admission reserves each VM's hard
 * footprint and keeps room for any one of them to fail over: a restored VM
 * runs on the backup with all its pages, so the reservations plus the largest
 * (pages - reserve) must fit. At run time each VM's backup charges what it
 * really holds (hard pages while standing by, every page once restored);
 * property backup-capacity checks that the total never exceeds the capacity.
 * The backup host is one machine: when one VM's backup crashes, all do.
 */
export class BackupPool {
  private readonly admitted: Member[] = []
  private readonly charges = new Map<string, number>()
  private readonly crashes: Array<() => void> = []
  private total = 0

  constructor(
    private readonly kernel: Sim,
    readonly capacityPages: number,
  ) {}

  /** Admit `vm` or refuse it; the fact says which and why, in one line. */
  admit(vm: string, reservePages: number, pages: number): boolean {
    const members = [...this.admitted, { vm, reservePages, pages }]
    const reserved = members.reduce((n, m) => n + m.reservePages, 0)
    const headroom = Math.max(...members.map((m) => m.pages - m.reservePages))
    const free = this.capacityPages - this.admitted.reduce((n, m) => n + m.reservePages, 0)
    const admitted = reserved + headroom <= this.capacityPages
    const reason = admitted
      ? `reserved ${reservePages} pages; ${this.capacityPages - reserved} of ${this.capacityPages} left, ${headroom} kept for one failover`
      : `backup full: ${vm} needs ${reservePages} pages and ${headroom} must stay free for one failover, but only ${free} of ${this.capacityPages} are not reserved`
    this.kernel.observe({ kind: "admission", guest: vm, admitted, reservePages, reason })
    if (admitted) this.admitted.push(members[members.length - 1])
    return admitted
  }

  /** `vm` now costs the backup `pages`. */
  charge(vm: string, pages: number): void {
    const before = this.charges.get(vm) ?? 0
    if (before === pages) return
    this.charges.set(vm, pages)
    this.total += pages - before
    this.kernel.observe({ kind: "backup-charge", guest: vm, pages, totalPages: this.total, capacityPages: this.capacityPages })
  }

  /**
   * `vm`'s backup wants to fail over: its restored guest will need all
   * `pages`. Admission kept room for one failover; a second at once may not
   * fit. If it fits the memory is taken now (before the record is claimed, so
   * two failovers cannot both count on the same room); if not, the reason.
   */
  claimForFailover(vm: string, pages: number): string | undefined {
    const after = this.total - (this.charges.get(vm) ?? 0) + pages
    if (after > this.capacityPages)
      return `no room to restore ${vm}: it needs ${pages} pages, the backup would hold ${after} of ${this.capacityPages} (admission keeps room for one failover at a time)`
    this.charge(vm, pages)
    return undefined
  }

  /** Register how to crash one VM's share of the host. */
  onHostCrash(crash: () => void): void {
    this.crashes.push(crash)
  }

  /** The backup host went down: every VM's backup with it. */
  hostCrashed(): void {
    for (const crash of this.crashes) crash()
  }
}
