/**
 * Recording a real Linux process's memory: run it, stop it every interval, read its
 * private writable pages through /proc/PID/pagemap and /proc/PID/mem, resume it.
 *
 * Synchronous on purpose (the CLI is): the child is never reaped while we loop, so
 * its exit shows as state Z in /proc/PID/stat, and its pid cannot be reused under us.
 */
import { spawn } from "node:child_process"
import { accessSync, closeSync, constants, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { delimiter, join } from "node:path"
import { isPrivateWritable, PAGEMAP_PRESENT, PAGEMAP_SOFT_DIRTY, readMaps, readStat } from "./proc-maps.ts"
import { PAGE_SIZE, type RecordedEpoch, type Recording } from "./recording.ts"

/** A problem the user can fix (no /proc, command not found, process gone too soon). */
export class RecordError extends Error {}

export type MethodChoice = "auto" | "soft-dirty" | "compare"

export interface RecordOptions {
  readonly command: readonly string[]
  readonly intervalMs: number
  /** Running time before snapshot 0 (to skip a program's start-up); default intervalMs. */
  readonly startMs?: number
  /** Stop after this many snapshots even if the process is still running. */
  readonly maxEpochs: number
  readonly method: MethodChoice
}

export interface RecordResult {
  readonly recording: Recording
  /** Present pages whose read from /proc/PID/mem failed (EIO and the like), over all snapshots. */
  readonly unreadablePages: number
  /** How the child ended: its wait status if it exited by itself, or "killed" after the last snapshot. */
  readonly ending: { readonly kind: "exited"; readonly status: number; readonly signal: number } | { readonly kind: "killed" }
  /** Mean time the child was stopped per snapshot, in milliseconds. */
  readonly meanStopMs: number
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))
const sleepMs = (ms: number): void => {
  const until = performance.now() + ms
  for (let left = ms; left > 0; left = until - performance.now()) Atomics.wait(sleeper, 0, 0, left)
}

const PAGEMAP_CHUNK = 65536 // pagemap entries per read (512 KiB)
const RUN_PAGES = 256 // pages per /proc/PID/mem read (1 MiB)
const STOP_TIMEOUT_MS = 5000

/** Check that this system has the /proc files the recorder needs. */
export const checkProc = (): void => {
  if (process.platform !== "linux") throw new RecordError(`recording needs Linux /proc (this is ${process.platform})`)
  for (const f of ["maps", "pagemap", "mem"]) {
    try {
      accessSync(`/proc/self/${f}`, constants.R_OK)
    } catch {
      throw new RecordError(`recording needs /proc/self/${f}, which is not readable here`)
    }
  }
}

const explainSpawnFailure = (cmd: string): string => {
  const candidates = cmd.includes("/") ? [cmd] : (process.env.PATH ?? "").split(delimiter).filter(Boolean).map((d) => join(d, cmd))
  for (const c of candidates) {
    try {
      accessSync(c, constants.F_OK)
    } catch {
      continue
    }
    return `cannot execute "${cmd}" (${c}: permission denied or not an executable)`
  }
  return `command not found: "${cmd}"`
}

/**
 * Pages collected during one snapshot, packed into 1 MiB slabs as they are read,
 * then sorted by page number into one buffer.
 */
class EpochBuilder {
  private readonly pageNos: number[] = []
  private readonly addresses: number[] = []

  /** `slabs` is reused from one snapshot to the next (fresh memory costs a page fault per page). */
  constructor(private readonly slabs: Buffer[]) {}

  add(pageNo: number, address: number, src: Buffer, offset: number): void {
    const n = this.pageNos.length
    const slab = Math.floor(n / RUN_PAGES)
    if (slab === this.slabs.length) this.slabs.push(Buffer.allocUnsafeSlow(RUN_PAGES * PAGE_SIZE))
    src.copy(this.slabs[slab], (n % RUN_PAGES) * PAGE_SIZE, offset, offset + PAGE_SIZE)
    this.pageNos.push(pageNo)
    this.addresses.push(address)
  }

  /** The epoch, plus for each page (by address) where its bytes now live. */
  finish(): { epoch: RecordedEpoch; pageAt: (i: number) => { address: number; bytes: Buffer } } {
    const n = this.pageNos.length
    const order = Array.from({ length: n }, (_, i) => i)
    order.sort((a, b) => this.pageNos[a] - this.pageNos[b])
    const data = Buffer.allocUnsafeSlow(n * PAGE_SIZE)
    const indices = new Int32Array(n)
    order.forEach((src, dst) => {
      indices[dst] = this.pageNos[src]
      const slab = this.slabs[Math.floor(src / RUN_PAGES)]
      const at = (src % RUN_PAGES) * PAGE_SIZE
      slab.copy(data, dst * PAGE_SIZE, at, at + PAGE_SIZE)
    })
    return {
      epoch: { indices, data },
      pageAt: (i) => ({ address: this.addresses[order[i]], bytes: data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) }),
    }
  }
}

