import type { TimerCommand } from "../src/sim/commands.ts"

/**
 * The sending half of a TCP connection as pure functions over plain data,
 * shared by the guest's TCP and the client's. Sequence numbers are byte
 * offsets from 0; the send buffer is [sndUna, writeEnd).
 *
 * - Flow and congestion control: at most min(cwnd, rwnd) bytes in flight,
 *   segments of at most mss bytes; NewReno (RFC 5681, RFC 6582).
 * - Retransmission timer per RFC 6298 with Karn's rule; a timeout goes back
 *   to sndUna and resends (go-back-N) from a window of one segment.
 * - A zero window is probed with one byte by a persist timer.
 * - `cc: "racc"` (replication-aware congestion control, primer 2.4): while
 *   the hypervisor acknowledges speculatively, ACK timing and losses say
 *   nothing about congestion, and cwnd is sized to keep the hypervisor's
 *   output buffer full.
 *
 * Every function takes a state and returns a new one with the commands to
 * run; the input is never mutated. Internally a step works on its own copy.
 */
export type CongestionControl = "newreno" | "racc"

export interface SenderInput {
  /** Default 1448 (1500-byte MTU, TCP timestamps). */
  mss?: number
  /** Initial window in segments (RFC 6928). Default 10. */
  initialCwndSegments?: number
  /** Default Number.MAX_SAFE_INTEGER: "arbitrarily high", and still plain JSON. */
  initialSsthresh?: number
  /** Default 200_000 (Linux; RFC 6298 says 1 s). */
  minRtoUs?: number
  /** Default 60_000_000. */
  maxRtoUs?: number
  /** RTO before the first RTT sample. Default 1_000_000 (RFC 6298 2.1). */
  initialRtoUs?: number
  /** The peer's window before its first ACK (from its SYN). Default 65_535. */
  peerWindowBytes?: number
  /** Default "newreno". */
  cc?: CongestionControl
  /**
   * The sender takes over a stream the peer may already hold part of (the
   * hypervisor's relay on a backup that failed over): an ACK beyond what this
   * sender sent, up to what it has, means the peer has those bytes. Default false.
   */
  resumesStream?: boolean
}

export interface SenderState {
  mss: number
  cc: CongestionControl
  minRtoUs: number
  maxRtoUs: number
  initialRtoUs: number
  /** Oldest unacknowledged byte. */
  sndUna: number
  /** Next byte to send; a timeout pulls it back to sndUna. */
  sndNxt: number
  /** One past the highest byte ever sent: anything below it is a retransmission. */
  sndMax: number
  /** Bytes the application has written so far. */
  writeEnd: number
  rwnd: number
  /** Largest window the peer has offered (sender-side SWS avoidance). */
  maxRwnd: number
  cwnd: number
  ssthresh: number
  dupAcks: number
  inRecovery: boolean
  /** RFC 6582 "recover", exclusive: fast recovery ends when ack >= recover. */
  recover: number
  /** Fast recovery has seen a partial ACK (only the first restarts the timer: RFC 6582 "Impatient"). */
  partialAcked: boolean
  /** Smoothed RTT and its variation in µs; srttUs < 0 before the first sample. */
  srttUs: number
  rttvarUs: number
  /** Current RTO, backoff included. */
  rtoUs: number
  /** Timeouts since the last ACK of new data. */
  timeouts: number
  /** The one segment being timed: sampled when an ACK reaches `end`. */
  timed: { end: number; sentAt: number } | null
  rtoArmed: boolean
  persistArmed: boolean
  /** Zero-window probes sent since the window closed (the persist interval doubles with each). */
  probes: number
  /** racc: the last ACK was speculative, so a timeout is no congestion signal. */
  speculative: boolean
  resumesStream: boolean
}

export interface AckInfo {
  now: number
  ack: number
  window: number
  speculative?: boolean
  bufferFree?: number
}

export type SenderCommand = TimerCommand | { type: "segment.send"; seq: number; len: number; retransmit: boolean }

export interface SenderStep {
  s: SenderState
  out: SenderCommand[]
}

export const RTO_TIMER = "rto"
export const PERSIST_TIMER = "persist"

/** RFC 6298 clock granularity G: the simulator's clock ticks in µs. */
const CLOCK_GRANULARITY_US = 1
const DUPACK_THRESHOLD = 3

