import type { CompressionRow } from "../src/experiments/compression-experiment.ts"
import type { MemorySyncRow } from "../src/experiments/memory-sync-experiment.ts"
import type { SchedulingRow } from "../src/experiments/scheduling-experiment.ts"
import type { SoftPagesRow } from "../src/experiments/soft-pages-experiment.ts"
import type { TcpSweepRow } from "../src/experiments/tcp-sweep-experiment.ts"
import type { TcpThroughputRow } from "../src/experiments/tcp-throughput-experiment.ts"
import type { TransportRow } from "../src/experiments/transport-experiment.ts"

/** Tiny synthetic rows of every experiment, shaped as the experiments print them, for the plot builders. */

export const tcpRows: TcpThroughputRow[] = [
  { mode: "native", goodputMBps: 111.38, p50DelayUs: 1069, p99DelayUs: 1069 },
  { mode: "off", goodputMBps: 5.13, p50DelayUs: 25_398, p99DelayUs: 25_783 },
  { mode: "spec-ack", goodputMBps: 6.76, p50DelayUs: 38_565, p99DelayUs: 55_522 },
]

export const sweepRows: TcpSweepRow[] = [250, 1000, 4000].flatMap((bufferSegments, i) => [
  { mode: "spec-ack", window: "client", bufferSegments, goodputMBps: 2 + 10 * i, p50DelayUs: 24_000 + 30_000 * i, p99DelayUs: 37_000 + 40_000 * i },
  { mode: "spec-ack", window: "capped", bufferSegments, goodputMBps: 14 + 30 * i, p50DelayUs: 25_000 + 20_000 * i, p99DelayUs: 26_000 + 25_000 * i },
])

export const softPagesRows: SoftPagesRow[] = [0.1, 0.5, 0.9].map((r, i) => ({
  bufferCacheRatio: r,
  backupBytesFiltered: Math.round(16 * 2 ** 20 * (1 - r)),
  backupBytesFull: 16 * 2 ** 20,
  reduction: r,
  replicationBytes: 50 * 2 ** 20,
  hintBytes: 6000,
  recoveryUs: 200_000 + 400_000 * i,
  recoveryUsUnfiltered: 0,
  primariesPerBackup: 1 + 3 * i,
}))

const compression = (workload: string, compressor: CompressionRow["compressor"], ratio: number, cachePages: number | null = null): CompressionRow => ({
  workload,
  compressor,
  ratio,
  encodeMBps: 500,
  decodeMBps: 2000,
  hitRate: compressor === "deflate" ? null : 0.5,
  zeroRate: compressor === "deflate" ? null : 0,
  cachePages,
})
export const compressionRows: CompressionRow[] = [
  compression("rec:gzip", "none", 1),
  compression("rec:gzip", "xbzrle", 1, 37),
  compression("rec:gzip", "xbzrle", 1.36, 151),
  compression("rec:gzip", "deflate", 4.23),
  compression("zero", "none", 1),
  compression("zero", "xbzrle", 512, 1024),
  compression("zero", "xbzrle", 512, 4096),
  compression("zero", "deflate", 227.75),
]

export const transportRows: TransportRow[] = (["GbE TCP", "QDR RDMA"] as const).flatMap((link, i) =>
  [1, 16].map((vcpus) => ({
    link,
    transfer: i === 0 ? ("copy" as const) : ("cow" as const),
    vcpus,
    meanPauseUs: 480 * vcpus,
    p99PauseUs: 500 * vcpus,
    slowdown: 0.019 * vcpus,
    cowCopies: i * 13 * vcpus,
    meanOutputDelayUs: 23_000 * (1 + (vcpus > 1 && i === 0 ? 24 : 0)),
    replicationBytesPerSecond: 31e6 * vcpus,
    linkDemand: 0.27 * vcpus,
    clientBytesPerSecond: 300_000,
    checkpointsPerSecond: 38.5,
  })),
)

export const schedulingRows: SchedulingRow[] = ["fixed 25 ms", "adaptive"].flatMap((policy, i) =>
  (["GbE TCP", "QDR RDMA"] as const).map((link) => ({
    workload: "network-rr",
    policy,
    vcpus: 4,
    link,
    slowdown: 0.012 + 0.01 * i,
    meanOutputDelayUs: 22_800 - 11_000 * i,
    p99OutputDelayUs: 25_000,
    checkpointsPerSecond: 38,
    configuredPerSecond: i === 0 ? 40 : null,
    replicationBytesPerSecond: 20e6,
  })),
)

export const memorySyncRows: MemorySyncRow[] = ["rec:gzip", "zero"].flatMap((workload) =>
  (["baseline", "fine-64", "active"] as const).map((technique, i) => ({
    workload,
    technique,
    endOfEpochBytesPerSecond: 20e6 / (1 + 10 * i),
    endOfEpochFactor: 1 + 10 * i,
    totalBytesPerSecond: 20e6 / (1 + 5 * i),
    totalFactor: 1 + 5 * i,
    meanPauseUs: 500,
    meanOutputDelayUs: 23_000,
    extraMemoryBytes: i * 2 ** 20,
    hashingMsPerSecond: 10 * i,
    slaveRunsGuest: technique === "active",
  })),
)