/** The /proc side of one recording: page numbering, previous contents, dirty detection. */
class Tracker {
  private readonly pagemapFd: number
  private readonly memFd: number
  private readonly pageNo = new Map<number, number>()
  /** compare mode: each page's contents at the previous snapshot (views into earlier epochs' data). */
  private previous: Map<number, Buffer> | undefined = new Map()
  private readonly pagemapBuf = Buffer.allocUnsafeSlow(PAGEMAP_CHUNK * 8)
  private readonly pagemapWords = new Uint32Array(this.pagemapBuf.buffer, this.pagemapBuf.byteOffset, PAGEMAP_CHUNK * 2)
  private readonly runBuf = Buffer.allocUnsafeSlow(RUN_PAGES * PAGE_SIZE)
  private readonly slabs: Buffer[] = []
  method: "soft-dirty" | "compare" = "compare"
  unreadable = 0

  constructor(private readonly pid: number) {
    this.pagemapFd = openSync(`/proc/${pid}/pagemap`, "r")
    try {
      this.memFd = openSync(`/proc/${pid}/mem`, "r")
    } catch (e) {
      closeSync(this.pagemapFd)
      throw e
    }
  }

  close(): void {
    closeSync(this.pagemapFd)
    closeSync(this.memFd)
  }

  get pages(): number {
    return this.pageNo.size
  }

  /**
   * Visit the pages of every private writable mapping whose pagemap entry has all of `bits`,
   * as runs of consecutive addresses; also count present and soft-dirty pages.
   */
  private scan(bits: number, visit: (address: number, pages: number) => void): { present: number; softDirty: number } {
    let present = 0
    let softDirty = 0
    for (const m of readMaps(this.pid)) {
      if (!isPrivateWritable(m)) continue
      for (let page = m.start / PAGE_SIZE, last = m.end / PAGE_SIZE; page < last; ) {
        const n = Math.min(PAGEMAP_CHUNK, last - page)
        let got: number
        try {
          got = Math.floor(readSync(this.pagemapFd, this.pagemapBuf, 0, n * 8, page * 8) / 8)
        } catch {
          got = 0
        }
        if (got === 0) break
        let runStart = -1
        for (let i = 0; i < got; i++) {
          const hi = this.pagemapWords[2 * i + 1]
          if (hi & PAGEMAP_PRESENT) {
            present++
            if (hi & PAGEMAP_SOFT_DIRTY) softDirty++
          }
          if ((hi & bits) === bits) {
            if (runStart < 0) runStart = i
            if (i + 1 - runStart === RUN_PAGES) {
              visit((page + runStart) * PAGE_SIZE, RUN_PAGES)
              runStart = -1
            }
          } else if (runStart >= 0) {
            visit((page + runStart) * PAGE_SIZE, i - runStart)
            runStart = -1
          }
        }
        if (runStart >= 0) visit((page + runStart) * PAGE_SIZE, got - runStart)
        page += got
      }
    }
    return { present, softDirty }
  }

  /** Read `pages` pages from `address` into runBuf; calls `got` for each page read, counts the rest. */
  private read(address: number, pages: number, got: (address: number, offset: number) => void): void {
    let done = 0
    while (done < pages) {
      let n = 0
      try {
        n = readSync(this.memFd, this.runBuf, done * PAGE_SIZE, (pages - done) * PAGE_SIZE, address + done * PAGE_SIZE)
      } catch {
        n = 0
      }
      const whole = Math.floor(n / PAGE_SIZE)
      for (let i = 0; i < whole; i++) got(address + (done + i) * PAGE_SIZE, (done + i) * PAGE_SIZE)
      done += whole
      if (whole === 0) {
        // This page cannot be read (EIO, or a short read inside it): skip it, count it.
        this.unreadable++
        done++
      }
    }
  }

  /** Take one snapshot of the stopped process. The first is every present page. */
  snapshot(first: boolean, choice: MethodChoice): RecordedEpoch {
    const builder = new EpochBuilder(this.slabs)
    const previous = this.previous
    const onlyDirty = !first && this.method === "soft-dirty"
    const before = this.scan(onlyDirty ? PAGEMAP_PRESENT | PAGEMAP_SOFT_DIRTY : PAGEMAP_PRESENT, (address, pages) =>
      this.read(address, pages, (addr, offset) => {
        if (!first && previous) {
          const old = previous.get(addr)
          if (old && old.compare(this.runBuf, offset, offset + PAGE_SIZE) === 0) return
        }
        let no = this.pageNo.get(addr)
        if (no === undefined) this.pageNo.set(addr, (no = this.pageNo.size))
        builder.add(no, addr, this.runBuf, offset)
      }),
    )
    const { epoch, pageAt } = builder.finish()
    if (first && choice !== "compare") {
      this.method = this.detectSoftDirty(before) ? "soft-dirty" : "compare"
      if (choice === "soft-dirty" && this.method !== "soft-dirty")
        throw new RecordError("--method soft-dirty: this kernel does not track soft-dirty pages (no CONFIG_MEM_SOFT_DIRTY); use --method compare or auto")
    }
    if (this.method === "soft-dirty") {
      this.previous = undefined
      if (!first) this.clearSoftDirty()
    } else if (previous) {
      for (let i = 0; i < epoch.indices.length; i++) {
        const { address, bytes } = pageAt(i)
        previous.set(address, bytes)
      }
    }
    return epoch
  }

