import { assign, emit, enqueueActions, setup } from "xstate"
import type { HostId } from "../../sim/commands.ts"
import { linkTiming, retimeInFlight, type LinkFault } from "../link-timing.ts"
import type { LinkDirection } from "../../faults/kinds/common.ts"

/**
 * The replication link, TCP over GbE. Each direction serialises messages at
 * the link's payload bandwidth, then adds propagation latency. While connected
 * it is in order and reliable. A message still in a crashed host's socket
 * (not yet serialised) or bound for a crashed host is lost; while disconnected
 * every send is lost and everything in flight with it (the connection broke).
 * Faults from the schedule (drops, duplicates, delay spikes, bandwidth drops,
 * partitions) shape each segment's timing (see link-timing.ts); a partition
 * struck at a protocol point begins now and times again what is on the wire;
 * a disconnection breaks the connection for good and both hosts are told.
 * Payloads stay outside: the machine sees message ids and sizes only.
 */
export interface InFlight {
  id: number
  from: HostId
  to: HostId
  bytes: number
  start: number
  departAt: number
  lastTxAt: number
  arriveAt: number
}

export interface LinkContext {
  bytesPerSecond: number
  latencyUs: number
  faults: LinkFault[]
  /** When each direction's serialiser is next free, and when its last segment arrives (TCP is in order). */
  busyUntil: Record<HostId, number>
  lastArrival: Record<HostId, number>
  /** Segments sent so far per direction, to find the nth. */
  sent: Record<HostId, number>
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
  | { type: "partition"; now: number; direction: LinkDirection; durationUs: number }

export type LinkCommand =
  /** `leftAt`: when it has fully left its sender (a first arrival only; a segment timed again has none). */
  | { type: "arrival.schedule"; msgId: number; at: number; leftAt?: number }
  | { type: "forward"; msgId: number; to: HostId }
  | { type: "drop"; msgId: number; reason: string }
  | { type: "connection.lost" }
  | { type: "fault.acted"; fault: string; msgId: number }

/** `{ ...perHost, [host]: value }`, written out: a spread with a computed key takes V8's slow path, and this runs for every segment. */
const withHost = (perHost: Record<HostId, number>, host: HostId, value: number): Record<HostId, number> =>
  host === "primary" ? { primary: value, backup: perHost.backup } : { primary: perHost.primary, backup: value }

export const linkMachine = setup({
  types: {
    context: {} as LinkContext,
    events: {} as LinkEvent,
    emitted: {} as LinkCommand,
    input: {} as { bytesPerSecond: number; latencyUs: number; faults: LinkFault[] },
  },
  actions: {
    transmit: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "send") return
      const nth = context.sent[event.from] + 1
      const t = linkTiming(
        {
          now: event.now,
          from: event.from,
          bytes: event.bytes,
          nth,
          bytesPerSecond: context.bytesPerSecond,
          latencyUs: context.latencyUs,
          busyUntil: context.busyUntil[event.from],
          lastArrival: context.lastArrival[event.from],
        },
        context.faults,
      )
      const m: InFlight = { id: event.msgId, from: event.from, to: event.to, bytes: event.bytes, start: t.start, departAt: t.departAt, lastTxAt: t.lastTxAt, arriveAt: t.arriveAt }
      enqueue.assign({
        busyUntil: withHost(context.busyUntil, event.from, t.busyUntil),
        lastArrival: withHost(context.lastArrival, event.from, t.arriveAt),
        sent: withHost(context.sent, event.from, nth),
        inFlight: [...context.inFlight, m],
      })
      enqueue.emit({ type: "arrival.schedule", msgId: m.id, at: m.arriveAt, leftAt: m.lastTxAt })
      for (const fault of t.acted) enqueue.emit({ type: "fault.acted", fault, msgId: m.id })
    }),
    /** A partition from now on: segments sent from now see it as a scheduled one; those on the wire are timed again. */
    partition: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "partition" || event.durationUs <= 0) return
      const fault: LinkFault = { kind: "link-partition", direction: event.direction, atUs: event.now, durationUs: event.durationUs }
      const { segments, changed } = retimeInFlight(context.inFlight, fault, { now: event.now, latencyUs: context.latencyUs })
      const lastArrival = { ...context.lastArrival }
      for (const { segment: m } of changed) lastArrival[m.from] = Math.max(lastArrival[m.from], m.arriveAt)
      enqueue.assign({ faults: [...context.faults, fault], inFlight: segments, lastArrival })
      for (const { segment: m, acted } of changed) {
        enqueue.emit({ type: "arrival.schedule", msgId: m.id, at: m.arriveAt })
        if (acted) enqueue.emit({ type: "fault.acted", fault: fault.kind, msgId: m.id })
      }
    }),
    forward: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "arrive") return
      const m = context.inFlight.find((x) => x.id === event.msgId)
      // Gone, or held back by a partition struck after this arrival was scheduled (its later one is).
      if (!m || m.arriveAt > event.now) return
      enqueue.assign({ inFlight: context.inFlight.filter((x) => x !== m), delivered: context.delivered + 1 })
      enqueue.emit({ type: "forward", msgId: m.id, to: m.to })
    }),
    dropAll: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ inFlight: [], dropped: context.dropped + context.inFlight.length })
      for (const m of context.inFlight) enqueue.emit({ type: "drop", msgId: m.id, reason: "disconnect" })
      enqueue.emit({ type: "connection.lost" })
    }),
    // Bytes not yet on the wire die with their sender; anything bound for a dead host is lost.
    dropForCrash: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "endpoint.crash") return
      // TCP delivers in order: once a segment from the dead sender is lost (it still had to be
      // (re)transmitted), nothing sent after it can be delivered either.
      const firstLost = context.inFlight.findIndex((m) => m.from === event.host && m.lastTxAt > event.now)
      const lost = (m: InFlight) =>
        m.to === event.host || (m.from === event.host && firstLost >= 0 && context.inFlight.indexOf(m) >= firstLost)
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
    faults: input.faults,
    busyUntil: { primary: 0, backup: 0 },
    lastArrival: { primary: 0, backup: 0 },
    sent: { primary: 0, backup: 0 },
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
        partition: { actions: "partition" },
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
