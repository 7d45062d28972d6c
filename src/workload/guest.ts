import type { GuestMemory } from "../memory/guest-memory.ts"
import { smallArrays } from "../memory/arena.ts"
import { hashBytes, hashString } from "../memory/page-hash.ts"
import type { GuestConnState } from "../net/guest-stack.ts"
import { modUint, type Rng } from "../sim/rng.ts"
import type { Micros } from "../sim/time.ts"
import { writePattern, type PatternName, type WriteSource } from "./patterns.ts"
import { MSS, type Segment } from "../net/segment.ts"
import { TraceReplay } from "./trace-replay.ts"
import { connsOnlyJson, vcpuJson } from "./state-json.ts"
import { emptyCache, PageCache, type CacheState, type DiskIo } from "./page-cache.ts"

/** vCPU registers that matter to the model: progress and the guest's own PRNG (xorshift128). */
export interface VcpuState {
  ticks: number
  /** vCPU 0's thread (and the service's requests and file operations). */
  rng: [number, number, number, number]
  /** With more than one vCPU: the PRNG of each other vCPU's thread (vCPU 1 first). */
  threads?: Array<[number, number, number, number]>
}

/** Per-connection NIC and socket state: where the stream is, which request was answered last. */
export interface ConnState {
  txOffset: number
  lastRequest: number
}

export interface DeviceState {
  conns: Record<string, ConnState>
  /** With real TCP: the guest kernel's connections (machines, send buffers), as the guest stack saves them. */
  tcp?: Record<string, GuestConnState>
  /** The guest kernel's page cache (with a file workload). */
  cache?: CacheState
}

/** A workload that also reads and writes files on shared storage through the guest's page cache. */
export interface FileWorkload {
  /** Share of guest memory given to the page cache (its pages are the last ones). */
  cacheShare: number
  /** File blocks on shared storage the workload uses. */
  blocks: number
  /** File operations per slice when every one hits the cache, and the share of them that are writes. */
  opsPerTick: number
  writeShare: number
  /** What a miss adds to an operation: reading the block from shared storage (the guest waits). */
  missUs: Micros
  /** The kernel writes dirty cached blocks back this often (guest time). */
  writebackUs: Micros
  /** The guest tells the hypervisor which pages are soft this often (guest time); absent: never (no soft-page filtering). */
  softHintUs?: Micros
  /** At boot, read blocks 0, 1, ... until the cache is full (a file read in full), so the cache starts full. */
  prefill?: boolean
}

/** What the guest's memory does: a synthetic pattern, or `trace:FILE`, a recording of a real process. */
export type MemoryActivity = PatternName | `trace:${string}`

export interface WorkloadParams {
  memory: MemoryActivity
  files?: FileWorkload
  /** Virtual time one slice of guest execution stands for. */
  tickUs: Micros
  /** Page writes per slice (one write = a few words of one page). */
  writesPerTick: number
  wordsPerWrite: number
  /** A fraction of memory gets most writes, as real working sets do. */
  hotFraction: number
  hotProbability: number
  minResponseBytes: number
  maxResponseBytes: number
  /**
   * Parallel threads (1 to 16, default 1): each vCPU does `writesPerTick`
   * writes per slice in a hot set of its own (`hotFraction` of memory each,
   * side by side), except `sharedFraction` of them, which go to a hot set
   * every vCPU shares (vCPU 0's).
   */
  vcpus?: number
  sharedFraction?: number
  /** The workload as a cycle of phases, each overriding the write rate, working set and response sizes while it lasts (guest time). */
  phases?: readonly Phase[]
}

/** One phase of a phased workload (the fields it leaves out keep the workload's own values). */
export interface Phase {
  /** compute, memory-heavy, network, bulk-output, disk, idle: a name for reports. */
  name: string
  durationUs: Micros
  writesPerTick?: number
  hotFraction?: number
  hotProbability?: number
  minResponseBytes?: number
  maxResponseBytes?: number
  /** With a file workload: operations per slice (0: no file I/O in this phase). */
  fileOpsPerTick?: number
}

/** The workload's values in force at guest time `t` (its phase's, over its own). */
export const phaseAt = (p: WorkloadParams, t: Micros): WorkloadParams & { phase?: string } => {
  if (!p.phases?.length) return p
  const cycle = p.phases.reduce((n, ph) => n + ph.durationUs, 0)
  let at = t % cycle
  for (const ph of p.phases) {
    if (at < ph.durationUs) return { ...p, ...definedOf(ph), files: p.files && ph.fileOpsPerTick !== undefined ? { ...p.files, opsPerTick: ph.fileOpsPerTick } : p.files, phase: ph.name }
    at -= ph.durationUs
  }
  return p
}

