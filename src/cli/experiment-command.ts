import { compressionRows, type CompressionRow } from "../experiments/compression-experiment.ts"
import { recordedSequence, recordingFiles, syntheticPatterns, syntheticSequence } from "../experiments/epoch-sequence.ts"
import { RECORDINGS_DIR } from "../scenario/builtin.ts"
import { RecordingError } from "../record/recording.ts"
import { softPagesRows } from "../experiments/soft-pages-experiment.ts"
import { parseSeed, positiveInt, strictArgs } from "./args.ts"
import { softPagesTable } from "./soft-pages-table.ts"
import { transportRows } from "../experiments/transport-experiment.ts"
import { compilerFrequencySweep, schedulingRows } from "../experiments/scheduling-experiment.ts"
import { schedulingTable, standingsTable } from "./scheduling-table.ts"
import { schedulingStandings } from "../experiments/scheduling-summary.ts"
import { transportTable } from "./transport-table.ts"
import { memorySyncRows } from "../experiments/memory-sync-experiment.ts"
import { memorySyncSummary, memorySyncTable } from "./memory-sync-table.ts"
import { tcpThroughputRows, type TcpThroughputRow } from "../experiments/tcp-throughput-experiment.ts"
import { UsageError } from "./usage-error.ts"

export const experimentHelp = `epochlab experiment NAME [options]
  Run an experiment and print its table (or --json; --markdown: the table in Markdown, as the
  README shows it, for transport, scheduling and memory-sync).

  compression            every compressor (none, zero, xbzrle, similarity) and deflate on every
                         workload, the recordings of real processes first: compression ratio,
                         encode and decode MB/s on one core, share of pages sent as deltas
                         (about two minutes: each row is timed for its --min-time-ms)
    --epochs N           checkpoints of each synthetic workload (default 40)
    --recordings DIR     recordings to use (default testdata/recordings)
    --min-time-ms MS     time each side of each row for at least MS (default 100)
    --json               {experiment, rows: [{workload, compressor, ratio, encodeMBps, decodeMBps, hitRate,
                         zeroRate, cachePages}]}; xbzrle runs twice, its cache a quarter of the
                         workload's pages and all of them

  soft-pages             remus-softpages with the page cache at 10, 30, 50, 70 and 90% of guest
                         memory (4096 pages standing for 4 GiB, 1:256), with and without soft-page
                         filtering, the primary crashing at 1.5 s: the backup's memory, the
                         replication and hint bytes, recovery after failover (about 6 s)
    --seed N             run seed (default 1)
    --json               {experiment, rows: [{bufferCacheRatio, backupBytesFiltered, backupBytesFull,
                         reduction, replicationBytes, hintBytes, recoveryUs, recoveryUsUnfiltered,
                         primariesPerBackup}]}

  tcp-throughput         one bulk flow from the guest to a client over GbE, 25 ms epochs, with
                         native TCP (no replication), output commit (off), speculative
                         acknowledgements (spec-ack) and replication-aware congestion control
                         (spec-ack+racc): client goodput and segment delay (about 10 s)
    --seed N             run seed (default 1)
    --json               {experiment, rows: [{mode, goodputMBps, p50DelayUs, p99DelayUs}]}

  transport              the same guest (a page write every 125 us per vCPU) over GbE TCP, QDR
                         and EDR RDMA, the RDMA links with and without copy-on-write, at 1, 4
                         and 16 vCPUs of dirtying, 2 s each: mean and p99 pause, guest slowdown
                         against an unreplicated run, output delay, replication bytes, link
                         demand, checkpoints per second achieved, client bytes (about 20 s)
    --seed N             run seed (default 1)
    --json               {experiment, rows: [{link, transfer, vcpus, meanPauseUs, p99PauseUs, slowdown,
                         cowCopies, meanOutputDelayUs, replicationBytesPerSecond, linkDemand,
                         clientBytesPerSecond, checkpointsPerSecond}]}

  scheduling             workloads (memory-heavy, network request/response, bulk output, the mixed
                         phases of remus-phases, three recordings incl. gcc's cc1) x policies (fixed
                         10/25/50/100 ms, dirty-threshold, output-latency, adaptive, colo-like) x
                         vCPUs (1, 4, 16; a recording is one of them) x GbE TCP and QDR RDMA, 1.5 s each: guest
                         slowdown against unreplicated, mean and p99 output delay, checkpoints per
                         second achieved and asked, replication; then the fixed period at 10 to 40
                         checkpoints a second on the compiler recording (about 3 minutes)
    --seed N             run seed (default 1)
    --json               {experiment, rows: [{workload, policy, vcpus, link, slowdown, meanOutputDelayUs,
                         p99OutputDelayUs, checkpointsPerSecond, configuredPerSecond,
                         replicationBytesPerSecond}], compilerSweep: [...]}

  memory-sync            fast memory synchronisation (primer 2.6) on every recording and synthetic
                         pattern, with remus-active's guest (4 vCPUs, a shared hot set, one client)
                         for 1 simulated second: the baseline, fine-grained dirty regions at 64, 128,
                         256 and 512-byte blocks, speculative state transfer (every 5 ms), the
                         active slave, and all three together (128-byte blocks): end-of-epoch and
                         total bytes per second with the factor against the baseline, mean pause,
                         output delay, the extra memory each keeps, hashing CPU (about 2 minutes)
    --recordings DIR     recordings to use (default testdata/recordings)
    --seed N             run seed (default 1)
    --json               {experiment, hashMBps, rows: [{workload, technique, endOfEpochBytesPerSecond,
                         endOfEpochFactor, totalBytesPerSecond, totalFactor, meanPauseUs,
                         meanOutputDelayUs, extraMemoryBytes, hashingMsPerSecond, slaveRunsGuest}]}`

