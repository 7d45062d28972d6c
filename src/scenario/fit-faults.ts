import type { Scenario } from "./scenario.ts"
import { describeFault, type Fault } from "../faults/schedule.ts"
import type { FaultWorld } from "../faults/kind.ts"
import { kindOf } from "../faults/kinds/index.ts"

/** What decides whether a fault can act in a scenario. */
export const faultWorld = (s: Scenario): FaultWorld => ({
  name: s.name,
  durationUs: s.durationUs,
  epochUs: s.host.epochUs,
  clients: s.clients,
  vms: s.consolidation?.vms ?? 1,
  linkBytesPerSecond: s.link.bytesPerSecond,
  clientBytesPerSecond: s.clientPath.bytesPerSecond,
  transport: s.transport ?? "tcp",
  hasBackup: s.tcp?.mode !== "native",
})

/**
 * Why `f` can never act in a run of `s`, or undefined if it may: a time at or
 * after the run's end, a client or VM the scenario does not have (checked for
 * every fault), or what its kind says (an epoch beyond any the run reaches, a
 * segment or packet number beyond any the run can send, no backup to crash).
 * A fault that cannot act would make a schedule look tested when nothing was
 * (docs/faults.md: a typo cannot silently turn a fault off).
 */
export const whyInert = (s: Scenario, f: Fault): string | undefined => {
  const w = faultWorld(s)
  if (f.vm !== undefined && Number(f.vm.slice(2)) > w.vms) return `${s.name} runs ${w.vms === 1 ? "one VM (vm1)" : `vm1 to vm${w.vms}`}`
  if ("atUs" in f && f.atUs >= w.durationUs) return `it acts at ${f.atUs / 1000} ms, at or after the run's end (${w.durationUs / 1000} ms)`
  if ("client" in f) {
    const n = Number(f.client.slice("client-".length))
    if (n < 1 || n > w.clients) return `${s.name} has ${w.clients === 1 ? "one client (client-1)" : `clients client-1 to client-${w.clients}`}`
  }
  const kind = kindOf(f)
  if (kind.transports && !kind.transports.includes(w.transport)) return `${s.name} replicates over ${w.transport}, and it acts on ${kind.transports.join(" or ")} only`
  return kind.whyInert?.(w, f)
}

/** A fault that cannot act: the message names it and says why, in one line. */
export class InertFaultError extends Error {}

/** Refuse a schedule with a fault that can never act in `s`. */
export const checkFaultsFit = (s: Scenario, faults: readonly Fault[], where = "fault"): void => {
  faults.forEach((f, i) => {
    const why = whyInert(s, f)
    if (why) throw new InertFaultError(`${where}${faults.length > 1 ? ` ${i + 1}` : ""} "${describeFault(f)}" can never act: ${why}`)
  })
}