export const newSender = (input: SenderInput = {}): SenderState => {
  const mss = input.mss ?? 1448
  const initialRtoUs = input.initialRtoUs ?? 1_000_000
  const peerWindow = input.peerWindowBytes ?? 65_535
  return {
    mss,
    cc: input.cc ?? "newreno",
    minRtoUs: input.minRtoUs ?? 200_000,
    maxRtoUs: input.maxRtoUs ?? 60_000_000,
    initialRtoUs,
    sndUna: 0,
    sndNxt: 0,
    sndMax: 0,
    writeEnd: 0,
    rwnd: peerWindow,
    maxRwnd: peerWindow,
    cwnd: (input.initialCwndSegments ?? 10) * mss,
    ssthresh: input.initialSsthresh ?? Number.MAX_SAFE_INTEGER,
    dupAcks: 0,
    inRecovery: false,
    recover: 0,
    partialAcked: false,
    srttUs: -1,
    rttvarUs: 0,
    rtoUs: initialRtoUs,
    timeouts: 0,
    timed: null,
    rtoArmed: false,
    persistArmed: false,
    probes: 0,
    speculative: false,
    resumesStream: input.resumesStream ?? false,
  }
}

/**
 * A copy of a sender's state to step on (every function here works on its own copy), field by field:
 * a spread of an object this size is one of the hottest lines of a TCP run. `Required` makes a field
 * added to SenderState and forgotten here a type error.
 */
const copyOf = (s: SenderState): Required<SenderState> => ({
  mss: s.mss,
  cc: s.cc,
  minRtoUs: s.minRtoUs,
  maxRtoUs: s.maxRtoUs,
  initialRtoUs: s.initialRtoUs,
  sndUna: s.sndUna,
  sndNxt: s.sndNxt,
  sndMax: s.sndMax,
  writeEnd: s.writeEnd,
  rwnd: s.rwnd,
  maxRwnd: s.maxRwnd,
  cwnd: s.cwnd,
  ssthresh: s.ssthresh,
  dupAcks: s.dupAcks,
  inRecovery: s.inRecovery,
  recover: s.recover,
  partialAcked: s.partialAcked,
  srttUs: s.srttUs,
  rttvarUs: s.rttvarUs,
  rtoUs: s.rtoUs,
  timeouts: s.timeouts,
  timed: s.timed,
  rtoArmed: s.rtoArmed,
  persistArmed: s.persistArmed,
  probes: s.probes,
  speculative: s.speculative,
  resumesStream: s.resumesStream,
})

export const flightSize = (s: SenderState): number => s.sndNxt - s.sndUna

/** The application appended `bytes` to the stream. */
export const write = (s0: SenderState, now: number, bytes: number): SenderStep => {
  if (bytes <= 0) return { s: s0, out: [] }
  const s = copyOf(s0)
  s.writeEnd += bytes
  const out: SenderCommand[] = []
  transmit(s, out, now)
  settleTimers(s, out, false)
  return { s, out }
}

/** An ACK from the peer (or, speculatively, from the hypervisor). */
export const receiveAck = (s0: SenderState, a: AckInfo): SenderStep => {
  // Older than what we know, or acknowledging bytes never sent: ignore (RFC 793).
  if (a.ack < s0.sndUna || a.ack > (s0.resumesStream ? Math.max(s0.sndMax, s0.writeEnd) : s0.sndMax)) return { s: s0, out: [] }
  const s = copyOf(s0)
  const out: SenderCommand[] = []
  const spec = s.cc === "racc" && a.speculative === true
  s.speculative = spec
  const windowChanged = a.window !== s.rwnd
  s.rwnd = a.window
  s.maxRwnd = Math.max(s.maxRwnd, a.window)
  let restartRto = false
  if (spec) restartRto = speculativeAck(s, a)
  else if (a.ack > s.sndUna) restartRto = newAck(s, out, a)
  else if (!windowChanged && flightSize(s) > 0) duplicateAck(s, out)
  else if (!s.inRecovery) s.dupAcks = 0 // a window update breaks a run of duplicates (4.4BSD)
  transmit(s, out, a.now)
  settleTimers(s, out, restartRto)
  return { s, out }
}

/** The retransmission timer fired (RFC 6298 5.4-5.6, RFC 5681 3.1). */
export const retransmitTimer = (s0: SenderState): SenderStep => {
  if (!s0.rtoArmed) return { s: s0, out: [] }
  const s = copyOf(s0)
  s.rtoArmed = false
  const out: SenderCommand[] = []
  if (flightSize(s) === 0) return { s, out }
  // A second timeout for the same data holds ssthresh (RFC 5681 eq. 4 note).
  if (!s.speculative) {
    if (s.timeouts === 0) s.ssthresh = Math.max(Math.floor(flightSize(s) / 2), 2 * s.mss)
    s.cwnd = s.mss
  }
  s.timeouts += 1
  s.rtoUs = Math.min(s.maxRtoUs, s.rtoUs * 2)
  s.inRecovery = false
  s.dupAcks = 0
  // RFC 6582 4: duplicate ACKs for data sent before the timeout must not start fast retransmit.
  s.recover = s.sndMax
  s.timed = null
  s.sndNxt = s.sndUna
  transmit(s, out, undefined)
  settleTimers(s, out, true)
  return { s, out }
}

