import { assign, enqueueActions, setup } from "xstate"
import type { WcStatus } from "./verbs.ts"

/**
 * One reliable-connected queue pair (ibv_qp, RC), as the verbs API sees it.
 *
 * States and the legal ibv_modify_qp transitions: RESET -> INIT -> RTR ->
 * RTS; RTS <-> SQD (send queue drained: posted sends wait); any state -> ERR;
 * any state -> RESET. Posting a send is legal in RTS and SQD; a receive in
 * INIT, RTR, RTS and SQD; a post the state does not allow fails at once
 * (`post.failed`, the error ibv_post_send returns) and leaves no request.
 * In ERR every post completes at once with a flush error.
 *
 * Completions are FIFO per queue. A signalled send completes when its
 * acknowledgement returns, and retires the unsignalled sends posted before it
 * (they produce no completion of their own). An incoming SEND or
 * WRITE_WITH_IMM consumes the oldest posted receive (`recv.matched`); with
 * none posted the responder answers receiver-not-ready (`rnr`) and the
 * sender tries again. When a request fails (retry exceeded, a remote access
 * error, a fatal error) the queue pair enters ERR: that request completes
 * with its error, every other outstanding request of both queues with a flush
 * error, in posting order.
 *
 * Timing and data placement are the transport's (rdma-transport.ts); this
 * machine owns only what the verbs specification says about order and state.
 */
export type QpTarget = "reset" | "init" | "rtr" | "rts" | "sqd" | "err"

export interface SendRequest {
  id: number
  signalled: boolean
}

export interface QpContext {
  /** Posted sends not yet retired, in posting order; `acked` once the responder acknowledged them, `held` while posted in SQD and not yet sent. */
  sq: Array<SendRequest & { acked: boolean; held?: boolean }>
  /** Posted receives, oldest first. */
  rq: number[]
  completions: number
}

export type QpEvent =
  | { type: "modify"; to: QpTarget }
  | { type: "post.send"; id: number; signalled: boolean }
  | { type: "post.recv"; id: number }
  /** The responder acknowledged send `id` (RC acknowledgements arrive in order). */
  | { type: "send.acked"; id: number }
  /** A SEND or WRITE_WITH_IMM arrived (remote request `id`) and needs a receive. */
  | { type: "recv.needed"; id: number }
  /** Send `id` failed with `status` (or, without an id, the queue pair hit a fatal error). */
  | { type: "failed"; id?: number; status: Exclude<WcStatus, "success" | "flush-error"> }

export type QpCommand =
  /** Put send `id` on the wire. */
  | { type: "transmit"; id: number }
  | { type: "post.failed"; id: number; queue: "send" | "recv" }
  /** ibv_modify_qp refused a transition the state diagram does not have. */
  | { type: "modify.failed"; to: QpTarget }
  /** A work completion, in the queue's completion order. */
  | { type: "completion"; queue: "send" | "recv"; id: number; status: WcStatus }
  | { type: "recv.matched"; id: number; recv: number }
  | { type: "rnr"; id: number }
  | { type: "entered.err" }

type Ctx = QpContext

/**
 * Entering ERR: the failing request completes with its error, then every
 * other request not yet acknowledged, both queues, with a flush error, in
 * posting order. Sends the responder had already acknowledged (unsignalled,
 * waiting for a later signalled one) completed silently: nothing for them.
 */
const flushAll = (context: Ctx, failing: number | undefined, status: WcStatus): QpCommand[] => [
  ...context.sq.filter((w) => w.id === failing).map((w): QpCommand => ({ type: "completion", queue: "send", id: w.id, status })),
  ...context.sq.filter((w) => w.id !== failing && !w.acked).map((w): QpCommand => ({ type: "completion", queue: "send", id: w.id, status: "flush-error" })),
  ...context.rq.map((id): QpCommand => ({ type: "completion", queue: "recv", id, status: "flush-error" })),
]

