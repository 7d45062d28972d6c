import { fail, pass, type Property } from "./property.ts"
import { walk } from "./projection.ts"

/**
 * failover-consistency: the state the backup restores equals the primary's
 * state at one checkpoint the rules allow (primer, section 1): a checkpoint
 * that arrived completely, and none older than a checkpoint whose output the
 * outside world has seen. The digest covers every page byte for byte, the
 * vCPU and the devices (stream positions included), so the output the guest
 * still owes follows from it. With speculative communication the hypervisor
 * owns output too (bytes acknowledged to the guest that the client has not
 * acknowledged): the backup must be able to send every byte the primary's
 * hypervisor owned at that checkpoint.
 */
export const failoverConsistency: Property = {
  id: "failover-consistency",
  explanation: "After failover the backup runs a state the primary never checkpointed, or one older than output already seen.",
  check({ trace }) {
    const verdict = walk(trace.facts, (f, p) => {
      if (f.kind !== "restore") return undefined
      const digest = p.captureDigest.get(f.epoch)
      if (digest === undefined) return fail(this.id, f.at, f.t, `restored epoch ${f.epoch}, which the primary never captured`)
      if (!p.complete.has(f.epoch)) return fail(this.id, f.at, f.t, `restored checkpoint ${f.epoch}, which never arrived completely`)
      if (digest !== f.digest) return fail(this.id, f.at, f.t, `restored state of epoch ${f.epoch} is ${f.digest}, the primary's checkpoint was ${digest}`)
      if (f.epoch < p.newestSeen) return fail(this.id, f.at, f.t, `restored checkpoint ${f.epoch}, older than epoch ${p.newestSeen} whose output was already released`)
      for (const [client, [from, to]] of Object.entries(p.owedAt.get(f.epoch) ?? {})) {
        const [have, through] = f.owes?.[client] ?? [from, from]
        if (have > from || through < to)
          return fail(this.id, f.at, f.t, `at checkpoint ${f.epoch} the hypervisor owed ${client} bytes ${from}..${to}, the restored backup can send only ${have}..${through}`)
      }
      return undefined
    })
    return verdict ?? pass(this.id)
  },
}
