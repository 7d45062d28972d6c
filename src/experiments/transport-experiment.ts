import { percentile } from "../common/percentile.ts"
import { metricsOf } from "../run/metrics.ts"
import { requirePasses, runScenario } from "../run/run.ts"
import { remusBasic, remusRdma, remusRdmaCow } from "../scenario/builtin.ts"
import type { Scenario } from "../scenario/scenario.ts"
import { EDR, QDR } from "../transport/rdma/verbs.ts"

/** One row of `epochlab experiment transport`. */
export interface TransportRow {
  link: "GbE TCP" | "QDR RDMA" | "EDR RDMA"
  /** How the pause gets the pages to the link: copied in the pause, or copy-on-write. */
  transfer: "copy" | "cow"
  vcpus: number
  /** Per checkpoint after the initial sync. */
  meanPauseUs: number
  p99PauseUs: number
  /** Extra run time of a CPU-bound guest against an unreplicated one: the time replication stopped it (pauses, and with copy-on-write its protection faults), as f / (1 - f). */
  slowdown: number
  /** Pages the guest wrote before the adapter read them (copy-on-write only). */
  cowCopies: number
  meanOutputDelayUs: number
  /** Bytes the primary handed to the link per second (with a backlog, more than crossed it). */
  replicationBytesPerSecond: number
  /** Those bytes against the link's payload bandwidth: above 1 the link cannot keep up and checkpoints queue. */
  linkDemand: number
  /** In-order response bytes the clients received per second (what a slower link costs a request/response client). */
  clientBytesPerSecond: number
  /** Checkpoints acknowledged per second, against the 40 per second the 25 ms policy asks for. */
  checkpointsPerSecond: number
}

export const TRANSPORT_LINKS = ["GbE TCP", "QDR RDMA", "EDR RDMA"] as const
export const VCPUS = [1, 4, 16] as const
const DURATION_US = 2_000_000

/**
 * The row's world: the guest of remus-rdma-cow (one page write every 125 us
 * per vCPU, its hot set 5% of memory per vCPU) on the row's link. More vCPUs
 * dirty memory faster and over more pages, as parallel threads would (issue
 * 15 models them properly; here they are a dirty rate).
 */
export const transportScenario = (link: TransportRow["link"], transfer: TransportRow["transfer"], vcpus: number): Scenario => {
  const base = transfer === "cow" ? remusRdmaCow : link === "GbE TCP" ? remusBasic : remusRdma
  const workload = { ...remusRdmaCow.host.workload, writesPerTick: vcpus, hotFraction: Math.min(1, remusRdmaCow.host.workload.hotFraction * vcpus) }
  return {
    ...base,
    name: `transport-${link.split(" ")[0].toLowerCase()}-${transfer}-${vcpus}`,
    durationUs: DURATION_US,
    link: link === "GbE TCP" ? remusBasic.link : link === "QDR RDMA" ? QDR : EDR,
    host: { ...base.host, workload },
  }
}

export const transportRow = (link: TransportRow["link"], transfer: TransportRow["transfer"], vcpus: number, seed = 1): TransportRow => {
  const scenario = transportScenario(link, transfer, vcpus)
  const r = runScenario(scenario, seed)
  requirePasses(r, `transport ${scenario.name}`)
  const m = metricsOf(r.trace)
  const pauses: number[] = []
  let stallUs = 0
  let cowCopies = 0
  for (const f of r.trace.facts) {
    if (f.kind === "capture" && f.host === "primary" && f.epoch > 0) pauses.push(f.pauseUs)
    if (f.kind === "cow-copies" && f.epoch > 0) {
      stallUs += f.stallUs
      cowCopies += f.pages
    }
  }
  const stopped = (pauses.reduce((a, b) => a + b, 0) + stallUs) / DURATION_US
  const seconds = DURATION_US / 1e6
  return {
    link,
    transfer,
    vcpus,
    meanPauseUs: Math.round(m.meanPauseUs),
    p99PauseUs: percentile(pauses, 0.99),
    slowdown: stopped / (1 - stopped),
    cowCopies,
    meanOutputDelayUs: Math.round(m.meanOutputDelayUs),
    replicationBytesPerSecond: Math.round(m.replicationBytes / seconds),
    linkDemand: m.replicationBytes / seconds / scenario.link.bytesPerSecond,
    clientBytesPerSecond: Math.round(m.clientBytes / seconds),
    checkpointsPerSecond: m.epochsCommitted / seconds,
  }
}

/** Every link with stop-and-copy, the RDMA links with copy-on-write too (over TCP the hypervisor copies into socket buffers anyway), at 1, 4 and 16 vCPUs. */
export const transportRows = (seed = 1): TransportRow[] =>
  VCPUS.flatMap((vcpus) =>
    TRANSPORT_LINKS.flatMap((link) => (link === "GbE TCP" ? (["copy"] as const) : (["copy", "cow"] as const)).map((transfer) => transportRow(link, transfer, vcpus, seed))),
  )
