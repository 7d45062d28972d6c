/**
 * Planted bugs: small, deliberate protocol deviations a run can switch on, to
 * prove that the properties and the fuzzer catch real mistakes. Each is wired
 * where the real mistake would live (a guard in a machine, a step in a host).
 */
export interface Bug {
  readonly name: string
  readonly summary: string
  /** The built-in scenario that exercises the mechanism the bug lives in, if not remus-basic. */
  readonly scenario?: string
}

export const bugs = [
  { name: "release-before-ack", summary: "the primary releases an epoch's output as soon as its checkpoint is sent, not acknowledged" },
  { name: "ack-before-complete", summary: "the backup acknowledges a checkpoint when its first part arrives" },
  { name: "apply-torn-checkpoint", summary: "the backup writes pages into its image as they arrive, with no staging" },
  { name: "no-fence", summary: "the backup activates on the detection timeout alone, without taking the activation record" },
  { name: "restore-stale-checkpoint", summary: "failover rolls back to the checkpoint before the newest applied one" },
  { name: "no-heartbeat", summary: "the backup sends no heartbeat, so a long transfer looks like a dead backup to the primary" },
  { name: "disk-write-through", summary: "the guest's disk writes reach shared storage at once, not when their epoch commits", scenario: "remus-storage" },
  { name: "skip-dirty-soft-pages", summary: "the soft-page filter trusts a stale hint and withholds a page the guest dirtied", scenario: "remus-softpages" },
  { name: "stale-delta-reference", summary: "the similarity encoder may encode a page against a version the backup does not hold yet (a page later in the same checkpoint)", scenario: "remus-similarity" },
  { name: "lost-speculative-buffer", summary: "speculatively acknowledged segments are not part of their checkpoint, so a backup that takes over cannot send them", scenario: "remus-spec" },
  { name: "drop-released-unacked", summary: "the hypervisor forgets bytes once it releases them, not once the client acknowledges them, so it cannot resend what the client lost", scenario: "remus-spec" },
] as const satisfies readonly Bug[]

export type BugName = (typeof bugs)[number]["name"]

/** Where to look for a bug by default: the scenario that exercises its mechanism. */
export const bugScenario = (name: BugName): string => (bugs as readonly Bug[]).find((b) => b.name === name)?.scenario ?? "remus-basic"

export const isBugName = (s: string): s is BugName => bugs.some((b) => b.name === s)
