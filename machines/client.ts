import { assign, emit, enqueueActions, setup } from "xstate"
import type { TimerCommand, TimerEvent } from "../src/sim/commands.ts"

/**
 * An external client doing request/response over one connection to the VM.
 * It sends request `seq`, waits until its byte stream has reached the end of
 * that request's response, thinks, and sends the next. A request whose
 * response does not complete within the retransmission timeout is sent again,
 * with exponential backoff, as TCP would after the VM lost it in a failover.
 * The stream itself (bytes, reassembly) lives in the client host; the machine
 * sees offsets.
 */
export interface ClientContext {
  thinkUs: number
  /** 0: think exactly thinkUs; else the seed of exponential think times (Poisson arrivals) with mean thinkUs. */
  arrivalSeed: number
  minRtoUs: number
  maxRtoUs: number
  rtoUs: number
  seq: number
  /** End offset of the current response, once a segment of it has said so; -1 before. */
  expectEnd: number
  receivedThrough: number
  completed: number
  retransmits: number
  maxRequests: number
}

export type ClientEvent =
  | { type: "segment"; reqSeq: number; respEnd: number; receivedThrough: number }
  | TimerEvent
  | { type: "start" }

export type ClientCommand = TimerCommand | { type: "request.send"; seq: number; retransmit: boolean }

const THINK = "think"
const RTO = "rto"

export const clientMachine = setup({
  types: {
    context: {} as ClientContext,
    events: {} as ClientEvent,
    emitted: {} as ClientCommand,
    input: {} as { thinkUs: number; minRtoUs: number; maxRtoUs: number; maxRequests: number; arrivalSeed?: number },
  },
  guards: {
    thinkOver: ({ event }) => event.type === "timer" && event.name === THINK,
    rtoFired: ({ event }) => event.type === "timer" && event.name === RTO,
    responseComplete: ({ context, event }) => {
      if (event.type !== "segment") return false
      const end = event.reqSeq === context.seq ? event.respEnd : context.expectEnd
      return end >= 0 && event.receivedThrough >= end
    },
    moreToSend: ({ context }) => context.maxRequests <= 0 || context.completed < context.maxRequests,
  },
  actions: {
    noteSegment: assign(({ context, event }) =>
      event.type !== "segment"
        ? {}
        : {
            receivedThrough: Math.max(context.receivedThrough, event.receivedThrough),
            expectEnd: event.reqSeq === context.seq ? event.respEnd : context.expectEnd,
          },
    ),
    think: emit(({ context }) => ({ type: "timer.set" as const, name: THINK, afterUs: thinkTime(context) })),
  },
}).createMachine({
  id: "client",
  context: ({ input }) => ({
    ...input,
    arrivalSeed: input.arrivalSeed ?? 0,
    rtoUs: input.minRtoUs,
    seq: 0,
    expectEnd: -1,
    receivedThrough: 0,
    completed: 0,
    retransmits: 0,
  }),
  initial: "idle",
  states: {
    idle: { on: { start: { target: "thinking" } } },
    thinking: {
      entry: "think",
      on: {
        timer: {
          guard: "thinkOver",
          target: "awaiting",
          actions: [
            assign({ seq: ({ context }) => context.seq + 1, expectEnd: -1, rtoUs: ({ context }) => context.minRtoUs }),
            emit(({ context }) => ({ type: "request.send" as const, seq: context.seq, retransmit: false })),
            emit(({ context }) => ({ type: "timer.set" as const, name: RTO, afterUs: context.rtoUs })),
          ],
        },
        segment: { actions: "noteSegment" },
      },
    },
    awaiting: {
      on: {
        segment: [
          {
            guard: "responseComplete",
            target: "done",
            actions: ["noteSegment", assign({ completed: ({ context }) => context.completed + 1 }), emit({ type: "timer.cancel", name: RTO })],
          },
          { actions: "noteSegment" },
        ],
        timer: {
          guard: "rtoFired",
          actions: enqueueActions(({ context, enqueue }) => {
            const rtoUs = Math.min(context.maxRtoUs, context.rtoUs * 2)
            enqueue.assign({ rtoUs, retransmits: context.retransmits + 1 })
            enqueue.emit({ type: "request.send", seq: context.seq, retransmit: true })
            enqueue.emit({ type: "timer.set", name: RTO, afterUs: rtoUs })
          }),
        },
      },
    },
    done: {
      always: [{ guard: "moreToSend", target: "thinking" }, { target: "finished" }],
    },
    finished: { on: { segment: { actions: "noteSegment" } } },
  },
})

/**
 * The think time before request seq + 1: thinkUs, or with an arrival seed an
 * exponential draw of mean thinkUs cut at THINK_CAP times the mean (what
 * progress allows a client to be silent), a pure function of the seed and
 * the request number (so the machine stays deterministic): requests then
 * arrive nearly as a Poisson process, in every phase of an epoch, pauses
 * included, instead of in step with the checkpoint cycle.
 */
export const thinkTime = (c: Pick<ClientContext, "arrivalSeed" | "seq" | "thinkUs">): number => {
  if (!c.arrivalSeed) return c.thinkUs
  let h = (c.arrivalSeed ^ Math.imul(c.seq + 1, 0x9e3779b1)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  const u = (((h ^ (h >>> 16)) >>> 0) + 1) / 4294967297
  return Math.max(1, Math.min(THINK_CAP * c.thinkUs, Math.round(-Math.log(u) * c.thinkUs)))
}

/** The longest think time with Poisson arrivals, in means (2% of draws are cut to it). */
export const THINK_CAP = 4
