import { enqueueActions, setup, type AnyStateMachine } from "xstate"
import type { TimerEvent } from "../src/sim/commands.ts"
import {
  newSender,
  persistTimer,
  receiveAck,
  retransmitTimer,
  write,
  PERSIST_TIMER,
  RTO_TIMER,
  type SenderCommand,
  type SenderInput,
  type SenderState,
} from "./tcp-sender.ts"
import { delayedAckTimer, newReceiver, receiveData, DELACK_TIMER, type ReceiverCommand, type ReceiverInput, type ReceiverState } from "./tcp-receive.ts"

/**
 * One end of an established TCP connection (no handshake, no close): a sender
 * (tcp-sender.ts) and a receiver (tcp-receive.ts) over plain data, and the
 * XState machine both ends run (guest-tcp.ts, client-tcp.ts). The host turns
 * commands into packets and packets into events: `ack` for an
 * acknowledgement of this end's data (speculative when the hypervisor sent
 * it), `data` for a segment of the peer's. The machine sees offsets and
 * lengths, never bytes. Its states are the sender's congestion-control
 * phase, so a trace shows slow start, fast recovery and timeouts.
 */
export interface TcpEndpointContext {
  sender: SenderState
  receiver: ReceiverState
}

/** `mss` applies both ways: it is the path's. */
export type TcpInput = SenderInput & ReceiverInput

export type TcpEvent =
  /** The application appended `bytes` to its stream; `now` lets the segment sent at once be timed. */
  | { type: "app.write"; now: number; bytes: number }
  | { type: "ack"; now: number; ack: number; window: number; speculative?: boolean; bufferFree?: number }
  | { type: "data"; now: number; seq: number; len: number }
  | TimerEvent

export type TcpCommand = SenderCommand | ReceiverCommand

export const newTcpEndpoint = (input: TcpInput = {}): TcpEndpointContext => ({
  sender: newSender(input),
  receiver: newReceiver(input),
})

/** Route one event to the half it concerns. */
export const tcpStep = (ctx: TcpEndpointContext, event: TcpEvent): { ctx: TcpEndpointContext; out: TcpCommand[] } => {
  const sent = (step: { s: SenderState; out: SenderCommand[] }) => ({ ctx: { ...ctx, sender: step.s }, out: step.out })
  const received = (step: { r: ReceiverState; out: ReceiverCommand[] }) => ({ ctx: { ...ctx, receiver: step.r }, out: step.out })
  switch (event.type) {
    case "app.write":
      return sent(write(ctx.sender, event.now, event.bytes))
    case "ack":
      return sent(receiveAck(ctx.sender, event))
    case "data":
      return received(receiveData(ctx.receiver, event.seq, event.len))
    case "timer":
      if (event.name === RTO_TIMER) return sent(retransmitTimer(ctx.sender))
      if (event.name === PERSIST_TIMER) return sent(persistTimer(ctx.sender))
      if (event.name === DELACK_TIMER) return received(delayedAckTimer(ctx.receiver))
      return { ctx, out: [] }
  }
}

/** The sender's congestion-control phase: the machine's state. */
export type SenderPhase = "slowStart" | "congestionAvoidance" | "fastRecovery" | "timedOut"

export const senderPhase = (s: SenderState): SenderPhase =>
  s.timeouts > 0 ? "timedOut" : s.inRecovery ? "fastRecovery" : s.cwnd < s.ssthresh ? "slowStart" : "congestionAvoidance"

const phases: readonly SenderPhase[] = ["slowStart", "congestionAvoidance", "fastRecovery", "timedOut"]

/** The machine of one connection end; `fixed` overrides the input (the client's end is always NewReno). */
export const tcpEndpointMachine = (id: string, fixed: Partial<TcpInput> = {}): AnyStateMachine =>
  setup({
    types: {
      context: {} as TcpEndpointContext,
      events: {} as TcpEvent,
      emitted: {} as TcpCommand,
      input: {} as TcpInput,
    },
    actions: {
      step: enqueueActions(({ context, event, enqueue }) => {
        const { ctx, out } = tcpStep(context, event)
        enqueue.assign(ctx)
        for (const cmd of out) enqueue.emit(cmd)
      }),
    },
  }).createMachine({
    id,
    context: ({ input }) => newTcpEndpoint({ ...input, ...fixed }),
    initial: "slowStart",
    on: { "app.write": { actions: "step" }, ack: { actions: "step" }, data: { actions: "step" }, timer: { actions: "step" } },
    // After every step the machine moves to the phase the sender is in.
    states: Object.fromEntries(
      phases.map((phase) => [
        phase,
        { always: phases.filter((p) => p !== phase).map((p) => ({ guard: ({ context }: { context: TcpEndpointContext }) => senderPhase(context.sender) === p, target: p })) },
      ]),
    ),
  })
