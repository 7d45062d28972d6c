import { assign, emit, enqueueActions, setup } from "xstate"
import type { HostId } from "./commands.ts"

/**
 * The replication link, TCP over GbE. Each direction serialises messages at
 * the link's payload bandwidth, then adds propagation latency. While connected
 * it is in order and reliable. A message still in a crashed host's socket
 * (not yet serialised) or bound for a crashed host is lost; while disconnected
 * every send is lost and everything in flight with it (the connection broke).
 * Payloads stay outside: the machine sees message ids and sizes only.
 */
export interface InFlight {
  id: number
  from: HostId
  to: HostId
  bytes: number
  departAt: number
  arriveAt: number
}

export interface LinkContext {
  bytesPerSecond: number
  latencyUs: number
  /** When each direction's serialiser is next free. */
  busyUntil: Record<HostId, number>
  inFlight: InFlight[]
  delivered: number
  dropped: number
}

export type LinkEvent =
  | { type: "send"; now: number; msgId: number; from: HostId; to: HostId; bytes: number }
  | { type: "arrive"; now: number; msgId: number }
  | { type: "endpoint.crash"; now: number; host: HostId }
  | { type: "disconnect"; now: number }
  | { type: "reconnect"; now: number }

export type LinkCommand =
  | { type: "arrival.schedule"; msgId: number; at: number }
  | { type: "forward"; msgId: number; to: HostId }
  | { type: "drop"; msgId: number; reason: string }

export const linkMachine = setup({
  types: {
    context: {} as LinkContext,
    events: {} as LinkEvent,
    emitted: {} as LinkCommand,
    input: {} as { bytesPerSecond: number; latencyUs: number },
  },
  actions: {
    transmit: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "send") return
      const start = Math.max(event.now, context.busyUntil[event.from])
      const departAt = start + Math.ceil((event.bytes * 1_000_000) / context.bytesPerSecond)
      const m: InFlight = {
        id: event.msgId,
        from: event.from,
        to: event.to,
        bytes: event.bytes,
        departAt,
        arriveAt: departAt + context.latencyUs,
      }
      enqueue.assign({ busyUntil: { ...context.busyUntil, [event.from]: departAt }, inFlight: [...context.inFlight, m] })
      enqueue.emit({ type: "arrival.schedule", msgId: m.id, at: m.arriveAt })
    }),
    forward: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "arrive") return
      const m = context.inFlight.find((x) => x.id === event.msgId)
      if (!m) return
      enqueue.assign({ inFlight: context.inFlight.filter((x) => x !== m), delivered: context.delivered + 1 })
      enqueue.emit({ type: "forward", msgId: m.id, to: m.to })
    }),
    dropAll: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ inFlight: [], dropped: context.dropped + context.inFlight.length })
      for (const m of context.inFlight) enqueue.emit({ type: "drop", msgId: m.id, reason: "disconnect" })
    }),
    // Bytes not yet on the wire die with their sender; anything bound for a dead host is lost.
    dropForCrash: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "endpoint.crash") return
      const lost = (m: InFlight) => (m.from === event.host && m.departAt > event.now) || m.to === event.host
      const gone = context.inFlight.filter(lost)
      enqueue.assign({ inFlight: context.inFlight.filter((m) => !lost(m)), dropped: context.dropped + gone.length })
      for (const m of gone) enqueue.emit({ type: "drop", msgId: m.id, reason: "endpoint.crash" })
    }),
  },
}).createMachine({
  id: "link",
  context: ({ input }) => ({
    bytesPerSecond: input.bytesPerSecond,
    latencyUs: input.latencyUs,
    busyUntil: { primary: 0, backup: 0 },
    inFlight: [],
    delivered: 0,
    dropped: 0,
  }),
  initial: "connected",
  states: {
    connected: {
      on: {
        send: { actions: "transmit" },
        arrive: { actions: "forward" },
        disconnect: { target: "disconnected", actions: "dropAll" },
      },
    },
    disconnected: {
      on: {
        send: {
          actions: [
            emit(({ event }) => ({ type: "drop" as const, msgId: event.msgId, reason: "disconnected" })),
            assign({ dropped: ({ context }) => context.dropped + 1 }),
          ],
        },
        reconnect: { target: "connected" },
      },
    },
  },
  on: {
    "endpoint.crash": { actions: "dropForCrash" },
  },
})
