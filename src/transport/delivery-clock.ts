import type { HostId } from "../sim/observations.ts"

/**
 * When the link last delivered to each host: the wire's account of a host's
 * silence, for the no-spurious-failover observer (the `claim` fact). The
 * silence before a claim counts what arrived before the claim's instant:
 * what arrives at that same instant races the host's timer, and neither
 * order is a failure detector's fault. A message handed to a frozen host
 * (a host-pause) reaches it when it thaws.
 */
export class DeliveryClock {
  private readonly last: Record<HostId, number> = { primary: -1, backup: -1 }
  /** The delivery instant before `last`. */
  private readonly before: Record<HostId, number> = { primary: -1, backup: -1 }

  /** The link handed `host` a message at `now`; it reads it then, or when it thaws (`thawsAt`). */
  delivered(host: HostId, now: number, thawsAt?: number): void {
    now = Math.max(now, thawsAt ?? now)
    if (now <= this.last[host]) return
    this.before[host] = this.last[host]
    this.last[host] = now
  }

  /** How long `host` had heard nothing from the wire, as of `now`. */
  silentUs(host: HostId, now: number): number {
    const heard = this.last[host] < now ? this.last[host] : this.before[host]
    return heard < 0 ? now : now - heard
  }
}
