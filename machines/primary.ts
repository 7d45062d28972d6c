import { assign, emit, enqueueActions, setup } from "xstate"
import type { TimerCommand, TimerEvent } from "../src/sim/commands.ts"

/**
 * The primary host's protocol. Two regions while alive:
 * - `guest`: running or paused (for a capture);
 * - `protection`: syncing (initial full checkpoint not yet acknowledged),
 *   protected, claiming (the backup went silent: try to take the activation
 *   record exclusively), unprotected (won it: no replica, output flows at once),
 *   fenced (lost it: the backup is active, this copy must never release again).
 * The epoch loop (src/epoch) drives the phases; the machine decides when an
 * epoch's output is safe (its checkpoint acknowledged: the epoch loop waits
 * for the `safe` command) and whether a release is legal: only a safe epoch,
 * only while this host holds the activation record.
 */
export interface PrimaryContext {
  detectionTimeoutUs: number
  epoch: number
  captured: number
  sent: number
  acked: number
  /** The newest epoch whose output may be released. */
  safe: number
  /** The newest epoch whose output was released (0 at first: epoch 0, the initial sync, has none). */
  released: number
}

export type PrimaryEvent =
  | { type: "checkpoint.pause"; epoch: number }
  | { type: "checkpoint.captured"; epoch: number; pages: number }
  | { type: "checkpoint.resume"; epoch: number }
  | { type: "checkpoint.sent"; epoch: number; bytes: number }
  /** Active slave: checkpoint k's page hashes left; the backup owes an answer, as it owes an acknowledgement for a checkpoint sent. */
  | { type: "checkpoint.compare"; epoch: number }
  | { type: "repl.ack"; epoch: number }
  | { type: "repl.heartbeat" }
  | { type: "release.request"; epoch: number; leaseHeld: boolean }
  | { type: "lease.result"; granted: boolean }
  /** The replication connection failed: as good as backup silence. */
  | { type: "link.down" }
  | TimerEvent
  | { type: "crash" }

export type PrimaryCommand =
  | TimerCommand
  | { type: "acked"; epoch: number }
  /** Epochs up to this one may release their output (the epoch loop waits for it). */
  | { type: "safe"; epoch: number }
  | { type: "release"; epoch: number; mode: "protected" | "unprotected" }
  | { type: "lease.claim-exclusive" }
  | { type: "go-unprotected" }
  | { type: "halt"; reason: string }

const SILENCE = "backup-silence"

export const primaryMachine = setup({
  types: {
    context: {} as PrimaryContext,
    events: {} as PrimaryEvent,
    emitted: {} as PrimaryCommand,
    input: {} as { detectionTimeoutUs: number },
  },
  guards: {
    releasable: ({ context, event }) =>
      event.type === "release.request" &&
      event.leaseHeld &&
      event.epoch <= context.safe &&
      event.epoch > context.released,
    lostLease: ({ event }) => event.type === "release.request" && !event.leaseHeld,
    /** Does a checkpoint that has only left make its epoch safe? No: a backup that has not acknowledged it may never hold it. */
    safeWhenSent: () => false,
    granted: ({ event }) => event.type === "lease.result" && event.granted,
    isSilenceTimer: ({ event }) => event.type === "timer" && event.name === SILENCE,
  },
  actions: {
    // Arm the backup failure detector when the first outstanding checkpoint leaves.
    noteSent: enqueueActions(({ context, event, enqueue, check }) => {
      if (event.type !== "checkpoint.sent" && event.type !== "checkpoint.compare") return
      if (event.epoch <= context.sent) return // the answer was awaited already (the checkpoint follows its hashes)
      if (context.sent <= context.acked) enqueue.emit({ type: "timer.set", name: SILENCE, afterUs: context.detectionTimeoutUs })
      enqueue.assign({ sent: event.epoch })
      if (check("safeWhenSent")) {
        enqueue.assign({ safe: event.epoch })
        enqueue.emit({ type: "safe", epoch: event.epoch })
      }
    }),
    // Each acknowledgement re-arms the detector while checkpoints are still outstanding.
    noteAck: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "repl.ack") return
      // A stale acknowledgement acknowledges nothing new, but it is a sign of life like a heartbeat.
      if (event.epoch <= context.acked) {
        if (context.acked < context.sent) enqueue.emit({ type: "timer.set", name: SILENCE, afterUs: context.detectionTimeoutUs })
        return
      }
      enqueue.assign({ acked: event.epoch, safe: Math.max(context.safe, event.epoch) })
      enqueue.emit({ type: "acked", epoch: event.epoch })
      if (event.epoch > context.safe) enqueue.emit({ type: "safe", epoch: event.epoch })
      if (event.epoch < context.sent) enqueue.emit({ type: "timer.set", name: SILENCE, afterUs: context.detectionTimeoutUs })
      else enqueue.emit({ type: "timer.cancel", name: SILENCE })
    }),
    /** Any sign of life from the backup re-arms the detector while checkpoints are outstanding. */
    noteHeartbeat: enqueueActions(({ context, enqueue }) => {
      if (context.acked < context.sent) enqueue.emit({ type: "timer.set", name: SILENCE, afterUs: context.detectionTimeoutUs })
    }),
    releaseProtected: enqueueActions(({ event, enqueue }) => {
      if (event.type !== "release.request") return
      enqueue.assign({ released: event.epoch })
      enqueue.emit({ type: "release", epoch: event.epoch, mode: "protected" })
    }),
  },
}).createMachine({
  id: "primary",
  context: ({ input }) => ({ ...input, epoch: 0, captured: -1, sent: -1, acked: -1, safe: -1, released: 0 }),
  initial: "alive",
  states: {
    alive: {
      type: "parallel",
      on: { crash: { target: "crashed" } },
      states: {
        guest: {
          initial: "running",
          states: {
            running: {
              on: { "checkpoint.pause": { target: "paused", actions: assign({ epoch: ({ event }) => event.epoch }) } },
            },
            paused: {
              on: {
                "checkpoint.captured": { actions: assign({ captured: ({ event }) => event.epoch }) },
                "checkpoint.resume": { target: "running" },
              },
            },
          },
        },
        protection: {
          initial: "syncing",
          on: {
            "checkpoint.sent": { actions: "noteSent" },
            "checkpoint.compare": { actions: "noteSent" },
            "repl.heartbeat": { actions: "noteHeartbeat" },
          },
          states: {
            syncing: {
              on: {
                "repl.ack": { target: "protected", actions: "noteAck" },
                timer: { guard: "isSilenceTimer", target: "claiming" },
                "link.down": { target: "claiming" },
              },
            },
            protected: {
              on: {
                "repl.ack": { actions: "noteAck" },
                "release.request": [
                  { guard: "releasable", actions: "releaseProtected" },
                  { guard: "lostLease", target: "fenced" },
                ],
                timer: { guard: "isSilenceTimer", target: "claiming" },
                "link.down": { target: "claiming" },
              },
            },
            claiming: {
              entry: emit({ type: "lease.claim-exclusive" }),
              on: {
                "repl.ack": { actions: "noteAck" },
                "lease.result": [{ guard: "granted", target: "unprotected" }, { target: "fenced" }],
              },
            },
            unprotected: {
              entry: [emit({ type: "timer.cancel", name: SILENCE }), emit({ type: "go-unprotected" })],
            },
            fenced: {
              entry: emit({ type: "halt", reason: "activation record lost: the backup is active" }),
            },
          },
        },
      },
    },
    crashed: { type: "final" },
  },
})
