import { join } from "node:path"
import { PROJECT_ROOT } from "../project-root.ts"
import { defaultXbzrleCachePages, type CompressorName } from "../compress/compressors.ts"
import { BLOCK_SIZES } from "../compress/block-hashes.ts"
import type { Scenario } from "./scenario.ts"
import type { SwarmRanges } from "./swarm.ts"
import type { SpeculationMode } from "../net/tcp-params.ts"
import { MSS } from "../net/segment.ts"
import { applyVariant } from "./variant.ts"
import { EDR, QDR } from "../transport/rdma/verbs.ts"

/** The shipped recordings of real processes. */
export const RECORDINGS_DIR = join(PROJECT_ROOT, "testdata", "recordings")

const GBE_TCP_PAYLOAD = 117_000_000 // bytes/s: 1 Gbit/s less Ethernet, IP and TCP overhead (primer, section 5)

/**
 * Swarm ranges of the remus-basic family: from a 64-page VM to its own 16
 * MiB, epochs of 5 to 50 ms, a replication link from 10 MB/s to GbE with
 * 10 to 500 us of latency, a detection timeout of 60 to 300 ms (never below
 * two heartbeats), 0.3 to 2 s, 1 to 32 page writes per millisecond, 1 to 3
 * clients.
 */
const basicSwarm: SwarmRanges = {
  pages: [64, 4096],
  epochUs: [5_000, 50_000],
  linkBytesPerSecond: [10_000_000, GBE_TCP_PAYLOAD],
  linkLatencyUs: [10, 500],
  detectionTimeoutUs: [60_000, 300_000],
  durationUs: [300_000, 2_000_000],
  writesPerTick: [1, 32],
  clients: [1, 3],
}

/** The default: one 16 MiB VM, TCP over GbE, 25 ms fixed epochs, one request/response client, 2 s. */
export const remusBasic: Scenario = {
  name: "remus-basic",
  description: "One VM of 4096 pages, TCP over GbE, 25 ms fixed epochs, one request/response client, 2 simulated seconds",
  durationUs: 2_000_000,
  host: {
    pages: 4096,
    workload: {
      memory: "sparse",
      tickUs: 1000,
      writesPerTick: 8,
      wordsPerWrite: 4,
      hotFraction: 0.05,
      hotProbability: 0.9,
      minResponseBytes: 256,
      maxResponseBytes: 16384,
    },
    epochUs: 25_000,
    detectionTimeoutUs: 100_000,
    heartbeatUs: 25_000,
    pauseBaseUs: 200,
    pauseUsPerPage: 2,
    releaseLatencyUs: 20,
    applyUsPerPage: 1,
    restoreUs: 10_000,
    storageLatencyUs: 500,
    chunkPages: 64,
    compression: { compressor: "none", xbzrleCachePages: 0 },
  },
  link: { bytesPerSecond: GBE_TCP_PAYLOAD, latencyUs: 50 },
  clientPath: { bytesPerSecond: 125_000_000, latencyUs: 100 },
  clients: 1,
  client: { thinkUs: 2000, minRtoUs: 200_000, maxRtoUs: 3_200_000, requestBytes: 100, maxRequests: 0 },
  clientStartUs: 200_000,
  swarm: basicSwarm,
}

/** The benchmark's larger VM: 16384 pages (64 MiB) for 10 simulated seconds. */
export const remusLarge: Scenario = {
  ...remusBasic,
  name: "remus-large",
  description: "One VM of 16384 pages (64 MiB), TCP over GbE, 25 ms fixed epochs, one client, 10 simulated seconds",
  durationUs: 10_000_000,
  host: { ...remusBasic.host, pages: 16384 },
  clientStartUs: 700_000,
  swarm: { ...basicSwarm, pages: [4096, 16384], durationUs: [2_000_000, 10_000_000] },
}

/**
 * The fast protocol-level scenario: every mechanism of remus-basic (initial
 * sync, pipelined epochs, held output, heartbeats, failure detection,
 * fencing, failover) on a 1 MiB VM for half a simulated second, with a light
 * guest (two page writes per millisecond, responses of 256 B to 2 KiB). What
 * it gives up is volume, not protocol: fuzzing and exploration run here first.
 */