  private clearSoftDirty(): boolean {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, "4")
      return true
    } catch {
      return false
    }
  }

  /**
   * Soft-dirty works if, before any clearing, (nearly) every present page is soft-dirty and,
   * right after clearing, (nearly) none is. A kernel without CONFIG_MEM_SOFT_DIRTY accepts
   * the clear but never sets the bit, so the first test is what catches it.
   */
  private detectSoftDirty(before: { present: number; softDirty: number }): boolean {
    if (before.present === 0 || before.softDirty < before.present / 2) return false
    if (!this.clearSoftDirty()) return false
    const after = this.scan(PAGEMAP_PRESENT, () => {})
    return after.softDirty <= after.present / 10
  }
}

/** Wait until every thread of `pid` has stopped; false if the process exited instead. */
const waitStopped = (pid: number): boolean => {
  const deadline = performance.now() + STOP_TIMEOUT_MS
  for (;;) {
    const main = readStat(`/proc/${pid}/stat`)
    if (!main || main.state === "Z" || main.state === "X") return false
    let tasks: string[]
    try {
      tasks = readdirSync(`/proc/${pid}/task`)
    } catch {
      return false
    }
    if (tasks.every((t) => "TtZX".includes(readStat(`/proc/${pid}/task/${t}/stat`)?.state ?? "X"))) return true
    if (performance.now() > deadline) throw new RecordError(`process ${pid} did not stop within ${STOP_TIMEOUT_MS} ms of SIGSTOP`)
    sleepMs(0.2)
  }
}

const exited = (pid: number): { status: number; signal: number } | undefined => {
  const s = readStat(`/proc/${pid}/stat`)
  if (s && s.state !== "Z" && s.state !== "X") return undefined
  const code = s?.exitCode ?? 0
  return { status: (code >> 8) & 0xff, signal: code & 0x7f }
}

/** The last non-empty line a command wrote to `file`, shortened (one line of ours must stay one line). */
const lastLine = (file: string): string => {
  let text = ""
  try {
    text = readFileSync(file, "utf8")
  } catch {
    return ""
  }
  const line = text.split("\n").map((l) => l.trim()).filter(Boolean).pop() ?? ""
  return line.length > 200 ? `${line.slice(0, 200)}...` : line
}

/** Run `command`, snapshot its memory every `intervalMs` of its running time, and return the recording. */
export const recordProcess = (opts: RecordOptions): RecordResult => {
  checkProc()
  const [cmd, ...args] = opts.command
  // The command's stderr goes to a file of ours: when it fails before the first snapshot, its own words say why.
  const errDir = mkdtempSync(join(tmpdir(), "epochlab-record-"))
  const errFile = join(errDir, "stderr")
  const errFd = openSync(errFile, "w")
  const child = spawn(cmd, args, { stdio: ["ignore", "ignore", errFd] })
  closeSync(errFd)
  child.on("error", () => {}) // reported below, synchronously, from the missing pid
  const pid = child.pid
  if (pid === undefined) throw new RecordError(explainSpawnFailure(cmd))

  const epochs: RecordedEpoch[] = []
  let tracker: Tracker | undefined
  let ending: RecordResult["ending"] = { kind: "killed" }
  let stoppedMs = 0
  try {
    while (epochs.length < opts.maxEpochs) {
      sleepMs(epochs.length === 0 ? (opts.startMs ?? opts.intervalMs) : opts.intervalMs)
      const gone = exited(pid)
      if (gone) {
        ending = { kind: "exited", ...gone }
        break
      }
      const t0 = performance.now()
      process.kill(pid, "SIGSTOP")
      if (!waitStopped(pid)) {
        ending = { kind: "exited", ...(exited(pid) ?? { status: 0, signal: 0 }) }
        break
      }
      try {
        tracker ??= new Tracker(pid)
        epochs.push(tracker.snapshot(epochs.length === 0, opts.method))
      } finally {
        process.kill(pid, "SIGCONT")
        stoppedMs += performance.now() - t0
      }
    }
  } finally {
    tracker?.close()
    if (!exited(pid)) {
      try {
        process.kill(pid, "SIGKILL")
      } catch {
        // already gone
      }
    }
  }
  const said = lastLine(errFile)
  rmSync(errDir, { recursive: true, force: true })
  if (epochs.length === 0 || !tracker) {
    const how = ending.kind === "exited" ? (ending.signal ? `was killed by signal ${ending.signal}` : `exited with status ${ending.status}`) : "ended"
    throw new RecordError(
      `"${opts.command.join(" ")}" ${how} before the first snapshot (after ${opts.startMs ?? opts.intervalMs} ms)${said ? `, saying: ${said}` : ""}; record a longer-running command or take the first snapshot sooner (--start-ms)`,
    )
  }
  return {
    recording: { command: [...opts.command], intervalMs: opts.intervalMs, pages: tracker.pages, method: tracker.method, epochs },
    unreadablePages: tracker.unreadable,
    ending,
    meanStopMs: stoppedMs / epochs.length,
  }
}
