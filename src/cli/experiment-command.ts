import { compressionRows } from "../experiments/compression-experiment.ts"
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
import { tcpThroughputRows } from "../experiments/tcp-throughput-experiment.ts"
import { tcpSweepNames, tcpSweepRows, type TcpSweep } from "../experiments/tcp-sweep-experiment.ts"
import { UsageError } from "./usage-error.ts"
import { compressionTable } from "./compression-table.ts"
import { tcpSweepTable, tcpThroughputTable } from "./tcp-throughput-table.ts"
import { checkPlotTargets, writePlots } from "./plot-output.ts"
import type { TopLevelSpec } from "vega-lite"
import { compressionPlot } from "../plot/compression-plot.ts"
import { softPagesPlot } from "../plot/soft-pages-plot.ts"
import { tcpThroughputPlot } from "../plot/tcp-throughput-plot.ts"
import { tcpSweepPlot } from "../plot/tcp-sweep-plot.ts"
import { transportPlot } from "../plot/transport-plot.ts"
import { schedulingPlot } from "../plot/scheduling-plot.ts"
import { memorySyncPlot } from "../plot/memory-sync-plot.ts"

export const experimentHelp = `epochlab experiment NAME [options]
  Run an experiment and print its table (or --json; --markdown: the table in Markdown, as the
  README shows it, for transport, scheduling, memory-sync and the tcp-throughput sweeps).
  Every experiment also draws its plot, from the same rows as the table:
    --plot FILE.svg      the plot as a static SVG (Vega-Lite, rendered in Node; same rows, same bytes)
    --html FILE.html     one self-contained page: the plot and the table as printed (nothing is
                         fetched when it is viewed)

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
    --sweep buffer       instead: spec-ack and spec-ack+racc, both advertising the client's window, with
                         the hypervisor holding 250, 500, 1000 (the default), 2000 and 4000 segments
                         (about 15 s)
    --sweep window       instead: spec-ack and spec-ack+racc, each advertising the client's window (as
                         above) and the client's window capped by the hypervisor's free buffer, with
                         window updates (a hypervisor that pushes back instead of dropping), at the
                         same buffer sizes (about 45 s); a sweep's --json: {experiment,
                         sweep, rows: [{mode, window, bufferSegments, goodputMBps, p50DelayUs, p99DelayUs}]}

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

type Values = ReturnType<typeof parse>["values"]

/** What an experiment gives: its --json object, its table as printed, and its plot, made from the same rows. */
interface Outcome {
  json: object
  text: string
  plot: () => TopLevelSpec
}

const parse = (argv: string[]) =>
  strictArgs(
    argv,
    {
      json: { type: "boolean", default: false },
      markdown: { type: "boolean", default: false },
      epochs: { type: "string", default: "40" },
      recordings: { type: "string", default: RECORDINGS_DIR },
      "min-time-ms": { type: "string", default: "100" },
      seed: { type: "string", default: "1" },
      sweep: { type: "string" },
      plot: { type: "string" },
      html: { type: "string" },
    },
    true,
  )

/** `epochlab experiment`: returns the exit code. */
export const experimentCommand = async (argv: string[]): Promise<number> => {
  const { values, positionals } = parse(argv)
  const [name, ...extra] = positionals
  if (!name) throw new UsageError(`experiment: name one of ${experiments.join(", ")}`)
  if (extra.length) throw new UsageError(`experiment: unexpected argument "${extra[0]}"`)
  if (!(experiments as readonly string[]).includes(name)) throw new UsageError(`unknown experiment "${name}"; experiments: ${experiments.join(", ")}`)
  const sweep = parseSweep(name, values.sweep)
  const targets = { plot: values.plot, html: values.html }
  checkPlotTargets(targets)
  const outcome = sweep ? tcpSweep(sweep, values) : run(name as (typeof experiments)[number], values)
  console.log(values.json ? JSON.stringify(outcome.json) : outcome.text)
  await writePlots(targets, `epochlab experiment ${name}${sweep ? ` --sweep ${sweep}` : ""}`, outcome.plot, outcome.text)
  return 0
}

const parseSweep = (name: string, sweep: string | undefined): TcpSweep | undefined => {
  if (sweep === undefined) return undefined
  if (name !== "tcp-throughput") throw new UsageError(`--sweep: only tcp-throughput has sweeps, not ${name}`)
  if (!(tcpSweepNames as string[]).includes(sweep)) throw new UsageError(`--sweep: expected one of ${tcpSweepNames.join(", ")}, got "${sweep}"`)
  return sweep as TcpSweep
}

const tcpSweep = (sweep: TcpSweep, values: Values): Outcome => {
  const rows = tcpSweepRows(sweep, parseSeed(values.seed))
  return { json: { experiment: "tcp-throughput", sweep, rows }, text: tcpSweepTable(rows, values.markdown), plot: () => tcpSweepPlot(rows, sweep) }
}

const run = (name: (typeof experiments)[number], values: Values): Outcome => {
  if (name === "soft-pages") {
    const rows = softPagesRows(parseSeed(values.seed))
    return { json: { experiment: "soft-pages", rows }, text: softPagesTable(rows), plot: () => softPagesPlot(rows) }
  }
  if (name === "scheduling") {
    const seed = parseSeed(values.seed)
    const rows = schedulingRows(seed)
    const sweep = compilerFrequencySweep(seed)
    const standings = schedulingStandings(rows)
    return {
      json: { experiment: "scheduling", rows, compilerSweep: sweep },
      text: `${schedulingTable(rows, values.markdown)}\n\nwhere adaptive stands against the fixed periods:\n${standingsTable(standings, values.markdown)}\n\nfixed period on rec:gcc-cc1, 10 to 40 checkpoints a second:\n${schedulingTable(sweep, values.markdown)}`,
      plot: () => schedulingPlot(rows),
    }
  }
  if (name === "memory-sync") {
    const { hashMBps, rows } = memorySyncRows(recordingsIn(values.recordings), parseSeed(values.seed))
    return {
      json: { experiment: "memory-sync", hashMBps, rows },
      text: `${memorySyncTable(rows, hashMBps, values.markdown)}\n\nfactors against the baseline, end of epoch (total where it differs):\n${memorySyncSummary(rows, values.markdown)}`,
      plot: () => memorySyncPlot(rows),
    }
  }
  if (name === "transport") {
    const rows = transportRows(parseSeed(values.seed))
    return { json: { experiment: "transport", rows }, text: transportTable(rows, values.markdown), plot: () => transportPlot(rows) }
  }
  if (name === "tcp-throughput") {
    const rows = tcpThroughputRows(parseSeed(values.seed))
    return { json: { experiment: "tcp-throughput", rows }, text: tcpThroughputTable(rows), plot: () => tcpThroughputPlot(rows) }
  }
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
  return { json: { experiment: "compression", rows }, text: compressionTable(rows), plot: () => compressionPlot(rows) }
}

const recordingsIn = (dir: string): string[] => {
  try {
    return recordingFiles(dir)
  } catch {
    throw new UsageError(`--recordings: cannot list "${dir}"`)
  }
}
