/**
 * The places in the hosts where a planted bug can make the protocol deviate,
 * one field each, the correct behaviour first and the default. A host reads
 * its hook where the real mistake would live; a bug variant (src/bugs/bugs.ts)
 * sets one. Deviations that are a machine's decision are not here: a variant
 * overrides that machine's guard instead.
 */
export interface HostHooks {
  /** Backup: a checkpoint's pages wait in staging until it is whole, or go into the live image as they arrive. */
  readonly pagesIntoImage: "when-complete" | "on-arrival"
  /** Backup: failover restores the newest applied checkpoint, or rolls back to the one before it. */
  readonly restoreFrom: "newest" | "previous"
  /** Primary: the guest's disk writes reach shared storage when their epoch commits, or at once. */
  readonly diskWrites: "at-commit" | "at-once"
  /** Primary: the soft-page filter withholds a hinted page only if the guest has not dirtied it since the hint, or trusts a stale hint. */
  readonly softPageHints: "checked" | "trusted"
  /** Primary: the similarity encoder references only page versions the backup holds, or also pages later in the same checkpoint. */
  readonly deltaReferences: "held-by-backup" | "later-in-checkpoint"
  /** Primary: segments acknowledged speculatively travel in their epoch's checkpoint, or are left out. */
  readonly speculativeSegments: "checkpointed" | "left-out"
  /** Hypervisor: released bytes are kept until the client acknowledges them, or forgotten once released. */
  readonly releasedBytes: "until-client-ack" | "until-release"
  /** RDMA transport: the commit follows the page writes on their queue pair, or goes on a queue pair of its own. */
  readonly rdmaCommit: "after-writes" | "separate-queue-pair"
  /** RDMA transport: page writes land in the backup's staging region, or in its live image. */
  readonly rdmaPagesTo: "staging" | "live-image"
  /** Primary, copy-on-write transfer: every dirty page is write-protected at the pause, or only every other one. */
  readonly cowProtect: "every-page" | "every-other-page"
  /** Primary, checkpoint policy: the policy's ceiling always holds, or it keeps deferring while the guest dirties memory fast. */
  readonly policyCeiling: "enforced" | "deferred-while-dirtying"
  /** Primary, fine-grained dirty regions: the block hash table follows every page sent, or only pages sent as blocks records. */
  readonly blockHashes: "every-page-sent" | "blocks-records-only"
  /** Backup, speculative state transfer: pages sent early wait with their checkpoint until it commits, or go into the image as they arrive. */
  readonly earlyPages: "at-commit" | "on-arrival"
  /** Backup, active slave: every listed page is compared at every checkpoint, or a page that matched once is trusted from then on. */
  readonly slaveCompare: "every-checkpoint" | "trust-earlier-match"
  /** Primary: before each release it asks shared storage whether it still holds the activation record, or it asked once and trusts the answer. */
  readonly leaseCheck: "every-release" | "once"
}

export const correctHooks: HostHooks = {
  pagesIntoImage: "when-complete",
  restoreFrom: "newest",
  diskWrites: "at-commit",
  softPageHints: "checked",
  deltaReferences: "held-by-backup",
  speculativeSegments: "checkpointed",
  releasedBytes: "until-client-ack",
  rdmaCommit: "after-writes",
  rdmaPagesTo: "staging",
  cowProtect: "every-page",
  policyCeiling: "enforced",
  blockHashes: "every-page-sent",
  earlyPages: "at-commit",
  slaveCompare: "every-checkpoint",
  leaseCheck: "every-release",
}
