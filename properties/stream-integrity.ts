import { TCP_MIN_RTO_US } from "../src/net/tcp-params.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { Reassembly } from "../src/net/reassembly.ts"
import { fail, pass, type Property } from "./property.ts"

/**
 * How long a hole in a client's stream may stay open before it counts as a
 * gap: a failover (detection, fencing, restore), a lost packet's
 * retransmission, a request retransmission, two epochs of slack.
 */
export const holeBoundUs = (s: Scenario): number =>
  s.host.detectionTimeoutUs + s.host.storageLatencyUs + s.host.restoreUs + 2 * TCP_MIN_RTO_US + 2 * s.client.minRtoUs + 2 * s.host.epochUs

/**
 * stream-integrity: each client's byte stream is gap-free and duplicate-free,
 * and nothing it received is ever contradicted. Judged on what clients
 * actually received:
 * - bytes arriving again for offsets a client already holds must be the same
 *   bytes (a duplicate, not a different version);
 * - at a failover, the restored guest's stream must reach at least as far as
 *   every byte a client has received (else the guest will write those offsets
 *   anew, with different bytes);
 * - a hole (bytes received beyond missing ones) must fill within a bound.
 */
export const streamIntegrity: Property = {
  id: "stream-integrity",
  explanation: "A client's byte stream was contradicted, or left with a gap that never filled.",
  check({ trace, scenario }) {
    const bound = holeBoundUs(scenario)
    const streams = new Map<string, Reassembly>()
    const holeSince = new Map<string, { t: number; at: number }>()
    for (const f of trace.facts) {
      if (f.kind === "client-recv") {
        if (f.conflict >= 0)
          return fail(this.id, f.at, f.t, `${f.client} received bytes at offset ${f.conflict} that differ from the bytes it already had there`)
        let r = streams.get(f.client)
        if (!r) streams.set(f.client, (r = new Reassembly()))
        r.add(f.offset, f.offset + f.len)
        if (!r.hasHole) holeSince.delete(f.client)
        else if (!holeSince.has(f.client)) holeSince.set(f.client, { t: f.t, at: f.at })
      } else if (f.kind === "restore") {
        for (const [client, r] of streams) {
          const restored = f.streams[client] ?? 0
          if (r.highest > restored)
            return fail(this.id, f.at, f.t, `${client} already received bytes up to ${r.highest}, but the restored guest's stream ends at ${restored}`)
        }
      }
      for (const [client, open] of holeSince) {
        if (f.t - open.t > bound)
          return fail(this.id, open.at, open.t, `${client}'s stream has a gap at ${streams.get(client)!.through} still open ${bound / 1000} ms later`)
      }
    }
    for (const [client, open] of holeSince) {
      if (scenario.durationUs - open.t > bound)
        return fail(this.id, open.at, open.t, `${client}'s stream has a gap at ${streams.get(client)!.through} that never filled`)
    }
    return pass(this.id)
  },
}