export const remusMini: Scenario = {
  ...remusBasic,
  name: "remus-mini",
  description: "One VM of 256 pages, 25 ms epochs, one request/response client, a light guest, 0.5 simulated seconds: the fast protocol-level scenario",
  durationUs: 500_000,
  host: { ...remusBasic.host, pages: 256, workload: { ...remusBasic.host.workload, writesPerTick: 2, maxResponseBytes: 2048 } },
  clientStartUs: 20_000,
  // Small runs: the swarm campaign that explores the protocol fastest.
  // Its clients' requests arrive with a fixed think time or as a Poisson process (in every phase of an epoch, pauses included).
  swarm: { ...basicSwarm, pages: [64, 512], durationUs: [200_000, 600_000], writesPerTick: [1, 8], arrivals: ["fixed", "poisson"] },
}

/** Three clients against one VM: more output per epoch, more held packets. */
export const remusThreeClients: Scenario = {
  ...remusBasic,
  name: "remus-3clients",
  description: "remus-basic with three request/response clients",
  clients: 3,
}

/** remus-basic whose guest writes every content pattern (`mixed`), with compressor `compressor` on the link. */
const compressed = (compressor: CompressorName, description: string): Scenario => ({
  ...remusBasic,
  name: `remus-${compressor}`,
  description,
  host: {
    ...remusBasic.host,
    workload: { ...remusBasic.host.workload, memory: "mixed" },
    compression: { compressor, xbzrleCachePages: defaultXbzrleCachePages(remusBasic.host.pages) },
  },
})

/**
 * Fine-grained dirty regions: remus-basic whose guest writes every content
 * pattern, with a 64-bit hash per 128-byte block of the backup's image on the
 * primary, and only the changed blocks of a dirty page on the link (pages
 * changed throughout go raw). A swarm campaign draws the block size.
 */
export const remusFine: Scenario = {
  ...remusBasic,
  name: "remus-fine",
  description: "remus-basic with mixed memory content and fine-grained dirty regions (a hash per 128-byte block; only changed blocks are sent)",
  host: {
    ...remusBasic.host,
    workload: { ...remusBasic.host.workload, memory: "mixed" },
    compression: { compressor: "none", xbzrleCachePages: 0, blockBytes: 128 },
  },
  swarm: { ...basicSwarm, blockBytes: BLOCK_SIZES },
}

/**
 * Speculative state transfer: remus-basic whose hypervisor looks every 5 ms
 * of the 25 ms epoch for dirty pages the guest has not written since the last
 * look, and sends them (as many as the link carries in 5 ms, while no
 * checkpoint is on the link) ahead of the checkpoint they belong to.
 */
export const remusPresend: Scenario = {
  ...remusBasic,
  name: "remus-presend",
  description: "remus-basic with speculative state transfer: dirty pages quiet for 5 ms are sent during the epoch, staged by the backup until their checkpoint commits",
  host: { ...remusBasic.host, presend: { everyUs: 5_000 } },
}

/**
 * The active slave: the backup runs the guest too, on the primary's
 * requests, and a checkpoint carries only the dirty pages whose hashes differ
 * there. The guest has four vCPUs writing every content pattern (two page
 * writes per millisecond each, remus-basic's eight in all), a fifth of their
 * hot writes in a hot set they share: where two vCPUs' writes to the
 * same bytes land in another order on the backup, the pages differ (and the
 * service's state page differs after every response, which mixes in the
 * host's random input).
 */
export const remusActive: Scenario = {
  ...remusBasic,
  name: "remus-active",
  description: "remus-basic with an active slave: the backup runs the guest (4 vCPUs, mixed content, a shared hot set) on the primary's requests; checkpoints carry only the pages that differ",
  host: { ...remusBasic.host, activeSlave: true, workload: { ...remusBasic.host.workload, memory: "mixed", writesPerTick: 2, vcpus: 4, sharedFraction: 0.2 } },
  swarm: { ...basicSwarm, vcpus: [1, 8] },
}

/** The three memory-synchronisation techniques together: remus-active's guest and slave, pages sent early, and the rest as changed 128-byte blocks. */
export const remusMemsync: Scenario = {
  ...remusActive,
  name: "remus-memsync",
  description: "remus-active with speculative state transfer (5 ms) and fine-grained dirty regions (128-byte blocks) as well: all three techniques of fast memory synchronisation",
  host: { ...remusActive.host, presend: { everyUs: 5_000 }, compression: { ...remusActive.host.compression, blockBytes: 128 } },
  swarm: { ...basicSwarm, vcpus: [1, 8], blockBytes: BLOCK_SIZES },
}

export const remusZero = compressed("zero", "remus-basic with mixed memory content and zero-page detection on the link")
export const remusXbzrle = compressed("xbzrle", "remus-basic with mixed memory content and XBZRLE (cache: a quarter of guest memory)")
export const remusSimilarity = compressed("similarity", "remus-basic with mixed memory content and bit-projection similarity compression")

