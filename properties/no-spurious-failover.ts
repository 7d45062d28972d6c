import { fail, pass, type Property } from "./property.ts"

/**
 * no-spurious-failover: a host claims the activation record only after a
 * real silence: nothing from its peer reached it for at least its detection
 * timeout before the claim, or the replication connection failed. Judged
 * from what the wire delivered (the `claim` fact the link records), not from
 * the host's own account, so a failure detector that ignores heartbeats or
 * acknowledgements in some phase fails here even when fencing keeps the
 * outcome safe.
 */
export const noSpuriousFailover: Property = {
  id: "no-spurious-failover",
  explanation: "A host claimed the activation record although its peer had spoken to it within the detection timeout: its failure detector ignored signs of life.",
  check({ trace, scenario }) {
    const timeout = scenario.host.detectionTimeoutUs
    for (const f of trace.facts)
      if (f.kind === "claim" && !f.connectionLost && f.silentUs < timeout)
        return fail(this.id, f.at, f.t, `${f.host} claimed the activation record after only ${f.silentUs / 1000} ms without hearing from its peer (detection timeout ${timeout / 1000} ms)`)
    return pass(this.id)
  },
}
