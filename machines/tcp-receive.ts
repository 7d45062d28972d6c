import type { TimerCommand } from "../src/sim/commands.ts"

/**
 * The receiving half of a TCP connection as pure functions over plain data,
 * shared by the guest's TCP and the client's. Sequence numbers are byte
 * offsets from 0. The application reads at once, so in-order bytes are
 * delivered as soon as they arrive and only bytes beyond a hole take buffer
 * space. ACKs are cumulative. With delayed ACKs on (RFC 1122 4.2.3.2,
 * RFC 5681 4.2) an ACK goes out for at least every second full-sized segment,
 * at once for anything out of order, duplicate or filling a hole, and
 * otherwise when the delayed-ACK timer fires.
 */
export interface ReceiverInput {
  /** Largest segment the peer sends; "full-sized" for delayed ACKs. Default 1448. */
  mss?: number
  /** Default 65_535. */
  receiveBufferBytes?: number
  /** 0 (the default) acknowledges every segment at once. */
  delayedAckUs?: number
}

export interface ReceiverState {
  mss: number
  receiveBufferBytes: number
  delayedAckUs: number
  /** Next byte expected: everything before it has been delivered. */
  rcvNxt: number
  /** Bytes received beyond a hole, as sorted, disjoint, non-adjacent [start, end) ranges. */
  held: Array<[number, number]>
  /** Right edge (ack + window) of the last ACK sent; never moved left (RFC 1122 4.2.2.16). */
  rightEdge: number
  /** Cumulative ACK of the last ACK sent. */
  lastAck: number
  delackArmed: boolean
}

export type ReceiverCommand =
  | TimerCommand
  | { type: "ack.send"; ack: number; window: number }
  | { type: "deliver"; offset: number; len: number }

/** A copy of a receiver's state to step on, field by field (cheaper than a spread; `Required` catches a forgotten field). */
const copyOf = (r: ReceiverState): Required<ReceiverState> => ({
  mss: r.mss,
  receiveBufferBytes: r.receiveBufferBytes,
  delayedAckUs: r.delayedAckUs,
  rcvNxt: r.rcvNxt,
  held: r.held,
  rightEdge: r.rightEdge,
  lastAck: r.lastAck,
  delackArmed: r.delackArmed,
})

export const DELACK_TIMER = "delack"

export const newReceiver = (input: ReceiverInput = {}): ReceiverState => {
  const receiveBufferBytes = input.receiveBufferBytes ?? 65_535
  return {
    mss: input.mss ?? 1448,
    receiveBufferBytes,
    delayedAckUs: input.delayedAckUs ?? 0,
    rcvNxt: 0,
    held: [],
    rightEdge: receiveBufferBytes,
    lastAck: 0,
    delackArmed: false,
  }
}

export const heldBytes = (r: ReceiverState): number => r.held.reduce((n, [s, e]) => n + e - s, 0)

/**
 * Free buffer space, but never less than what the last ACK already offered:
 * bytes held out of order lie inside that offer, so keeping its right edge
 * costs no memory, and duplicate ACKs keep the same window (RFC 5681 counts
 * an ACK as duplicate only when the window is unchanged).
 */
export const advertisedWindow = (r: ReceiverState): number =>
  Math.max(r.receiveBufferBytes - heldBytes(r), r.rightEdge - r.rcvNxt)

/** Merge [start, end) into sorted disjoint ranges, joining overlapping and adjacent ones. */
export const insertRange = (ranges: ReadonlyArray<[number, number]>, start: number, end: number): Array<[number, number]> => {
  const out: Array<[number, number]> = []
  let s = start
  let e = end
  let placed = false
  for (const [a, b] of ranges) {
    if (b < s) out.push([a, b])
    else if (a > e) {
      if (!placed) out.push([s, e])
      placed = true
      out.push([a, b])
    } else {
      s = Math.min(s, a)
      e = Math.max(e, b)
    }
  }
  if (!placed) out.push([s, e])
  return out
}

/** A data segment [seq, seq + len) from the peer. */
export const receiveData = (r0: ReceiverState, seq: number, len: number): { r: ReceiverState; out: ReceiverCommand[] } => {
  if (len <= 0) return { r: r0, out: [] }
  const r = copyOf(r0)
  const out: ReceiverCommand[] = []
  // Only what fits in the buffer is kept: [rcvNxt, rcvNxt + buffer) can always be held.
  const from = Math.max(seq, r.rcvNxt)
  const to = Math.min(seq + len, r.rcvNxt + r.receiveBufferBytes)
  let immediate: boolean
  if (to <= from) {
    // Old, duplicate or beyond the window: tell the sender where we are.
    immediate = true
  } else if (from > r.rcvNxt) {
    // Out of order: hold it and send a duplicate ACK at once so fast retransmit can work.
    r.held = insertRange(r.held, from, to)
    immediate = true
  } else {
    const hadHole = r.held.length > 0
    const start = r.rcvNxt
    r.rcvNxt = to
    const rest = [...r.held]
    while (rest.length > 0 && rest[0][0] <= r.rcvNxt) r.rcvNxt = Math.max(r.rcvNxt, rest.shift()![1])
    r.held = rest
    out.push({ type: "deliver", offset: start, len: r.rcvNxt - start })
    immediate = hadHole
  }
  if (immediate || r.delayedAckUs <= 0 || r.rcvNxt - r.lastAck >= 2 * r.mss) sendAck(r, out)
  else if (!r.delackArmed) {
    r.delackArmed = true
    out.push({ type: "timer.set", name: DELACK_TIMER, afterUs: r.delayedAckUs })
  }
  return { r, out }
}

/** The delayed-ACK timer fired. */
export const delayedAckTimer = (r0: ReceiverState): { r: ReceiverState; out: ReceiverCommand[] } => {
  if (!r0.delackArmed) return { r: r0, out: [] }
  const r = copyOf(r0)
  r.delackArmed = false
  const out: ReceiverCommand[] = []
  if (r.rcvNxt > r.lastAck) sendAck(r, out)
  return { r, out }
}

/** Mutates r (a fresh copy owned by the caller). */
const sendAck = (r: ReceiverState, out: ReceiverCommand[]): void => {
  const window = advertisedWindow(r)
  r.rightEdge = r.rcvNxt + window
  r.lastAck = r.rcvNxt
  out.push({ type: "ack.send", ack: r.rcvNxt, window })
  if (r.delackArmed) {
    r.delackArmed = false
    out.push({ type: "timer.cancel", name: DELACK_TIMER })
  }
}
