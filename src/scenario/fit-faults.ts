import type { Scenario } from "./scenario.ts"
import { describeFault, type Fault } from "../faults/schedule.ts"

/** The smallest message on the replication link (an acknowledgement) and on the client path (a bare TCP segment). */
const SMALLEST_LINK_MESSAGE = 32
const SMALLEST_CLIENT_PACKET = 66

/**
 * Why `f` can never act in a run of `s`, or undefined if it may: a time at or
 * after the run's end, a client or VM the scenario does not have, an epoch
 * beyond any the run can reach, a segment or packet number beyond any the
 * run can send (the link or path full of its smallest messages for the
 * whole run). A fault that cannot act would make a schedule look tested
 * when nothing was (docs/faults.md: a typo cannot silently turn a fault off).
 */
export const whyInert = (s: Scenario, f: Fault): string | undefined => {
  const end = s.durationUs
  const vms = s.consolidation?.vms ?? 1
  if (f.vm !== undefined && Number(f.vm.slice(2)) > vms) return `${s.name} runs ${vms === 1 ? "one VM (vm1)" : `vm1 to vm${vms}`}`
  if ("atUs" in f && f.atUs >= end) return `it acts at ${f.atUs / 1000} ms, at or after the run's end (${end / 1000} ms)`
  if ("client" in f) {
    const n = Number(f.client.slice("client-".length))
    if (n < 1 || n > s.clients) return `${s.name} has ${s.clients === 1 ? "one client (client-1)" : `clients client-1 to client-${s.clients}`}`
  }
  if (f.kind === "crash-at" && f.point !== "during-failover") {
    const epochs = Math.floor(end / s.host.epochUs) + 1
    if (f.epoch > epochs) return `a run of ${end / 1000} ms has at most ${epochs} epochs`
  }
  if ((f.kind === "crash" || f.kind === "crash-at") && f.host === "backup" && s.tcp?.mode === "native") return `${s.name} has no backup`
  if (f.kind === "link-drop" || f.kind === "link-duplicate") {
    const most = Math.ceil((end * s.link.bytesPerSecond) / 1e6 / SMALLEST_LINK_MESSAGE)
    if (f.nth > most) return `the replication link carries at most ${most} messages each way in this run`
  }
  if (f.kind === "client-drop" || f.kind === "client-duplicate" || f.kind === "client-reorder") {
    const most = Math.ceil((end * s.clientPath.bytesPerSecond) / 1e6 / SMALLEST_CLIENT_PACKET)
    if (f.nth > most) return `a client's path carries at most ${most} packets each way in this run`
  }
  return undefined
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
