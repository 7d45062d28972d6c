import { join } from "node:path"
import { percentile } from "../common/percentile.ts"
import { metricsOf } from "../run/metrics.ts"
import { requirePasses, runScenario } from "../run/run.ts"
import { RECORDINGS_DIR, remusBasic, remusPhases, remusRdma } from "../scenario/builtin.ts"
import type { Scenario } from "../scenario/scenario.ts"
import { applyVariant } from "../scenario/variant.ts"
import { describePolicy, parsePolicy, type PolicySpec } from "../policy/index.ts"
import type { WorkloadParams } from "../workload/guest.ts"

/** One row of `epochlab experiment scheduling`. */
export interface SchedulingRow {
  workload: string
  policy: string
  vcpus: number
  link: "GbE TCP" | "QDR RDMA"
  /** Guest work lost against an unreplicated run (slices that fell inside pauses never ran), as a share of what it would have done. */
  slowdown: number
  meanOutputDelayUs: number
  p99OutputDelayUs: number
  /** Checkpoints acknowledged per second. */
  checkpointsPerSecond: number
  /** What the policy asked for, for a fixed period (a fixed policy cannot checkpoint faster than its dirty state crosses the link). */
  configuredPerSecond: number | null
  replicationBytesPerSecond: number
}

const DURATION_US = 1_500_000
const WARM_UP_US = 300_000

/** The workloads, each at 1, 4 and 16 vCPUs (a recording is one vCPU's stream, the others write synthetically). */
export const SCHEDULING_WORKLOADS: ReadonlyArray<{ name: string; vcpus: readonly number[]; workload: (base: WorkloadParams) => WorkloadParams; memory?: string }> = [
  { name: "memory-heavy", vcpus: [1, 4, 16], workload: (w) => ({ ...w, writesPerTick: 24, hotFraction: 0.25, hotProbability: 0.95 }) },
  { name: "network-rr", vcpus: [1, 4, 16], workload: (w) => ({ ...w, writesPerTick: 2, minResponseBytes: 8192, maxResponseBytes: 65_536 }) },
  { name: "bulk-output", vcpus: [1, 4, 16], workload: (w) => ({ ...w, writesPerTick: 2, minResponseBytes: 131_072, maxResponseBytes: 262_144 }) },
  { name: "mixed", vcpus: [1, 4, 16], workload: () => remusPhases.host.workload },
  { name: "rec:python-dict", vcpus: [1, 4, 16], workload: (w) => w, memory: `trace:${join(RECORDINGS_DIR, "python-dict.rec")}` },
  { name: "rec:sort", vcpus: [1, 4, 16], workload: (w) => w, memory: `trace:${join(RECORDINGS_DIR, "sort.rec")}` },
  { name: "rec:gcc-cc1", vcpus: [1, 4, 16], workload: (w) => w, memory: `trace:${join(RECORDINGS_DIR, "gcc-cc1.rec")}` },
]

export const SCHEDULING_POLICIES = ["fixed:10", "fixed:25", "fixed:50", "fixed:100", "dirty-threshold", "output-latency", "adaptive", "colo-like"] as const

/**
 * A row's world: remus-basic's VM and client with the row's workload, vCPUs,
 * policy and link, 1.5 simulated seconds; the detection timeout is 300 ms so
 * that a 100 ms fixed period is not taken for a dead primary.
 */
export const schedulingScenario = (workload: (typeof SCHEDULING_WORKLOADS)[number], policy: PolicySpec, vcpus: number, link: SchedulingRow["link"]): Scenario => {
  const base = link === "GbE TCP" ? remusBasic : remusRdma
  const w = { ...workload.workload(base.host.workload), vcpus }
  const s: Scenario = {
    ...base,
    name: `scheduling-${workload.name}`,
    durationUs: DURATION_US,
    policy,
    host: { ...base.host, detectionTimeoutUs: 300_000, workload: w },
  }
  return workload.memory ? applyVariant(s, { memory: workload.memory as `trace:${string}` }) : s
}

export const schedulingRow = (workload: (typeof SCHEDULING_WORKLOADS)[number], policySpec: string, vcpus: number, link: SchedulingRow["link"], seed = 1): SchedulingRow => {
  const policy = parsePolicy(policySpec)
  const scenario = schedulingScenario(workload, policy, vcpus, link)
  const r = runScenario(scenario, seed)
  requirePasses(r, `scheduling ${workload.name} ${policySpec} ${vcpus} vCPUs ${link}`)
  const m = metricsOf(r.trace)
  const captures = r.trace.facts.filter((f) => f.kind === "capture" && f.host === "primary" && f.t >= WARM_UP_US) as Array<{ t: number; work?: number }>
  const first = captures[0]
  const last = captures[captures.length - 1]
  // Work per second against a guest that never pauses: every vCPU runs a slice every tick.
  const ideal = ((scenario.host.workload.vcpus ?? 1) * 1e6) / scenario.host.workload.tickUs
  const measured = first && last && last.t > first.t ? (((last.work ?? 0) - (first.work ?? 0)) * 1e6) / (last.t - first.t) : ideal
  const delays = r.trace.facts.flatMap((f) => (f.kind === "packet-out" && f.host === "primary" && f.mode === "protected" && f.t >= WARM_UP_US ? [f.t - f.producedAt] : []))
  const seconds = DURATION_US / 1e6
  return {
    workload: workload.name,
    policy: describePolicy(policy),
    vcpus,
    link,
    slowdown: Math.max(0, 1 - measured / ideal),
    meanOutputDelayUs: Math.round(delays.reduce((a, b) => a + b, 0) / Math.max(1, delays.length)),
    p99OutputDelayUs: percentile(delays, 0.99),
    checkpointsPerSecond: m.epochsCommitted / seconds,
    configuredPerSecond: policy.kind === "fixed" ? 1e6 / (policy.periodUs ?? scenario.host.epochUs) : null,
    replicationBytesPerSecond: Math.round(m.replicationBytes / seconds),
  }
}

/** Every workload x policy x vCPU count x link. */
export const schedulingRows = (seed = 1, links: readonly SchedulingRow["link"][] = ["GbE TCP", "QDR RDMA"]): SchedulingRow[] =>
  SCHEDULING_WORKLOADS.flatMap((w) => w.vcpus.flatMap((vcpus) => links.flatMap((link) => SCHEDULING_POLICIES.map((p) => schedulingRow(w, p, vcpus, link, seed)))))

/** The fixed policy at 10, 20, 30 and 40 checkpoints a second on the compiler recording: the slowdown at each. */
export const compilerFrequencySweep = (seed = 1): SchedulingRow[] => {
  const gcc = SCHEDULING_WORKLOADS.find((w) => w.name === "rec:gcc-cc1")!
  return [10, 20, 30, 40].flatMap((perSecond) => (["GbE TCP", "QDR RDMA"] as const).map((link) => schedulingRow(gcc, `fixed:${+(1000 / perSecond).toFixed(3)}`, 1, link, seed)))
}
