import { backupMachine } from "../../machines/backup.ts"
import { primaryMachine } from "../../machines/primary.ts"
import { correctHooks, type HostHooks } from "./host-hooks.ts"

/**
 * Planted bugs: small, deliberate protocol deviations a run can switch on, to
 * prove that the properties and the fuzzer catch real mistakes. Each is one
 * variant object in this list, and deviates in exactly one place, where the
 * real mistake would live: a guard of a protocol machine (given to XState's
 * `machine.provide`) or one host hook (src/bugs/host-hooks.ts).
 *
 * To plant a new bug: an entry here and, if no guard or hook says what it
 * changes yet, that guard in the machine or that hook with its correct
 * default (and its one use in the host).
 */
export interface Bug {
  readonly name: string
  readonly summary: string
  /** The built-in scenario that exercises the mechanism the bug lives in, if not remus-basic. */
  readonly scenario?: string
  /** Guards of the primary's machine replaced for this bug. */
  readonly primary?: { readonly guards: Partial<Record<PrimaryGuard, () => boolean>> }
  /** Guards of the backup's machine replaced for this bug. */
  readonly backup?: { readonly guards: Partial<Record<BackupGuard, () => boolean>> }
  /** The host hook this bug sets. */
  readonly hooks?: Partial<HostHooks>
}

type PrimaryGuard = keyof NonNullable<Parameters<typeof primaryMachine.provide>[0]["guards"]>
type BackupGuard = keyof NonNullable<Parameters<typeof backupMachine.provide>[0]["guards"]>

const always = () => true
const never = () => false

export const bugs = [
  { name: "release-before-ack", summary: "the primary releases an epoch's output as soon as its checkpoint is sent, not acknowledged", primary: { guards: { safeWhenSent: always } } },
  { name: "ack-before-complete", summary: "the backup acknowledges a checkpoint when its first part arrives", backup: { guards: { ackOnArrival: always } } },
  { name: "apply-torn-checkpoint", summary: "the backup writes pages into its image as they arrive, with no staging", hooks: { pagesIntoImage: "on-arrival" } },
  { name: "no-fence", summary: "the backup activates on the detection timeout alone, without taking the activation record", backup: { guards: { timeoutIsProof: always } } },
  { name: "restore-stale-checkpoint", summary: "failover rolls back to the checkpoint before the newest applied one", hooks: { restoreFrom: "previous" } },
  { name: "no-heartbeat", summary: "the backup sends no heartbeat, so a long transfer looks like a dead backup to the primary", backup: { guards: { sendsHeartbeats: never } } },
  { name: "lease-checked-once", summary: "the primary asks whether it holds the activation record once and trusts the answer, instead of before every release", hooks: { leaseCheck: "once" } },
  { name: "disk-write-through", summary: "the guest's disk writes reach shared storage at once, not when their epoch commits", scenario: "remus-storage", hooks: { diskWrites: "at-once" } },
  { name: "skip-dirty-soft-pages", summary: "the soft-page filter trusts a stale hint and withholds a page the guest dirtied", scenario: "remus-softpages", hooks: { softPageHints: "trusted" } },
  {
    name: "stale-delta-reference",
    summary: "the similarity encoder may encode a page against a version the backup does not hold yet (a page later in the same checkpoint)",
    scenario: "remus-similarity",
    hooks: { deltaReferences: "later-in-checkpoint" },
  },
  {
    name: "lost-speculative-buffer",
    summary: "speculatively acknowledged segments are not part of their checkpoint, so a backup that takes over cannot send them",
    scenario: "remus-spec",
    hooks: { speculativeSegments: "left-out" },
  },
  {
    name: "drop-released-unacked",
    summary: "the hypervisor forgets bytes once it releases them, not once the client acknowledges them, so it cannot resend what the client lost",
    scenario: "remus-spec",
    hooks: { releasedBytes: "until-release" },
  },
  {
    name: "commit-before-writes",
    summary: "the RDMA commit signal goes on a queue pair of its own, so it can overtake the page writes and the backup applies a slot whose pages have not all landed",
    scenario: "remus-rdma",
    hooks: { rdmaCommit: "separate-queue-pair" },
  },
  {
    name: "write-live-image",
    summary: "the primary's RDMA WRITEs target the backup's live image instead of its staging region, so a checkpoint cut short leaves a torn image",
    scenario: "remus-rdma",
    hooks: { rdmaPagesTo: "live-image" },
  },
  {
    name: "cow-missing-protect",
    summary: "copy-on-write transfer write-protects only every other dirty page (its protect loop steps by two), so a guest write after the pause can change a page before the adapter reads it",
    scenario: "remus-rdma-cow",
    hooks: { cowProtect: "every-other-page" },
  },
  {
    name: "policy-starves",
    summary: "the adaptive policy keeps deferring past its ceiling while the guest dirties memory fast, waiting for the burst to pass",
    scenario: "remus-phases",
    hooks: { policyCeiling: "deferred-while-dirtying" },
  },
  {
    name: "block-hash-stale",
    summary: "the block hash table takes new hashes only for pages sent as blocks records, not for pages sent whole, so a block that returns to an older value is not sent",
    scenario: "remus-fine",
    hooks: { blockHashes: "blocks-records-only" },
  },
  {
    name: "apply-presend-early",
    summary: "the backup writes pages sent early (speculative state transfer) into its image as they arrive, before their checkpoint commits",
    scenario: "remus-presend",
    hooks: { earlyPages: "on-arrival" },
  },
  {
    name: "slave-trusts-own-page",
    summary: "the active slave keeps its own version of a page whose fingerprint matched at an earlier checkpoint, without comparing it again",
    scenario: "remus-active",
    hooks: { slaveCompare: "trust-earlier-match" },
  },
] as const satisfies readonly Bug[]

export type BugName = (typeof bugs)[number]["name"]

const bugNamed = (name: BugName): Bug => (bugs as readonly Bug[]).find((b) => b.name === name)!

/** Where to look for a bug by default: the scenario that exercises its mechanism. */
export const bugScenario = (name: BugName): string => bugNamed(name).scenario ?? "remus-basic"

export const isBugName = (s: string): s is BugName => bugs.some((b) => b.name === s)

/** The protocol a run uses: its two machines and the host hooks, correct or with one bug planted. */
export interface Protocol {
  readonly primary: typeof primaryMachine
  readonly backup: typeof backupMachine
  readonly hooks: HostHooks
}

export const correctProtocol: Protocol = { primary: primaryMachine, backup: backupMachine, hooks: correctHooks }

// One Protocol per bug, made once: a provided machine is compiled once per machine object.
const planted = new Map<BugName, Protocol>()

export const protocolWith = (bug: BugName | undefined): Protocol => {
  if (!bug) return correctProtocol
  let p = planted.get(bug)
  if (!p) {
    const b = bugNamed(bug)
    p = {
      primary: b.primary ? primaryMachine.provide(b.primary) : primaryMachine,
      backup: b.backup ? backupMachine.provide(b.backup) : backupMachine,
      hooks: { ...correctHooks, ...b.hooks },
    }
    planted.set(bug, p)
  }
  return p
}