const definedOf = (ph: Phase): Partial<WorkloadParams> => {
  const out: Record<string, unknown> = {}
  for (const k of ["writesPerTick", "hotFraction", "hotProbability", "minResponseBytes", "maxResponseBytes"] as const) if (ph[k] !== undefined) out[k] = ph[k]
  return out as Partial<WorkloadParams>
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
const byteSwap = (x: number): number => ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)

/** Page 0 holds the service's state: [0] requests served, [1] a rolling digest of everything sent. */
const STATE_PAGE = 0

/**
 * The protected guest: memory, vCPU, devices, and a workload that writes pages
 * and answers requests. Everything it does is a function of its own state,
 * except `hostNonce`: a per-host nondeterministic input (timer jitter, RDRAND
 * in a real guest) mixed into every response. A backup that re-executes from a
 * checkpoint therefore sends different bytes at the same stream offsets than
 * the primary would have (primer, section 3).
 */
export class Guest implements WriteSource {
  /** The page cache over `device.cache` (with a file workload). */
  readonly cache: PageCache | undefined
  /** Pages the workload writes directly (anonymous memory): 1 .. anonEnd-1. */
  private readonly anonEnd: number
  /** The recording the guest replays (a `trace:` workload), looked up once rather than every slice. */
  private readonly replay: TraceReplay | undefined

  constructor(
    readonly memory: GuestMemory,
    public vcpu: VcpuState,
    public device: DeviceState,
    private readonly params: WorkloadParams,
    private readonly hostNonce: Rng,
    /** The host's path to shared storage (with a file workload). */
    private readonly io?: DiskIo,
  ) {
    const slots = device.cache?.block.length ?? 0
    this.anonEnd = memory.pages - slots
    this.cache = device.cache ? new PageCache(device.cache, this.anonEnd, memory) : undefined
    this.replay = traceOf(params.memory)
  }

  static boot(memory: GuestMemory, params: WorkloadParams, seed: number, hostNonce: Rng, io?: DiskIo): Guest {
    traceOf(params.memory)?.boot(memory)
    const s = (seed ^ 0x5bd1e995) >>> 0 || 1
    const threads = Array.from({ length: (params.vcpus ?? 1) - 1 }, (_, v) => threadStream(s, v + 1))
    const vcpu: VcpuState = { ticks: 0, rng: streamOf(s), ...(threads.length ? { threads } : {}) }
    const cache = params.files ? { cache: emptyCache(Math.floor(memory.pages * params.files.cacheShare)) } : {}
    const guest = new Guest(memory, vcpu, { conns: {}, ...cache }, params, hostNonce, io)
    if (params.files?.prefill && guest.cache) for (let b = 0; b < guest.cache.slots; b++) guest.cache.read(b, io!)
    return guest
  }

  /** The workload's values now (its phase's, in a phased workload; worked out once per slice). */
  private get current(): WorkloadParams {
    if (!this.params.phases) return this.params
    if (this.inForceAt !== this.vcpu.ticks) {
      this.inForce = phaseAt(this.params, Math.max(0, this.vcpu.ticks - 1) * this.params.tickUs)
      this.inForceAt = this.vcpu.ticks
    }
    return this.inForce!
  }

  private inForce: WorkloadParams | undefined
  private inForceAt = -1

  /** vCPU slices run so far: the guest's measure of work done. */
  get work(): number {
    return this.vcpu.ticks * (this.params.vcpus ?? 1)
  }

  /**
   * One slice of execution: every vCPU writes pages the way the workload
   * does. A recording is one vCPU's stream; the others (with more than one)
   * write as the synthetic `sparse` workload does, each in its own hot set.
   *
   * Each vCPU's thread is deterministic (its own PRNG, in the vCPU state), but
   * the order in which the vCPUs' writes land in a slice is not: the host's
   * nondeterministic input picks it (a rotation), as real interleavings
   * depend on timing. Two vCPUs writing the same bytes in one slice (a
   * shared page, a copy from a page another vCPU rewrites) may then leave
   * them differently on two hosts running the same inputs: the active
   * slave's divergence.
   */
  tick(): void {
    this.vcpu.ticks++
    const p = this.current
    const vcpus = p.vcpus ?? 1
    if (this.replay) {
      this.replay.tick(this.memory, this.vcpu.ticks, p.tickUs)
      if (vcpus === 1) return
    }
    const pattern = (this.replay ? "sparse" : p.memory) as PatternName
    const from = this.replay ? 1 : 0
    const first = vcpus - from > 1 ? modUint(this.hostNonce.u32(), vcpus - from) : 0
    for (let i = 0; i < vcpus - from; i++) {
      this.writer = from + ((first + i) % (vcpus - from))
      for (let w = 0; w < p.writesPerTick; w++) writePattern(pattern, this.memory, this.pickPage(), this, p.wordsPerWrite)
    }
    this.writer = 0
    if (this.cache && p.files) this.fileOps(this.cache, p.files)
  }

