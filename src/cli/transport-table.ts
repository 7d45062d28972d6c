import type { TransportRow } from "../experiments/transport-experiment.ts"
import { table } from "./format.ts"

const mbps = (n: number) => `${(n / 1e6).toFixed(1)} MB/s`
const ms = (us: number) => `${(us / 1000).toFixed(2)} ms`

/** `epochlab experiment transport` as a table. */
export const transportTable = (rows: readonly TransportRow[], markdown = false): string =>
  table(
    ["link", "transfer", "vCPUs", "mean pause", "p99 pause", "slowdown", "COW copies", "output delay", "replication", "link demand", "ckpt/s", "client"],
    rows.map((r) => [
      r.link,
      r.transfer,
      String(r.vcpus),
      ms(r.meanPauseUs),
      ms(r.p99PauseUs),
      `${(r.slowdown * 100).toFixed(1)}%`,
      r.transfer === "cow" ? String(r.cowCopies) : "-",
      ms(r.meanOutputDelayUs),
      mbps(r.replicationBytesPerSecond),
      `${(r.linkDemand * 100).toFixed(1)}%`,
      r.checkpointsPerSecond.toFixed(1),
      `${(r.clientBytesPerSecond / 1000).toFixed(0)} kB/s`,
    ]),
    markdown,
  )