/**
 * A guest that also works on files on shared storage: 30% of its memory is
 * page cache over 2048 blocks (a hot fifth gets 80% of the operations), up to
 * four file operations per millisecond (a miss adds a 500 us storage read),
 * 30% of them writes, written back every 100 ms. The writes are held per epoch and reach the store on commit.
 */
export const remusStorage: Scenario = {
  ...remusBasic,
  name: "remus-storage",
  description: "remus-basic whose guest also reads and writes files on shared storage through a page cache (30% of memory)",
  host: {
    ...remusBasic.host,
    workload: { ...remusBasic.host.workload, files: { cacheShare: 0.3, blocks: 2048, opsPerTick: 4, writeShare: 0.3, missUs: 500, writebackUs: 100_000 } },
  },
}

/** remus-storage with soft-page filtering: the guest hints its clean page-cache pages every 60 ms (out of step with the 25 ms epochs, so hints go stale) and the backup drops them. */
export const remusSoftPages: Scenario = {
  ...remusStorage,
  name: "remus-softpages",
  description: "remus-storage with soft-page filtering: the backup does not hold clean page-cache pages and rebuilds them from storage on failover",
  host: { ...remusStorage.host, workload: { ...remusStorage.host.workload, files: { ...remusStorage.host.workload.files!, softHintUs: 60_000 } } },
}

/**
 * Backup consolidation: three primaries of one profile on a single backup
 * host. Each is remus-softpages with 70% of its memory as page cache, filled
 * at boot; the backup is sized for two full VMs (8192 pages), reserves each VM
 * half its pages (its hard footprint is about a third: experiment soft-pages,
 * 70% row) and keeps a whole VM's worth free for one failover.
 */
export const remusConsolidated: Scenario = {
  ...remusSoftPages,
  name: "remus-consolidated",
  description: "three remus-softpages primaries (70% page cache) protected by one backup host with memory for two",
  host: {
    ...remusSoftPages.host,
    workload: { ...remusSoftPages.host.workload, files: { ...remusSoftPages.host.workload.files!, cacheShare: 0.7, blocks: 2 * Math.floor(0.7 * 4096), prefill: true } },
  },
  consolidation: { vms: 3, backupCapacityPages: 8192, reservePages: 2048 },
  // Admission is sized for these VMs: their size is not drawn.
  swarm: undefined,
}

/**
 * Real TCP with speculative communication: client-1 receives an endless bulk
 * flow, client-2 does request/response. Linux-like defaults: a 128 KiB
 * client receive buffer (no autotuning), 40 ms delayed ACKs, a 256 KiB guest
 * send buffer, and a hypervisor that holds up to 1000 full segments for the
 * guest (a plug queue's default length: the device's 1000-packet queue). The
 * clients sit on a 100 Mbit/s LAN, so a run (and a fuzz run) stays short;
 * experiment tcp-throughput puts the bulk flow on GbE.
 */
const tcpScenario = (mode: SpeculationMode, name: string, description: string): Scenario => ({
  ...remusBasic,
  name,
  description,
  clients: 2,
  // One bulk client and at least one request/response client; real TCP makes runs slow, so at most 1 s. A checkpoint's
  // header carries the send buffers and the held output (up to 2 MB), which must cross the link well within the
  // detection timeout (the model's detector hears a part when it has arrived whole): at least 50 MB/s and 100 ms.
  swarm: { ...basicSwarm, clients: [2, 3], durationUs: [300_000, 1_000_000], linkBytesPerSecond: [50_000_000, GBE_TCP_PAYLOAD], detectionTimeoutUs: [100_000, 300_000] },
  clientPath: { bytesPerSecond: 12_500_000, latencyUs: 100 },
  tcp: {
    mode,
    mss: MSS,
    clientReceiveBufferBytes: 131_072,
    clientDelayedAckUs: 40_000,
    guestSendBufferBytes: 262_144,
    guestReceiveBufferBytes: 131_072,
    specBufferBytes: 1000 * MSS,
    bulkClients: 1,
  },
})

export const remusSpec = tcpScenario("spec-ack", "remus-spec", "remus-basic over real TCP (one bulk flow, one request/response client) with speculative acknowledgements")
export const remusRacc = tcpScenario("spec-ack+racc", "remus-racc", "remus-spec whose guest TCP knows its acknowledgements are speculative (replication-aware congestion control)")