/** The persist timer fired: probe a zero window with one byte (RFC 1122 4.2.2.17). */
export const persistTimer = (s0: SenderState): SenderStep => {
  if (!s0.persistArmed) return { s: s0, out: [] }
  const s = copyOf(s0)
  s.persistArmed = false
  const out: SenderCommand[] = []
  if (windowBlocked(s)) {
    // The probe goes outside the window: sndNxt stays, so an unanswered probe
    // is neither in flight nor timed out, and is simply sent again (4.4BSD).
    out.push({ type: "segment.send", seq: s.sndNxt, len: 1, retransmit: s.sndNxt < s.sndMax })
    s.sndMax = Math.max(s.sndMax, s.sndNxt + 1)
    s.probes += 1
  }
  settleTimers(s, out, false)
  return { s, out }
}

/**
 * Replication-aware congestion control on a speculative ACK (primer 2.4):
 * the hypervisor is next door and acknowledges in order, so its ACK is the
 * truth about what it holds, not a congestion signal. No RTT sample, no
 * backoff; the window ends where the hypervisor's buffer would be full
 * (ack + bufferFree, a right edge that later acceptances do not move); and
 * anything in flight past a duplicate ACK was dropped (the buffer was full),
 * so it is sent again as soon as a segment fits. Returns whether the retransmission timer restarts.
 */
const speculativeAck = (s: SenderState, a: AckInfo): boolean => {
  const advanced = a.ack > s.sndUna
  if (advanced) advanceUna(s, a.ack, undefined)
  else if (flightSize(s) > 0 && (a.bufferFree ?? 0) >= s.mss) s.sndNxt = s.sndUna // dropped, and there is room again
  s.inRecovery = false
  s.dupAcks = 0
  if (a.bufferFree !== undefined) s.cwnd = Math.max(s.mss, a.ack + a.bufferFree - s.sndUna)
  return advanced
}

/** New data acknowledged through `ack`: the timed segment is sampled (unless `now` is unknown: a speculative ACK's timing means nothing) and the backoff forgotten. */
const advanceUna = (s: SenderState, ack: number, now: number | undefined): void => {
  s.sndUna = ack
  // After a go-back-N (or a takeover) the peer may already hold bytes we were about to send.
  s.sndNxt = Math.max(s.sndNxt, ack)
  s.sndMax = Math.max(s.sndMax, ack)
  if (s.timed !== null && ack >= s.timed.end) {
    if (now !== undefined) sampleRtt(s, now - s.timed.sentAt)
    s.timed = null
  }
  // RFC 6298 5.7 allows keeping the backoff; Linux resets it too.
  s.timeouts = 0
  s.rtoUs = baseRto(s)
}

/** Processing of an ACK of new data; returns whether the retransmission timer restarts. */
const newAck = (s: SenderState, out: SenderCommand[], a: AckInfo): boolean => {
  const acked = a.ack - s.sndUna
  advanceUna(s, a.ack, a.now)
  if (s.inRecovery && a.ack < s.recover) {
    // Partial ACK (RFC 6582 3.2 step 5): the next hole is lost too.
    retransmitFirst(s, out)
    s.cwnd = Math.max(s.mss, s.cwnd - acked + (acked >= s.mss ? s.mss : 0))
    const first = !s.partialAcked
    s.partialAcked = true
    return first
  }
  if (s.inRecovery) {
    // Full ACK (RFC 6582 3.2 step 6, option 2).
    s.inRecovery = false
    s.cwnd = s.ssthresh
  } else {
    s.cwnd +=
      s.cwnd < s.ssthresh
        ? Math.min(acked, s.mss) // slow start (RFC 5681 eq. 2)
        : Math.max(1, Math.floor((s.mss * s.mss) / s.cwnd)) // congestion avoidance (eq. 3)
  }
  s.dupAcks = 0
  return true
}