  /** The vCPU writing now (its hot set). */
  private writer = 0

  /**
   * File reads and writes through the page cache, as many as the slice's time
   * allows: an operation costs tickUs / opsPerTick, plus `missUs` when the
   * block has to come from storage. Dirty blocks go back every `writebackUs`.
   */
  private fileOps(cache: PageCache, files: FileWorkload): void {
    if (files.opsPerTick <= 0) return
    const io = this.io!
    const state = cache.state
    const hotBlocks = Math.max(1, Math.ceil(files.blocks / 5))
    const opUs = this.params.tickUs / files.opsPerTick
    state.credit = Math.min(state.credit + this.params.tickUs, 2 * this.params.tickUs)
    while (state.credit >= opUs) {
      const block = this.below(10) < 8 ? this.below(hotBlocks) : this.below(files.blocks)
      const hit = (this.next() >>> 0) / 4294967296 < files.writeShare ? cache.write(block, this.next() & 1023, this.next(), io) : cache.read(block, io)
      state.credit -= opUs + (hit ? 0 : files.missUs)
      state.ops++
    }
    const now = this.vcpu.ticks * this.params.tickUs
    const due = (every: Micros) => Math.floor(now / every) > Math.floor((now - this.params.tickUs) / every)
    if (due(files.writebackUs)) cache.writeBack(io)
    if (files.softHintUs && due(files.softHintUs)) io.softHint?.(cache.softPages())
  }

  /**
   * A page the workload writes: mostly in the writing vCPU's hot set (its
   * own, beside the others'; with several vCPUs some writes go to the shared
   * one). Page 0 is the service state; the workload writes the others.
   */
  pickPage(): number {
    const p = this.current
    const pages = this.memory.pages
    const hot = Math.max(1, Math.floor(pages * p.hotFraction))
    const inHot = (this.next() >>> 0) / 4294967296 < p.hotProbability
    const anon = this.anonEnd - 1
    if (!inHot) return 1 + this.below(anon)
    // One vCPU (the common case) draws exactly as before vCPUs existed.
    if ((p.vcpus ?? 1) === 1) return 1 + this.below(Math.min(hot, anon))
    const shared = (this.next() >>> 0) / 4294967296 < (p.sharedFraction ?? 0)
    const base = shared ? 0 : this.writer * hot
    return 1 + ((base + this.below(hot)) % anon)
  }

  private threadOf(v: number): [number, number, number, number] {
    const threads = (this.vcpu.threads ??= [])
    // A state from before the vCPUs had threads of their own: derive them from vCPU 0's.
    while (threads.length < v) threads.push(threadStream(this.vcpu.rng[0], threads.length + 1))
    return threads[v - 1]
  }

  /** Handle request `seq` from `client`; returns the response's segments (empty for a duplicate). */
  handleRequest(client: string, seq: number, now: Micros): Segment[] {
    // The segments keep views of the body: it goes in an arena (smallArrays), not the scratch buffer.
    const scratch = this.scratch
    this.scratch = undefined
    const body = this.respond(client, seq)
    this.scratch = scratch
    if (!body) return []
    const conn = this.device.conns[client]
    const start = conn.txOffset
    const end = start + body.length
    conn.txOffset = end
    const segments: Segment[] = []
    for (let off = 0; off < body.length; off += MSS) {
      const n = Math.min(MSS, body.length - off)
      segments.push({ client, offset: start + off, len: n, reqSeq: seq, respEnd: end, producedAt: now, bytes: body.subarray(off, off + n), epoch: -1 })
    }
    return segments
  }

  /** The body of the response to request `seq` from `client`; nothing for a request already answered. */
  respond(client: string, seq: number): Uint8Array | undefined {
    const conn = (this.device.conns[client] ??= { txOffset: 0, lastRequest: 0 })
    if (seq <= conn.lastRequest) return undefined
    conn.lastRequest = seq
    const p = this.current
    const span = p.maxResponseBytes - p.minResponseBytes + 1
    const len = p.minResponseBytes + this.below(span)
    return this.produce(seq, len)
  }

  /** The next `len` bytes of an endless bulk flow to `client`. */
  bulk(client: string, len: number): Uint8Array {
    const conn = (this.device.conns[client] ??= { txOffset: 0, lastRequest: 0 })
    return this.produce(conn.txOffset, len)
  }

  /** The application's stream to `client` now ends at `end` (with real TCP the guest stack writes). */
  wrote(client: string, end: number): void {
    ;(this.device.conns[client] ??= { txOffset: 0, lastRequest: 0 }).txOffset = end
  }

