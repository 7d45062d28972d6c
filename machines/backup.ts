import { emit, enqueueActions, setup } from "xstate"
import type { TimerCommand, TimerEvent } from "../src/sim/commands.ts"

/**
 * The backup host's protocol.
 * - `initialSync`: receiving the first, full checkpoint; nothing to fail over to yet.
 * - `standby`: checkpoint k is staged part by part; only when its commit record
 *   and every part are in is it complete; complete checkpoints are applied one
 *   at a time (atomically: the host swaps the staged pages in at `apply`) and
 *   then acknowledged.
 * - `failingOver`: the checkpoint stream was silent for the detection timeout.
 *   fencing (claim the activation record; a timeout is no proof the primary is
 *   dead) -> restoring (the latest complete checkpoint) -> `active`.
 * - `active`: the restored guest runs here and serves the clients.
 * - `retired`: the primary won the activation record (it is alive); stand down.
 * - `noImage`: the primary died before the initial sync completed.
 */
export interface Staging {
  epoch: number
  received: number
  /** Parts announced by the commit record, or -1 before it arrived. */
  expected: number
}

export interface BackupContext {
  detectionTimeoutUs: number
  heartbeatUs: number
  restoreUs: number
  applyUsPerPage: number
  staging: Staging | null
  /** Complete checkpoints waiting to be applied, oldest first: [epoch, pages]. */
  complete: Array<[number, number]>
  applying: number
  applied: number
  restoredEpoch: number
}

export type BackupEvent =
  | { type: "repl.part"; epoch: number; part: number; pages: number }
  | { type: "repl.commit"; epoch: number; parts: number; pages: number }
  | { type: "lease.result"; granted: boolean }
  /** The replication connection failed: as good as primary silence. */
  | { type: "link.down" }
  | TimerEvent
  | { type: "crash" }

export type BackupCommand =
  | TimerCommand
  | { type: "checkpoint.complete"; epoch: number }
  /** An apply begins, with `queued` further complete checkpoints waiting behind it. */
  | { type: "apply.start"; epoch: number; queued: number }
  | { type: "apply"; epoch: number }
  | { type: "ack.send"; epoch: number }
  | { type: "heartbeat.send" }
  | { type: "failover.detected" }
  | { type: "lease.claim" }
  /** Restore checkpoint `epoch`, first applying the complete checkpoints `apply` (oldest first) not yet applied. */
  | { type: "restore"; epoch: number; apply: number[] }
  | { type: "resume"; epoch: number }
  | { type: "stand-down"; reason: string }

const SILENCE = "primary-silence"
const APPLY = "apply-done"
const RESTORE = "restore-done"
const HEARTBEAT = "heartbeat"

const isTimer = (name: string) => ({ event }: { event: BackupEvent }) => event.type === "timer" && event.name === name