const duplicateAck = (s: SenderState, out: SenderCommand[]): void => {
  if (s.inRecovery) {
    // Each duplicate means a segment left the network (RFC 5681 3.2 step 4).
    s.cwnd += s.mss
    return
  }
  s.dupAcks += 1
  if (s.dupAcks !== DUPACK_THRESHOLD || s.sndUna < s.recover) return
  // Fast retransmit (RFC 5681 3.2 steps 2-3, RFC 6582 3.2 steps 1-2).
  s.ssthresh = Math.max(Math.floor(flightSize(s) / 2), 2 * s.mss)
  s.cwnd = s.ssthresh + DUPACK_THRESHOLD * s.mss
  s.inRecovery = true
  s.partialAcked = false
  s.recover = s.sndMax
  retransmitFirst(s, out)
}

/** Resend the segment at sndUna, out of band: sndNxt does not move. */
const retransmitFirst = (s: SenderState, out: SenderCommand[]): void => {
  const len = Math.min(s.mss, s.sndMax - s.sndUna)
  if (len > 0) sendSegment(s, out, s.sndUna, len, undefined)
}

/** Send whatever the windows allow, from sndNxt. `now` is unknown on timer events: such segments are not timed. */
const transmit = (s: SenderState, out: SenderCommand[], now: number | undefined): void => {
  for (;;) {
    const flight = flightSize(s)
    const usable = Math.min(s.cwnd, s.rwnd) - flight
    const unsent = s.writeEnd - s.sndNxt
    if (unsent <= 0 || usable <= 0) return
    const len = Math.min(s.mss, unsent, usable)
    // Sender-side silly window avoidance (RFC 1122 4.2.3.4, Nagle off): a full
    // segment, the last of the data, half the peer's largest window, or, with
    // nothing in flight, whatever fits (no ACK is coming to open the window).
    if (len < s.mss && len < unsent && len < s.maxRwnd / 2 && flight > 0) return
    sendSegment(s, out, s.sndNxt, len, now)
    s.sndNxt += len
  }
}

const sendSegment = (s: SenderState, out: SenderCommand[], seq: number, len: number, now: number | undefined): void => {
  const retransmit = seq < s.sndMax
  // Karn: no sample across a retransmission (the ACK that would end it may be the resend's).
  if (retransmit) s.timed = null
  else if (s.timed === null && now !== undefined) s.timed = { end: seq + len, sentAt: now }
  s.sndMax = Math.max(s.sndMax, seq + len)
  out.push({ type: "segment.send", seq, len, retransmit })
}

/** Data cannot leave: unsent bytes, nothing in flight, and a window with no room. */
const windowBlocked = (s: SenderState): boolean =>
  s.writeEnd > s.sndNxt && flightSize(s) === 0 && Math.min(s.cwnd, s.rwnd) <= 0

/**
 * Bring both timers in line with the state at the end of a step. The RTO runs
 * while data is in flight (RFC 6298 5.1, 5.2) and restarts when asked (new
 * data acknowledged, 5.3; a timeout, 5.6). The persist timer runs while the
 * window blocks data, with exponential backoff capped at maxRtoUs.
 */
const settleTimers = (s: SenderState, out: SenderCommand[], restartRto: boolean): void => {
  if (flightSize(s) > 0) {
    if (!s.rtoArmed || restartRto) out.push({ type: "timer.set", name: RTO_TIMER, afterUs: s.rtoUs })
    s.rtoArmed = true
  } else if (s.rtoArmed) {
    out.push({ type: "timer.cancel", name: RTO_TIMER })
    s.rtoArmed = false
  }
  if (windowBlocked(s)) {
    if (!s.persistArmed) {
      out.push({ type: "timer.set", name: PERSIST_TIMER, afterUs: Math.min(s.maxRtoUs, s.rtoUs * 2 ** s.probes) })
      s.persistArmed = true
    }
  } else {
    if (s.persistArmed) out.push({ type: "timer.cancel", name: PERSIST_TIMER })
    s.persistArmed = false
    s.probes = 0
  }
}

/** RFC 6298 2.2-2.3, then clamped to [minRtoUs, maxRtoUs]. */
const sampleRtt = (s: SenderState, r: number): void => {
  if (s.srttUs < 0) {
    s.srttUs = r
    s.rttvarUs = r / 2
  } else {
    s.rttvarUs = 0.75 * s.rttvarUs + 0.25 * Math.abs(s.srttUs - r)
    s.srttUs = 0.875 * s.srttUs + 0.125 * r
  }
}

/** The RTO without backoff: from the estimate, or the initial RTO before any sample. Whole µs, rounded up. */
export const baseRto = (s: SenderState): number => {
  if (s.srttUs < 0) return s.initialRtoUs
  const rto = Math.ceil(s.srttUs + Math.max(CLOCK_GRANULARITY_US, 4 * s.rttvarUs))
  return Math.min(s.maxRtoUs, Math.max(s.minRtoUs, rto))
}