  /**
   * Where respond() and bulk() put their bytes when the caller copies them at
   * once (the TCP stack into its send buffer): reused, no allocation per write.
   */
  private scratch: Int32Array | undefined = new Int32Array(0)

  /** `len` bytes of output, from the service's state, `seq` and the host's nondeterminism; the service state page records them. */
  private produce(seq: number, len: number): Uint8Array {
    const nonce = this.hostNonce.u32()
    let x = (this.memory.readWord(STATE_PAGE, 1) ^ Math.imul(seq, 0x9e3779b1) ^ nonce) | 0 || 1
    // Whole 32-bit words of xorshift output, stored little-endian whatever the host's byte order.
    const n = (len + 3) >> 2
    if (this.scratch && this.scratch.length < n) this.scratch = new Int32Array(Math.max(n, 2 * this.scratch.length))
    const words = this.scratch ? this.scratch.subarray(0, n) : smallArrays.int32(n)
    for (let i = 0; i < n; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      words[i] = LITTLE_ENDIAN ? x : byteSwap(x)
    }
    this.memory.writeWord(STATE_PAGE, 0, this.memory.readWord(STATE_PAGE, 0) + 1)
    this.memory.writeWord(STATE_PAGE, 1, (x ^ nonce) >>> 0)
    return new Uint8Array(words.buffer, words.byteOffset, len)
  }

  cloneVcpu(): VcpuState {
    const threads = this.vcpu.threads
    return { ticks: this.vcpu.ticks, rng: [...this.vcpu.rng], ...(threads ? { threads: threads.map((t) => [...t] as [number, number, number, number]) } : {}) }
  }

  cloneDevice(): DeviceState {
    const conns: Record<string, ConnState> = {}
    for (const k of Object.keys(this.device.conns).sort()) conns[k] = { ...this.device.conns[k] }
    const c = this.device.cache
    return c ? { conns, cache: { ...c, block: [...c.block], dirty: [...c.dirty] } } : { conns }
  }

  /** `next() % n`, without a float modulo (modUint). */
  below(n: number): number {
    return modUint(this.next(), n)
  }

  /** The next draw of the writing vCPU's thread. */
  next(): number {
    const r = this.writer === 0 ? this.vcpu.rng : this.threadOf(this.writer)
    let t = r[3]
    const s = r[0]
    r[3] = r[2]
    r[2] = r[1]
    r[1] = s
    t ^= t << 11
    t ^= t >>> 8
    r[0] = (t ^ s ^ (s >>> 19)) >>> 0
    return r[0]
  }
}

const streamOf = (s: number): [number, number, number, number] => [s, s ^ 0x9e3779b9, s ^ 0x7f4a7c15, s ^ 0x2545f491]

/** vCPU v's thread, from the guest's seed word `s`. */
const threadStream = (s: number, v: number): [number, number, number, number] => streamOf((Math.imul(s, v + 1) ^ 0x85ebca6b) >>> 0 || 1)

const traceOf = (memory: MemoryActivity): TraceReplay | undefined =>
  memory.startsWith("trace:") ? TraceReplay.load(memory.slice("trace:".length)) : undefined

/** Digest of a guest's whole state at a checkpoint: memory, vCPU, devices (byte buffers such as TCP send buffers by their hash). */
export const stateDigest = (memoryDigest: string, vcpu: VcpuState, device: DeviceState): string => guestState(memoryDigest, vcpu, device).digest

/**
 * A guest's state at a capture, rendered once: its digest, and the bytes its
 * vCPU and devices take in the checkpoint (their JSON, with byte buffers
 * counted as their length: `{"vcpu":V,"device":D}` where D holds a 0 for
 * each buffer instead of its 18-character quoted hash, plus the buffers).
 */
export const guestState = (memoryDigest: string, vcpu: VcpuState, device: DeviceState): { digest: string; wireBytes: number } => {
  const v = vcpuJson(vcpu)
  let buffers = 0
  let bufferBytes = 0
  // The usual device (its connections' positions only) is written out (state-json.ts). Only the guest
  // stack's connections hold byte buffers; without them V8's fast path (no replacer) serialises the same.
  const d =
    connsOnlyJson(device) ??
    (device.tcp === undefined
      ? JSON.stringify(device)
      : JSON.stringify(device, (_k, x) => {
          if (!(x instanceof Uint8Array)) return x
          buffers++
          bufferBytes += x.length
          return hashBytes(x)
        }))
  const wireBytes = '{"vcpu":'.length + v.length + ',"device":'.length + d.length + 1 - 17 * buffers + bufferBytes
  return { digest: `${memoryDigest}:${hashString(v)}:${hashString(d)}`, wireBytes }
}