export const backupMachine = setup({
  types: {
    context: {} as BackupContext,
    events: {} as BackupEvent,
    emitted: {} as BackupCommand,
    input: {} as {
      detectionTimeoutUs: number
      heartbeatUs: number
      restoreUs: number
      applyUsPerPage: number
    },
  },
  guards: {
    silence: isTimer(SILENCE),
    applyDone: isTimer(APPLY),
    restoreDone: isTimer(RESTORE),
    heartbeatDue: isTimer(HEARTBEAT),
    granted: ({ event }) => event.type === "lease.result" && event.granted,
    /** Is the detection timeout proof that the primary is dead? No: a slow link looks the same, so fence first. */
    timeoutIsProof: () => false,
    /** May a checkpoint be acknowledged when its first part arrives? No: only once it is whole and applied. */
    ackOnArrival: () => false,
    /** Does this backup send heartbeats (a zero interval: none)? */
    sendsHeartbeats: ({ context }) => context.heartbeatUs > 0,
    hasImage: ({ context }) => context.applied >= 0 || context.complete.length > 0,
  },
  actions: {
    /** The primary's detector needs a sign of life even while a long transfer has no ack to show. */
    heartbeat: enqueueActions(({ context, enqueue, check }) => {
      if (!check("sendsHeartbeats")) return
      enqueue.emit({ type: "heartbeat.send" })
      enqueue.emit({ type: "timer.set", name: HEARTBEAT, afterUs: context.heartbeatUs })
    }),
    heardFromPrimary: emit(({ context }) => ({ type: "timer.set" as const, name: SILENCE, afterUs: context.detectionTimeoutUs })),
    /** Stage a part or a commit record; when the checkpoint is whole, queue it for apply. */
    stage: enqueueActions(({ context, event, enqueue, check }) => {
      if (event.type !== "repl.part" && event.type !== "repl.commit") return
      const s: Staging =
        context.staging && context.staging.epoch === event.epoch
          ? { ...context.staging }
          : { epoch: event.epoch, received: 0, expected: -1 }
      if (event.type === "repl.part") s.received += 1
      else s.expected = event.parts
      if (s.received === 1 && event.type === "repl.part" && check("ackOnArrival")) enqueue.emit({ type: "ack.send", epoch: s.epoch })
      if (s.expected >= 0 && s.received === s.expected) {
        enqueue.emit({ type: "checkpoint.complete", epoch: s.epoch })
        const complete = [...context.complete, [s.epoch, event.pages] as [number, number]]
        enqueue.assign({ staging: null, complete })
        if (context.applying < 0) startApply(enqueue, context, complete)
      } else {
        enqueue.assign({ staging: s })
      }
    }),
    armHeartbeat: enqueueActions(({ context, enqueue, check }) => {
      if (check("sendsHeartbeats")) enqueue.emit({ type: "timer.set", name: HEARTBEAT, afterUs: context.heartbeatUs })
    }),
    /** Fence before taking over: claim the activation record (unless the timeout is taken as proof). */
    claimRecord: enqueueActions(({ enqueue, check }) => {
      if (!check("timeoutIsProof")) enqueue.emit({ type: "lease.claim" })
    }),
    /** Restore the newest complete checkpoint, applying the complete ones not yet applied first; never a partial one. */
    restoreNewestComplete: enqueueActions(({ context, enqueue }) => {
      const last = context.complete.length > 0 ? context.complete[context.complete.length - 1][0] : context.applied
      enqueue.emit({ type: "timer.cancel", name: APPLY })
      enqueue.emit({ type: "restore", epoch: last, apply: context.complete.map(([e]) => e) })
      enqueue.emit({ type: "timer.set", name: RESTORE, afterUs: context.restoreUs })
      enqueue.assign({ restoredEpoch: last, staging: null, complete: [], applying: -1, applied: last })
    }),
    /** The staged pages are swapped in at this instant (atomic), then k is acknowledged. */
    finishApply: enqueueActions(({ context, enqueue }) => {
      const epoch = context.applying
      enqueue.emit({ type: "apply", epoch })
      enqueue.emit({ type: "ack.send", epoch })
      const complete = context.complete.slice(1)
      enqueue.assign({ applied: epoch, applying: -1, complete })
      startApply(enqueue, { ...context, applying: -1 }, complete)
    }),
  },
}).createMachine({
  id: "backup",
  context: ({ input }) => ({
    ...input,
    staging: null,
    complete: [],
    applying: -1,
    applied: -1,
    restoredEpoch: -1,
  }),
  initial: "initialSync",
  on: { crash: { target: ".crashed" } },
  states: {
    initialSync: {
      entry: "armHeartbeat",
      on: {
        "repl.part": { actions: ["heardFromPrimary", "stage"] },
        "repl.commit": { actions: ["heardFromPrimary", "stage"] },
        timer: [
          { guard: "applyDone", target: "standby", actions: "finishApply" },
          { guard: "heartbeatDue", actions: "heartbeat" },
          { guard: "silence", target: "noImage" },
        ],
        "link.down": { target: "noImage" },
      },
    },
    standby: {
      on: {
        "repl.part": { actions: ["heardFromPrimary", "stage"] },
        "repl.commit": { actions: ["heardFromPrimary", "stage"] },
        timer: [
          { guard: "applyDone", actions: "finishApply" },
          { guard: "heartbeatDue", actions: "heartbeat" },
          { guard: "silence", target: "failingOver" },
        ],
        "link.down": { target: "failingOver" },
      },
    },
    failingOver: {
      entry: [emit({ type: "failover.detected" }), emit({ type: "timer.cancel", name: HEARTBEAT })],
      initial: "fencing",
      states: {
        fencing: {
          always: { guard: "timeoutIsProof", target: "restoring" },
          entry: "claimRecord",
          on: {
            "lease.result": [
              { guard: "granted", target: "restoring" },
              { target: "#backup.retired" },
            ],
          },
        },
        restoring: {
          entry: "restoreNewestComplete",
          on: {
            timer: { guard: "restoreDone", target: "#backup.active" },
          },
        },
      },
    },
    active: {
      entry: emit(({ context }) => ({ type: "resume" as const, epoch: context.restoredEpoch })),
    },
    retired: {
      entry: emit({ type: "stand-down", reason: "the primary holds the activation record" }),
    },
    noImage: {
      entry: emit({ type: "stand-down", reason: "the primary failed before the initial checkpoint completed" }),
    },
    crashed: { type: "final" },
  },
})

type Enqueue = Parameters<Parameters<typeof enqueueActions<BackupContext, BackupEvent, undefined, BackupEvent, never, never, never, never, BackupCommand>>[0]>[0]["enqueue"]

/** Begin applying the oldest complete checkpoint, if any: the apply takes time per page. */
function startApply(enqueue: Enqueue, context: BackupContext, complete: Array<[number, number]>): void {
  if (complete.length === 0) return
  const [epoch, pages] = complete[0]
  enqueue.assign({ applying: epoch })
  enqueue.emit({ type: "apply.start", epoch, queued: complete.length - 1 })
  enqueue.emit({ type: "timer.set", name: APPLY, afterUs: Math.max(1, Math.round(pages * context.applyUsPerPage)) })
}