export const queuePairMachine = setup({
  types: {
    context: {} as QpContext,
    events: {} as QpEvent,
    emitted: {} as QpCommand,
  },
  guards: {
    toInit: ({ event }) => event.type === "modify" && event.to === "init",
    toRtr: ({ event }) => event.type === "modify" && event.to === "rtr",
    toRts: ({ event }) => event.type === "modify" && event.to === "rts",
    toSqd: ({ event }) => event.type === "modify" && event.to === "sqd",
    toErr: ({ event }) => event.type === "modify" && event.to === "err",
    toReset: ({ event }) => event.type === "modify" && event.to === "reset",
  },
  actions: {
    acceptSend: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "post.send") return
      enqueue.assign({ sq: [...context.sq, { id: event.id, signalled: event.signalled, acked: false }] })
      enqueue.emit({ type: "transmit", id: event.id })
    }),
    holdSend: assign({ sq: ({ context, event }) => (event.type === "post.send" ? [...context.sq, { id: event.id, signalled: event.signalled, acked: false, held: true }] : context.sq) }),
    acceptRecv: assign({ rq: ({ context, event }) => (event.type === "post.recv" ? [...context.rq, event.id] : context.rq) }),
    refusePost: enqueueActions(({ event, enqueue }) => {
      if (event.type !== "post.send" && event.type !== "post.recv") return
      enqueue.emit({ type: "post.failed", id: event.id, queue: event.type === "post.send" ? "send" : "recv" })
    }),
    refuseModify: enqueueActions(({ event, enqueue }) => {
      if (event.type === "modify") enqueue.emit({ type: "modify.failed", to: event.to })
    }),
    flushPost: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "post.send" && event.type !== "post.recv") return
      enqueue.assign({ completions: context.completions + 1 })
      enqueue.emit({ type: "completion", queue: event.type === "post.send" ? "send" : "recv", id: event.id, status: "flush-error" })
    }),
    /** Sends posted while drained go out once the queue pair is back in RTS. */
    resumeHeld: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ sq: context.sq.map((w) => (w.held ? { ...w, held: false } : w)) })
      for (const w of context.sq) if (w.held) enqueue.emit({ type: "transmit", id: w.id })
    }),
    acknowledge: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "send.acked") return
      const at = context.sq.findIndex((w) => w.id === event.id)
      if (at < 0) return
      const sq = context.sq.map((w, i) => (i === at ? { ...w, acked: true } : w))
      // A signalled completion retires it and every unsignalled send before it; unsignalled ones wait for it.
      if (!sq[at].signalled) return enqueue.assign({ sq })
      enqueue.assign({ sq: sq.slice(at + 1), completions: context.completions + 1 })
      enqueue.emit({ type: "completion", queue: "send", id: event.id, status: "success" })
    }),
    matchRecv: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "recv.needed") return
      if (context.rq.length === 0) return enqueue.emit({ type: "rnr", id: event.id })
      const [recv, ...rest] = context.rq
      enqueue.assign({ rq: rest, completions: context.completions + 1 })
      enqueue.emit({ type: "recv.matched", id: event.id, recv })
      enqueue.emit({ type: "completion", queue: "recv", id: recv, status: "success" })
    }),
    fail: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "failed") return
      const commands = flushAll(context, event.id, event.status)
      // A fatal error with no request of its own still flushes everything outstanding.
      enqueue.assign({ sq: [], rq: [], completions: context.completions + commands.length })
      for (const c of commands) enqueue.emit(c)
      enqueue.emit({ type: "entered.err" })
    }),
    flushOnError: enqueueActions(({ context, enqueue }) => {
      const commands = flushAll(context, undefined, "flush-error")
      enqueue.assign({ sq: [], rq: [], completions: context.completions + commands.length })
      for (const c of commands) enqueue.emit(c)
      enqueue.emit({ type: "entered.err" })
    }),
    forget: assign({ sq: () => [], rq: () => [] }),
  },
}).createMachine({
  id: "queue-pair",
  context: { sq: [], rq: [], completions: 0 },
  initial: "reset",
  states: {
    reset: {
      entry: "forget",
      on: {
        "modify": [{ guard: "toInit", target: "init" }],
        "post.send": { actions: "refusePost" },
        "post.recv": { actions: "refusePost" },
      },
    },
    init: {
      on: {
        "modify": [{ guard: "toRtr", target: "rtr" }],
        "post.send": { actions: "refusePost" },
        "post.recv": { actions: "acceptRecv" },
      },
    },
    rtr: {
      on: {
        "modify": [{ guard: "toRts", target: "rts" }],
        "post.send": { actions: "refusePost" },
        "post.recv": { actions: "acceptRecv" },
        "recv.needed": { actions: "matchRecv" },
      },
    },
    rts: {
      on: {
        "modify": [{ guard: "toSqd", target: "sqd" }],
        "post.send": { actions: "acceptSend" },
        "post.recv": { actions: "acceptRecv" },
        "send.acked": { actions: "acknowledge" },
        "recv.needed": { actions: "matchRecv" },
        "failed": { target: "err", actions: "fail" },
      },
    },
    sqd: {
      on: {
        "modify": [{ guard: "toRts", target: "rts", actions: "resumeHeld" }],
        "post.send": { actions: "holdSend" },
        "post.recv": { actions: "acceptRecv" },
        "send.acked": { actions: "acknowledge" },
        "recv.needed": { actions: "matchRecv" },
        "failed": { target: "err", actions: "fail" },
      },
    },
    err: {
      on: {
        "modify": [{ guard: "toErr" }],
        "post.send": { actions: "flushPost" },
        "post.recv": { actions: "flushPost" },
      },
    },
  },
  on: {
    // From any state: to ERR (flushing what is outstanding) or back to RESET.
    modify: [
      { guard: "toErr", target: ".err", actions: "flushOnError" },
      { guard: "toReset", target: ".reset" },
      { actions: "refuseModify" },
    ],
  },
})
