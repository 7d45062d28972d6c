import type { HostId } from "./commands.ts"
import type { Micros } from "./time.ts"

/** Which host a fact is about (the machines' own name for it). */
export type { HostId }

/**
 * How a packet came to leave a host. Properties judge each mode by its own rule:
 * - `protected`: released by the primary after its epoch's checkpoint was acknowledged;
 * - `owed`: released by the backup after failover, from the checkpoint it restored;
 * - `unprotected`: released by a host that holds the activation record alone, with no replica.
 */
export type ReleaseMode = "protected" | "owed" | "unprotected"

/**
 * Facts the simulator records as they happen: the ground truth properties judge.
 * `t` is virtual time; `at` is the index of the delivered event during which it happened.
 */
export type Fact =
  /** `pagesDigest` (with a compressor on): the captured pages' contents, for compression-roundtrip. */
  /** `work`: the guest's vCPU slices run so far (slices that fell inside a pause never ran), its measure of progress. */
  | { kind: "capture"; host: HostId; epoch: number; pages: number; pauseUs: Micros; digest: string; releasedThrough: number; work?: number; pagesDigest?: string }
  /** `bytes` on the wire in all, as `messages` messages; `pages` the backup installs with it, whatever their encoding (with those sent early, and those the active slave takes from its own run). */
  /** With speculation, `owes`: per client, the stream bytes the hypervisor owned when the checkpoint's barrier closed ([acknowledged by the client, acknowledged to the guest)). */
  | { kind: "checkpoint-sent"; epoch: number; bytes: number; messages: number; pages: number; hintBytes?: number; owes?: Record<string, [number, number]> }
  /** Speculative state transfer: `pages` page records of checkpoint `epoch` sent during its epoch, `bytes` on the wire as `messages` messages. */
  | { kind: "presend"; epoch: number; pages: number; bytes: number; messages: number }
  /** Active slave: the primary sent the hashes of checkpoint `epoch`'s `listed` dirty pages and the epoch's `inputs`; the backup answered that it needs `need` of them. */
  | { kind: "slave-hashes"; epoch: number; listed: number; inputs: number; bytes: number; messages: number }
  | { kind: "slave-need"; epoch: number; need: number }
  /** The backup wrote checkpoint `epoch`'s early (pre-sent) pages into its image. */
  | { kind: "early-apply"; epoch: number; pages: number }
  | { kind: "checkpoint-complete"; epoch: number }
  /** `pagesDigest` (with a compressor on): the decoded pages' contents as the backup installed them. */
  | { kind: "apply"; epoch: number; pagesDigest?: string; heldPages?: number }
  /** Failover with soft-page filtering: the pages the backup had dropped, rebuilt from shared storage; the pages it held. */
  | { kind: "soft-rebuilt"; epoch: number; pages: number; heldPages: number }
  | { kind: "ack-sent"; epoch: number }
  | { kind: "ack-received"; epoch: number }
  /** With real TCP: `retransmit` for a resend, `speculative` for an acknowledgement the hypervisor made up for the guest (output-commit: never). */
  /** `producedAt`: when the guest produced its bytes (`lastProducedAt`: the newest of them, if later). `epoch` and `mode` are the hypervisor's own tags: properties derive the epoch from the production time. */
  | { kind: "packet-out"; host: HostId; client: string; epoch: number; offset: number; len: number; producedAt: Micros; lastProducedAt?: Micros; mode: ReleaseMode; retransmit?: true; speculative?: true }
  /** `conflict`: the first offset at which these bytes differ from bytes the client already held, or -1. */
  /** `digest`: the bytes', for a reader of the trace; "" in a run that records facts only. */
  | { kind: "client-recv"; client: string; offset: number; len: number; digest: string; conflict: number; producedAt?: Micros }
  | { kind: "lease"; host: HostId; granted: boolean }
  /** `host` began claiming the activation record; recorded by the wire: how long nothing had reached `host` from its peer, and whether the connection had failed. */
  | { kind: "claim"; host: HostId; silentUs: Micros; connectionLost: boolean }
  | { kind: "crash"; host: HostId }
  | { kind: "failover-detected" }
  /** `streams`: where each client's byte stream stands in the restored guest. */
  /** With speculation, `owes`: per client, the stream bytes the backup can still send, contiguous from where the client's acknowledgements stood. */
  | { kind: "restore"; epoch: number; digest: string; streams: Record<string, number>; owes?: Record<string, [number, number]> }
  | { kind: "resumed"; epoch: number }
  | { kind: "unprotected"; host: HostId }
  /** The guest issued a disk write to shared storage (a page-cache write-back) in `epoch`. */
  | { kind: "disk-write"; host: HostId; epoch: number; block: number; digest: string }
  /** A disk write landed on shared storage: released after its epoch's ack, owed by a restored backup, or from an unprotected host. */
  | { kind: "storage-land"; host: HostId; mode: ReleaseMode; epoch: number; block: number; digest: string }
  /** With a file workload: the guest's file operations so far (sampled every 10 ms), its measure of progress. */
  | { kind: "file-ops"; host: HostId; ops: number }
  /** Copy-on-write transfer: checkpoint `epoch`'s pages the guest wrote before the adapter read them (each a protection fault and a page copy), once the adapter has read them all. */
  | { kind: "cow-copies"; epoch: number; pages: number; stallUs: Micros }
  /** A scheduled fault changed what happened (a segment's fate, a packet's, the connection); a window that began at a protocol point says when it ends (`untilUs`). */
  | { kind: "fault-acted"; fault: string; untilUs?: Micros }
  /** A host froze (a host-pause fault) until `untilUs`. */
  | { kind: "pause"; host: HostId; untilUs: Micros }
  /** A host's fiber ended without its host stopping it (src/sim/fiber-watch.ts): `how` it ended. */
  | { kind: "fiber-died"; host: string; fiber: string; how: string }
  /** The event queue ran dry before the end of the run: nothing can ever happen again. */
  | { kind: "quiescent" }
  /** Backup consolidation: the shared backup admitted `guest` (reserving `reservePages`) or refused it, and why. */
  | { kind: "admission"; guest: string; admitted: boolean; reservePages: number; reason: string }
  /** Backup consolidation: the shared backup did not take over this VM, because its restored guest would not fit. */
  | { kind: "failover-refused"; reason: string }
  /** Backup consolidation: what `guest` now costs the shared backup in pages (hard pages held; all of them once it runs there), and the total. */
  | { kind: "backup-charge"; guest: string; pages: number; totalPages: number; capacityPages: number }

/** A fact as recorded: when, during which event, and (in a consolidated run) which VM it is about. */
export type Observation = Fact & { readonly t: Micros; readonly at: number; readonly vm?: string }