/** The guest replays the memory of a real process (python3 filling a dict, testdata/recordings), compressed by similarity. */
const recorded = applyVariant(remusBasic, { memory: `trace:${join(RECORDINGS_DIR, "python-dict.rec")}`, compressor: "similarity" })
export const remusRecorded: Scenario = {
  ...recorded,
  name: "remus-recorded",
  description: "remus-basic whose guest replays a recording of python3 building a dict (757 pages), with similarity compression",
  // The recording fixes the memory and what writes it.
  swarm: { ...basicSwarm, pages: [recorded.host.pages, recorded.host.pages], writesPerTick: [recorded.host.workload.writesPerTick, recorded.host.workload.writesPerTick] },
}

/**
 * remus-basic replicated over RDMA verbs on QDR InfiniBand (3.2 GB/s, 2 us):
 * one-sided WRITEs into the backup's staging slots, the commit as a
 * WRITE_WITH_IMM behind them (src/transport/rdma). The swarm draws the link
 * from a slow 1 GB/s fabric to EDR.
 */
export const remusRdma: Scenario = {
  ...remusBasic,
  name: "remus-rdma",
  description: "remus-basic over RDMA verbs on QDR InfiniBand: one-sided writes into staging slots, the commit behind them on the same queue pair",
  transport: "rdma",
  link: QDR,
  swarm: { ...basicSwarm, linkBytesPerSecond: [1_000_000_000, EDR.bytesPerSecond], linkLatencyUs: [1, 5] },
}

/**
 * remus-rdma with copy-on-write transfer: at the pause the hypervisor
 * write-protects the dirty pages (0.1 us each: a PTE's writable bit, the TLB
 * flush batched) instead of copying them (2 us each), resumes the guest, and
 * the adapter reads the pages from guest memory; a guest write to a page not
 * yet read costs a protection fault and a copy (2 us). The guest writes one
 * page every 125 us rather than eight at each millisecond (the same rate):
 * the race between the guest and the adapter is a matter of microseconds on
 * QDR, and a guest that wrote in millisecond bursts would rarely meet it.
 */
export const remusRdmaCow: Scenario = {
  ...remusRdma,
  name: "remus-rdma-cow",
  description: "remus-rdma with copy-on-write transfer: dirty pages write-protected at the pause and read by the adapter after the guest resumed",
  host: { ...remusRdma.host, transfer: "copy-on-write", cowProtectUsPerPage: 0.1, cowFaultUs: 2, workload: { ...remusRdma.host.workload, tickUs: 125, writesPerTick: 1 } },
}

/**
 * remus-basic whose guest cycles through phases (primer 2.3), checkpointed by
 * the adaptive policy: compute (2 page writes per millisecond in 1% of
 * memory), memory-heavy (48 per millisecond over half of it), network-heavy
 * (4 writes, responses of 8 to 64 KiB), idle (nothing), 700 ms a cycle.
 */
export const remusPhases: Scenario = {
  ...remusBasic,
  name: "remus-phases",
  description: "remus-basic whose guest cycles through compute, memory-heavy, network-heavy and idle phases, checkpointed by the adaptive policy",
  policy: { kind: "adaptive" },
  // The phases set the dirty rate; the swarm draws the vCPUs and the policy instead.
  swarm: { ...basicSwarm, writesPerTick: [8, 8], vcpus: [1, 16], policies: [{ kind: "adaptive" }, { kind: "dirty-threshold" }, { kind: "output-latency" }, { kind: "colo-like" }, { kind: "fixed" }] },
  host: {
    ...remusBasic.host,
    workload: {
      ...remusBasic.host.workload,
      phases: [
        { name: "compute", durationUs: 200_000, writesPerTick: 2, hotFraction: 0.01 },
        { name: "memory-heavy", durationUs: 200_000, writesPerTick: 48, hotFraction: 0.5, hotProbability: 0.95 },
        { name: "network", durationUs: 200_000, writesPerTick: 4, minResponseBytes: 8192, maxResponseBytes: 65_536 },
        { name: "idle", durationUs: 100_000, writesPerTick: 0 },
      ],
    },
  },
}

export const scenarios: readonly Scenario[] = [remusBasic, remusMini, remusLarge, remusThreeClients, remusZero, remusXbzrle, remusSimilarity, remusFine, remusPresend, remusActive, remusMemsync, remusRecorded, remusStorage, remusSoftPages, remusConsolidated, remusSpec, remusRacc, remusRdma, remusRdmaCow, remusPhases]

export const findScenario = (name: string): Scenario | undefined => scenarios.find((s) => s.name === name)
