import { fail, pass, type Property } from "./property.ts"

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
    const captured = new Map<number, string>()
    const owes = new Map<number, Record<string, [number, number]>>()
    const complete = new Set<number>()
    let newestSeen = -1
    for (const f of trace.facts) {
      switch (f.kind) {
        case "capture":
          captured.set(f.epoch, f.digest)
          break
        case "checkpoint-sent":
          if (f.owes) owes.set(f.epoch, f.owes)
          break
        case "checkpoint-complete":
          complete.add(f.epoch)
          break
        case "packet-out":
          if (f.host === "primary") newestSeen = Math.max(newestSeen, f.epoch)
          break
        case "storage-land":
          // A disk write on shared storage is output too: the world (and the backup) can read it.
          if (f.host === "primary" && f.mode === "protected") newestSeen = Math.max(newestSeen, f.epoch)
          break
        case "restore": {
          const digest = captured.get(f.epoch)
          if (digest === undefined) return fail(this.id, f.at, f.t, `restored epoch ${f.epoch}, which the primary never captured`)
          if (!complete.has(f.epoch)) return fail(this.id, f.at, f.t, `restored checkpoint ${f.epoch}, which never arrived completely`)
          if (digest !== f.digest)
            return fail(this.id, f.at, f.t, `restored state of epoch ${f.epoch} is ${f.digest}, the primary's checkpoint was ${digest}`)
          if (f.epoch < newestSeen)
            return fail(this.id, f.at, f.t, `restored checkpoint ${f.epoch}, older than epoch ${newestSeen} whose output was already released`)
          for (const [client, [from, to]] of Object.entries(owes.get(f.epoch) ?? {})) {
            const [have, through] = f.owes?.[client] ?? [from, from]
            if (have > from || through < to)
              return fail(this.id, f.at, f.t, `at checkpoint ${f.epoch} the hypervisor owed ${client} bytes ${from}..${to}, the restored backup can send only ${have}..${through}`)
          }
        }
      }
    }
    return pass(this.id)
  },
}
