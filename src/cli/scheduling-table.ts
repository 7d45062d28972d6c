import type { SchedulingRow } from "../experiments/scheduling-experiment.ts"
import type { SchedulingStanding } from "../experiments/scheduling-summary.ts"
import { table } from "./format.ts"

const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`

/** `epochlab experiment scheduling` as a table. */
export const schedulingTable = (rows: readonly SchedulingRow[], markdown = false): string =>
  table(
    ["workload", "policy", "vCPUs", "link", "slowdown", "mean delay", "p99 delay", "ckpt/s", "asked", "replication"],
    rows.map((r) => [
      r.workload,
      r.policy,
      String(r.vcpus),
      r.link,
      `${(r.slowdown * 100).toFixed(1)}%`,
      ms(r.meanOutputDelayUs),
      ms(r.p99OutputDelayUs),
      r.checkpointsPerSecond.toFixed(1),
      r.configuredPerSecond === null ? "-" : r.configuredPerSecond.toFixed(0),
      `${(r.replicationBytesPerSecond / 1e6).toFixed(1)} MB/s`,
    ]),
    markdown,
  )

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const period = (r: SchedulingRow) => `fixed ${r.policy.slice("fixed:".length)} ms`

/** Where adaptive stands, per workload, vCPU count and link (the README's summary table). */
export const standingsTable = (standings: readonly SchedulingStanding[], markdown = false): string =>
  table(
    ["workload", "vCPUs", "link", "adaptive: slowdown, mean delay", "the fixed periods no costlier: least delay", "where adaptive stands"],
    standings.map((s) => [
      s.workload,
      String(s.vcpus),
      s.link,
      `${pct(s.adaptive.slowdown)}, ${ms(s.adaptive.meanOutputDelayUs)}`,
      s.cheapFixed ? `${period(s.cheapFixed)}: ${pct(s.cheapFixed.slowdown)}, ${ms(s.cheapFixed.meanOutputDelayUs)}` : "none",
      s.beatenBy
        ? `beaten: ${period(s.beatenBy)} costs ${pct(s.beatenBy.slowdown)} and waits ${ms(s.beatenBy.meanOutputDelayUs)}`
        : s.cheapFixed
          ? `ahead: ${Math.round((1 - s.adaptive.meanOutputDelayUs / s.cheapFixed.meanOutputDelayUs) * 100)}% less delay than any fixed period as cheap`
          : "ahead: no fixed period is as cheap",
    ]),
    markdown,
  )
