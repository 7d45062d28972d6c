import type { SchedulingRow } from "../experiments/scheduling-experiment.ts"
import { table } from "./format.ts"

const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`

/** `epochlab experiment scheduling` as a table. */
export const schedulingTable = (rows: readonly SchedulingRow[]): string =>
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
  )
