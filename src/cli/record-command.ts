import { statSync } from "node:fs"
import { ensureWritableFile, OutputError } from "../io/atomic-write.ts"
import { recordProcess, RecordError, type MethodChoice } from "../record/recorder.ts"
import { PAGE_SIZE, RecordingError, writeRecording } from "../record/recording.ts"
import { strictArgs } from "./args.ts"
import { bytes } from "./format.ts"
import { UsageError } from "./usage-error.ts"

export const MAX_EPOCHS = 400

export const recordHelp = `epochlab record [options] --out FILE -- COMMAND [ARGS...]
  Run COMMAND (Linux only; stdin and stdout on /dev/null, stderr kept to explain a failure) and record its memory:
  every interval it is stopped (SIGSTOP), its private writable pages are read through
  /proc/PID/pagemap and /proc/PID/mem, and it is resumed. Snapshot 0 holds every present
  page; each later one the pages written since the previous. The file replays as a
  guest's dirty pages (format epochlab-recording v1).

  --out FILE             where to write the recording (required)
  --interval-ms N        running time between snapshots, 1..60000 ms (default 25)
  --start-ms N           running time before snapshot 0, to skip start-up, 1..60000 ms
                         (default: the interval)
  --epochs N             stop after N snapshots and kill COMMAND, 1..${MAX_EPOCHS}
                         (default: when COMMAND exits, at most ${MAX_EPOCHS})
  --method M             how written pages are found: soft-dirty (kernel dirty bits),
                         compare (contents against the previous snapshot), or auto:
                         soft-dirty if the kernel tracks it, else compare (default)

  Exit: 0 recorded, 2 bad input or nothing to record.`

const integer = (flag: string, s: string, min: number, max: number): number => {
  if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) throw new UsageError(`--${flag}: expected an integer from ${min} to ${max}, got "${s}"`)
  return Number(s)
}

/** `epochlab record`: returns the exit code. */
export const recordCommand = (argv: string[]): number => {
  const dashes = argv.indexOf("--")
  const { values, positionals } = strictArgs(
    dashes < 0 ? argv : argv.slice(0, dashes),
    {
      out: { type: "string" },
      "interval-ms": { type: "string", default: "25" },
      "start-ms": { type: "string" },
      epochs: { type: "string" },
      method: { type: "string", default: "auto" },
    },
    true,
  )
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; put the command after --, e.g. epochlab record --out x.rec -- sort file`)
  if (dashes < 0) throw new UsageError("missing -- COMMAND: e.g. epochlab record --out x.rec -- sort file")
  const command = argv.slice(dashes + 1)
  if (command.length === 0 || command[0] === "") throw new UsageError("missing COMMAND after --")
  if (!values.out) throw new UsageError("missing --out FILE")
  const intervalMs = integer("interval-ms", values["interval-ms"], 1, 60_000)
  const startMs = values["start-ms"] === undefined ? intervalMs : integer("start-ms", values["start-ms"], 1, 60_000)
  const maxEpochs = values.epochs === undefined ? MAX_EPOCHS : integer("epochs", values.epochs, 1, MAX_EPOCHS)
  if (!["auto", "soft-dirty", "compare"].includes(values.method))
    throw new UsageError(`--method: expected auto, soft-dirty or compare, got "${values.method}"`)

  try {
    ensureWritableFile(values.out, "--out")
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.message)
    throw e
  }

  let result
  try {
    result = recordProcess({ command, intervalMs, startMs, maxEpochs, method: values.method as MethodChoice })
    writeRecording(values.out, result.recording)
  } catch (e) {
    if (e instanceof RecordError || e instanceof RecordingError) throw new UsageError(e.message)
    throw e
  }
  const rec = result.recording
  const later = rec.epochs.slice(1)
  const meanDirty = later.length ? later.reduce((n, e) => n + e.indices.length, 0) / later.length : 0
  const end =
    result.ending.kind === "killed"
      ? "killed after the last snapshot"
      : result.ending.signal
        ? `ended by signal ${result.ending.signal}`
        : `exited with status ${result.ending.status}`
  const parts = [
    `${rec.epochs.length} snapshots`,
    `${rec.pages} distinct pages (${bytes(rec.pages * PAGE_SIZE)})`,
    `${rec.epochs[0].indices.length} in snapshot 0`,
    `${meanDirty.toFixed(1)} dirty per later snapshot (mean)`,
    `method ${rec.method}`,
    `mean stop ${result.meanStopMs.toFixed(1)} ms`,
    ...(result.unreadablePages ? [`${result.unreadablePages} unreadable page reads skipped`] : []),
    `command ${end}`,
  ]
  console.log(`epochlab record: ${values.out}, ${bytes(statSync(values.out).size)}: ${parts.join(", ")}`)
  return 0
}