const experiments = ["compression", "soft-pages", "tcp-throughput", "transport", "scheduling", "memory-sync"] as const

/** `epochlab experiment`: returns the exit code. */
export const experimentCommand = (argv: string[]): number => {
  const { values, positionals } = strictArgs(
    argv,
    {
      json: { type: "boolean", default: false },
      markdown: { type: "boolean", default: false },
      epochs: { type: "string", default: "40" },
      recordings: { type: "string", default: RECORDINGS_DIR },
      "min-time-ms": { type: "string", default: "100" },
      seed: { type: "string", default: "1" },
    },
    true,
  )
  const [name, ...extra] = positionals
  if (!name) throw new UsageError(`experiment: name one of ${experiments.join(", ")}`)
  if (extra.length) throw new UsageError(`experiment: unexpected argument "${extra[0]}"`)
  if (name === "soft-pages") {
    const rows = softPagesRows(parseSeed(values.seed))
    console.log(values.json ? JSON.stringify({ experiment: "soft-pages", rows }) : softPagesTable(rows))
    return 0
  }
  if (name === "scheduling") {
    const seed = parseSeed(values.seed)
    const rows = schedulingRows(seed)
    const sweep = compilerFrequencySweep(seed)
    const standings = schedulingStandings(rows)
    console.log(
      values.json
        ? JSON.stringify({ experiment: "scheduling", rows, compilerSweep: sweep })
        : `${schedulingTable(rows, values.markdown)}\n\nwhere adaptive stands against the fixed periods:\n${standingsTable(standings, values.markdown)}\n\nfixed period on rec:gcc-cc1, 10 to 40 checkpoints a second:\n${schedulingTable(sweep, values.markdown)}`,
    )
    return 0
  }
  if (name === "memory-sync") {
    const { hashMBps, rows } = memorySyncRows(recordingsIn(values.recordings), parseSeed(values.seed))
    console.log(values.json ? JSON.stringify({ experiment: "memory-sync", hashMBps, rows }) : `${memorySyncTable(rows, hashMBps, values.markdown)}\n\nfactors against the baseline, end of epoch (total where it differs):\n${memorySyncSummary(rows, values.markdown)}`)
    return 0
  }
  if (name === "transport") {
    const rows = transportRows(parseSeed(values.seed))
    console.log(values.json ? JSON.stringify({ experiment: "transport", rows }) : transportTable(rows, values.markdown))
    return 0
  }
  if (name === "tcp-throughput") {
    const rows = tcpThroughputRows(parseSeed(values.seed))
    console.log(values.json ? JSON.stringify({ experiment: "tcp-throughput", rows }) : tcpThroughputTable(rows))
    return 0
  }
  if (name !== "compression") throw new UsageError(`unknown experiment "${name}"; experiments: ${experiments.join(", ")}`)
  const epochs = positiveInt("--epochs", values.epochs)
  const minTimeMs = positiveInt("--min-time-ms", values["min-time-ms"])
  const files = recordingsIn(values.recordings)
  const sequences = [
    ...files.map((f) => {
      try {
        return recordedSequence(f)
      } catch (e) {
        if (e instanceof RecordingError) throw new UsageError(e.message)
        throw e
      }
    }),
    ...syntheticPatterns.map((p) => syntheticSequence(p, epochs)),
  ]
  const rows = compressionRows(sequences, { minTimeMs })
  console.log(values.json ? JSON.stringify({ experiment: "compression", rows }) : table(rows))
  return 0
}

const recordingsIn = (dir: string): string[] => {
  try {
    return recordingFiles(dir)
  } catch {
    throw new UsageError(`--recordings: cannot list "${dir}"`)
  }
}

/** XBZRLE rows carry their cache size in pages. */
const label = (r: CompressionRow): string => (r.cachePages === null ? r.compressor : `xbzrle/${r.cachePages}p`)

const table = (rows: CompressionRow[]): string => {
  const pct = (x: number | null) => (x === null ? "-" : `${(x * 100).toFixed(1)}%`)
  const head = `${"workload".padEnd(16)}${"compressor".padEnd(12)}${"ratio".padStart(8)}${"encode MB/s".padStart(13)}${"decode MB/s".padStart(13)}${"deltas".padStart(9)}${"zero".padStart(8)}`
  const lines = rows.map(
    (r) =>
      `${r.workload.padEnd(16)}${label(r).padEnd(12)}${r.ratio.toFixed(2).padStart(8)}${r.encodeMBps.toFixed(0).padStart(13)}${r.decodeMBps.toFixed(0).padStart(13)}${pct(r.hitRate).padStart(9)}${pct(r.zeroRate).padStart(8)}`,
  )
  return [head, ...lines].join("\n")
}

const tcpThroughputTable = (rows: readonly TcpThroughputRow[]): string =>
  [
    `${"mode".padEnd(16)}${"goodput".padStart(14)}${"p50 delay".padStart(14)}${"p99 delay".padStart(14)}`,
    ...rows.map((r) => `${r.mode.padEnd(16)}${`${r.goodputMBps.toFixed(2)} MB/s`.padStart(14)}${`${(r.p50DelayUs / 1000).toFixed(2)} ms`.padStart(14)}${`${(r.p99DelayUs / 1000).toFixed(2)} ms`.padStart(14)}`),
  ].join("\n")
