import { describe, expect, it } from "vitest"
import { guestTcpMachine, type TcpEndpointContext } from "../machines/guest-tcp.ts"
import { clientTcpMachine } from "../machines/client-tcp.ts"
import { insertRange } from "../machines/tcp-receive.ts"
import { harness } from "./helpers.ts"
import { machines, toMermaid } from "../src/viz/statechart.ts"

// Every expectation below is worked out by hand in the comments; mss = 1000 keeps the arithmetic readable.
const seg = (seq: number, len = 1000, retransmit = false) => ({ type: "segment.send", seq, len, retransmit })
const segs = (from: number, count: number, retransmit = false) => Array.from({ length: count }, (_, i) => seg(from + i * 1000, 1000, retransmit))
const setRto = (afterUs: number) => ({ type: "timer.set", name: "rto", afterUs })
const BIG = 1_000_000

const guest = (input: Record<string, unknown> = {}) => {
  const h = harness(guestTcpMachine, { mss: 1000, peerWindowBytes: BIG, ...input })
  const sender = () => h.context<TcpEndpointContext>().sender
  const receiver = () => h.context<TcpEndpointContext>().receiver
  const ack = (ack: number, now: number, extra: Record<string, unknown> = {}) => h.send({ type: "ack", now, ack, window: BIG, ...extra })
  return { ...h, sender, receiver, ack }
}

describe("TCP sender: NewReno growth", () => {
  it("defaults: IW10 of 1448-byte segments, RTO 1 s before any sample", () => {
    const h = harness(guestTcpMachine, {})
    const out = h.send({ type: "app.write", now: 0, bytes: 20_000 })
    // cwnd = 10 * 1448 = 14480 < rwnd 65535: ten full segments.
    expect(out).toEqual([...Array.from({ length: 10 }, (_, i) => seg(i * 1448, 1448)), setRto(1_000_000)])
    expect(h.value()).toBe('"slowStart"')
  })

  it("slow start: cwnd grows by min(acked, mss) per ACK of new data", () => {
    const h = guest()
    expect(h.send({ type: "app.write", now: 0, bytes: 100_000 })).toEqual([...segs(0, 10), setRto(1_000_000)])
    // ack 1000 at 10 ms: cwnd 10000 + 1000 = 11000; in flight 9000, so 2000 more leave.
    // RTT sample of segment 0: R = 10000, srtt = 10000, rttvar = 5000, RTO = 10000 + 4*5000 = 30000 -> min 200000.
    expect(h.ack(1000, 10_000)).toEqual([seg(10_000), seg(11_000), setRto(200_000)])
    expect(h.sender().cwnd).toBe(11_000)
    expect([h.sender().srttUs, h.sender().rttvarUs]).toEqual([10_000, 5_000])
    // ack 3000 (two segments at once): only + min(2000, 1000) = 12000; in flight 12000 - 3000 = 9000, room 3000.
    expect(h.ack(3000, 10_100)).toEqual([seg(12_000), seg(13_000), seg(14_000), setRto(200_000)])
    expect(h.sender().cwnd).toBe(12_000)
    // ack 4000: 13000; in flight 15000 - 4000 = 11000, room 2000.
    expect(h.ack(4000, 10_200)).toEqual([seg(15_000), seg(16_000), setRto(200_000)])
    expect(h.sender().cwnd).toBe(13_000)
  })

  it("congestion avoidance from ssthresh on: + max(1, floor(mss*mss/cwnd)) per ACK", () => {
    const h = guest({ initialSsthresh: 12_000 })
    h.send({ type: "app.write", now: 0, bytes: 100_000 }) // segments 0..9000, sndNxt 10000
    h.ack(1000, 10_000) // 10000 < 12000: slow start, 11000; sends 10000, 11000
    expect(h.sender().cwnd).toBe(11_000)
    h.ack(2000, 10_000) // 11000 < 12000: slow start, 12000; sends 12000, 13000 (sndNxt 14000)
    expect(h.sender().cwnd).toBe(12_000)
    // 12000 >= ssthresh: + floor(1e6 / 12000) = floor(83.3) = 83 -> 12083. In flight 14000 - 3000 = 11000,
    // room 1083: one full segment, then 83 bytes is a silly window (flight > 0, data left): wait.
    expect(h.ack(3000, 10_000)).toEqual([seg(14_000), setRto(200_000)])
    expect(h.sender().cwnd).toBe(12_083)
    // + floor(1e6 / 12083) = floor(82.76) = 82 -> 12165; room 12165 - 11000 = 1165: one segment.
    expect(h.ack(4000, 10_000)).toEqual([seg(15_000), setRto(200_000)])
    expect(h.sender().cwnd).toBe(12_165)
    // + floor(1e6 / 12165) = floor(82.2) = 82 -> 12247.
    h.ack(5000, 10_000)
    expect(h.sender().cwnd).toBe(12_247)
  })
})

describe("TCP sender: fast retransmit and NewReno fast recovery", () => {
  it("retransmits on the 3rd duplicate ACK, inflates, handles partial ACKs, deflates on the full ACK", () => {
    const h = guest()
    h.send({ type: "app.write", now: 0, bytes: 100_000 }) // 0..9000
    h.ack(1000, 10_000) // cwnd 11000, sends 10000 and 11000: sndNxt 12000, RTO 200 ms
    // Segment 1000 is lost: duplicates of ack 1000, window unchanged. No limited transmit.
    expect(h.ack(1000, 20_000)).toEqual([])
    expect(h.ack(1000, 20_001)).toEqual([])
    // 3rd: flight = 12000 - 1000 = 11000; ssthresh = max(11000/2, 2*1000) = 5500; cwnd = 5500 + 3*1000 = 8500.
    expect(h.ack(1000, 20_002)).toEqual([seg(1000, 1000, true)])
    expect(h.sender()).toMatchObject({ ssthresh: 5500, cwnd: 8500, inRecovery: true, recover: 12_000 })
    expect(h.value()).toBe('"fastRecovery"')
    // Each further duplicate inflates by mss: 9500, 10500 (room -500), 11500 (room 500: silly, wait).
    expect(h.ack(1000, 20_003)).toEqual([])
    expect(h.sender().cwnd).toBe(9500)
    expect(h.ack(1000, 20_004)).toEqual([])
    expect(h.ack(1000, 20_005)).toEqual([])
    // 12500: room 12500 - 11000 = 1500: one new segment.
    expect(h.ack(1000, 20_006)).toEqual([seg(12_000)])
    expect(h.sender().cwnd).toBe(12_500)
    // Partial ACK 3000 < recover 12000 (segment 3000 lost too): retransmit it; cwnd = 12500 - 2000 acked + 1000 = 11500;
    // flight 13000 - 3000 = 10000, room 1500: one new segment. First partial ACK: the RTO restarts.
    expect(h.ack(3000, 30_000)).toEqual([seg(3000, 1000, true), seg(13_000), setRto(200_000)])
    expect(h.sender()).toMatchObject({ cwnd: 11_500, inRecovery: true })
    // Second partial ACK 5000: cwnd = 11500 - 2000 + 1000 = 10500; flight 14000 - 5000 = 9000, room 1500.
    // Not the first partial ACK: the timer is left alone (RFC 6582 Impatient).
    expect(h.ack(5000, 31_000)).toEqual([seg(5000, 1000, true), seg(14_000)])
    expect(h.sender().cwnd).toBe(10_500)
    // Full ACK 15000 >= recover: cwnd = ssthresh = 5500, nothing in flight: five segments, then 500 is silly.
    expect(h.ack(15_000, 40_000)).toEqual([...segs(15_000, 5), setRto(200_000)])
    expect(h.sender()).toMatchObject({ cwnd: 5500, ssthresh: 5500, inRecovery: false, dupAcks: 0 })
    expect(h.value()).toBe('"congestionAvoidance"') // cwnd = ssthresh
  })

  it("a partial ACK of less than one mss deflates without adding mss back", () => {
    const h = guest()
    h.send({ type: "app.write", now: 0, bytes: 100_000 })
    h.ack(1000, 10_000) // sndNxt 12000
    for (let i = 0; i < 3; i++) h.ack(1000, 20_000 + i) // fast retransmit: ssthresh 5500, cwnd 8500
    // ack 1500 acknowledges 500 < mss: cwnd = 8500 - 500 = 8000; resend from 1500; flight 10500 > 8000: no new data.
    expect(h.ack(1500, 30_000)).toEqual([seg(1500, 1000, true), setRto(200_000)])
    expect(h.sender().cwnd).toBe(8000)
  })

  it("Karn: no RTT sample once a retransmission happened", () => {
    const h = guest({ minRtoUs: 1000 })
    h.send({ type: "app.write", now: 0, bytes: 100_000 })
    h.ack(1000, 10_000) // R = 10000 -> RTO 30000; 10000 and 11000 leave at 10000, 10000 timed
    for (let i = 0; i < 3; i++) h.ack(1000, 20_000 + i) // fast retransmit of 1000
    // Full ACK 490 ms after 10000 was sent: not sampled, so the RTO stays 30000. cwnd = 5500: five segments.
    expect(h.ack(12_000, 500_000)).toEqual([...segs(12_000, 5), setRto(30_000)])
    expect(h.sender()).toMatchObject({ srttUs: 10_000, rttvarUs: 5000 })
  })

  it("a window update is not a duplicate ACK", () => {
    const h = guest()
    h.send({ type: "app.write", now: 0, bytes: 100_000 })
    h.ack(1000, 10_000)
    h.ack(1000, 10_001)
    h.ack(1000, 10_002)
    // Same ack, different window: RFC 5681 (e) fails; the run of duplicates is broken.
    expect(h.ack(1000, 10_003, { window: BIG + 1 })).toEqual([])
    expect(h.sender()).toMatchObject({ dupAcks: 0, inRecovery: false })
  })
})

describe("TCP sender: retransmission timeout", () => {
  it("fires an RTO after the sample, collapses cwnd, backs off to the cap, resets on a new ACK", () => {
    const h = guest({ maxRtoUs: 1_000_000 })
    expect(h.send({ type: "app.write", now: 0, bytes: 20_000 })).toEqual([...segs(0, 10), setRto(1_000_000)])
    // R = 100000: srtt 100000, rttvar 50000, RTO = 100000 + 4*50000 = 300000. cwnd 11000: 10000, 11000 leave.
    expect(h.ack(1000, 100_000)).toEqual([seg(10_000), seg(11_000), setRto(300_000)])
    // Timeout: flight 12000 - 1000 = 11000, ssthresh = 5500, cwnd = mss; go back to 1000; RTO 600000.
    expect(h.send({ type: "timer", name: "rto" })).toEqual([seg(1000, 1000, true), setRto(600_000)])
    expect(h.sender()).toMatchObject({ cwnd: 1000, ssthresh: 5500, sndNxt: 2000, sndMax: 12_000 })
    expect(h.value()).toBe('"timedOut"')
    // Again: ssthresh held at 5500 (not max(1000/2, 2000) = 2000); RTO 1200000 capped at 1000000.
    expect(h.send({ type: "timer", name: "rto" })).toEqual([seg(1000, 1000, true), setRto(1_000_000)])
    expect(h.send({ type: "timer", name: "rto" })).toEqual([seg(1000, 1000, true), setRto(1_000_000)])
    expect(h.sender()).toMatchObject({ cwnd: 1000, ssthresh: 5500, timeouts: 3 })
    // New ACK: backoff gone (RTO back to 300000; Karn: no sample from the resent segment); slow start 1000 -> 2000;
    // go-back-N resends 2000 and 3000, below sndMax, so marked as retransmissions.
    expect(h.ack(2000, 5_000_000)).toEqual([seg(2000, 1000, true), seg(3000, 1000, true), setRto(300_000)])
    expect(h.sender()).toMatchObject({ cwnd: 2000, rtoUs: 300_000, srttUs: 100_000, timeouts: 0 })
    // Duplicates of data sent before the timeout (ack 2000 < recover 12000) start no fast retransmit (RFC 6582).
    for (let i = 0; i < 3; i++) expect(h.ack(2000, 5_000_001 + i)).toEqual([])
    expect(h.sender().inRecovery).toBe(false)
  })

  it("RFC 6298 estimator: second sample, unclamped RTO, and the floor of 200 ms", () => {
    const h = guest({ minRtoUs: 1000 })
    h.send({ type: "app.write", now: 0, bytes: 3000 })
    // R = 10000: srtt 10000, rttvar 5000, RTO 30000 (above the 1000 floor).
    expect(h.ack(1000, 10_000)).toEqual([setRto(30_000)])
    h.send({ type: "app.write", now: 20_000, bytes: 1000 }) // segment 3000, timed from 20000
    // R = 40000 - 20000 = 20000: rttvar = 3/4*5000 + 1/4*|10000 - 20000| = 6250;
    // srtt = 7/8*10000 + 1/8*20000 = 11250; RTO = 11250 + 4*6250 = 36250. All acked: timer off.
    expect(h.ack(4000, 40_000)).toEqual([{ type: "timer.cancel", name: "rto" }])
    expect(h.sender()).toMatchObject({ srttUs: 11_250, rttvarUs: 6250, rtoUs: 36_250 })
    // Same samples with the default floor: 36250 -> 200000.
    const d = guest()
    d.send({ type: "app.write", now: 0, bytes: 3000 })
    expect(d.ack(1000, 10_000)).toEqual([setRto(200_000)])
  })
})

describe("TCP sender: flow control", () => {
  it("never has more than rwnd in flight", () => {
    const h = guest({ peerWindowBytes: 3000 })
    // cwnd 10000, rwnd 3000: three segments.
    expect(h.send({ type: "app.write", now: 0, bytes: 10_000 })).toEqual([...segs(0, 3), setRto(1_000_000)])
    // ack 1000, window 3000: flight 2000, room 1000.
    expect(h.ack(1000, 10_000, { window: 3000 })).toEqual([seg(3000), setRto(200_000)])
    // Window shrinks to 1500 with 2000 in flight: nothing.
    expect(h.ack(2000, 11_000, { window: 1500 })).toEqual([setRto(200_000)])
    expect(h.sender().sndNxt - h.sender().sndUna).toBe(2000)
    // All acked, window 1500: one segment; the remaining 500 of room is under half of the largest window (3000/2): wait.
    expect(h.ack(4000, 12_000, { window: 1500 })).toEqual([seg(4000), setRto(200_000)])
  })

  it("a tiny window with nothing in flight is used at once (no ACK is coming to open it)", () => {
    const h = guest({ peerWindowBytes: 1000 })
    h.send({ type: "app.write", now: 0, bytes: 5000 })
    // Window 300 < mss and < half the largest window (500), but nothing is in flight: send 300.
    expect(h.ack(1000, 10_000, { window: 300 })).toEqual([seg(1000, 300), setRto(200_000)])
  })

  it("a zero window is probed by the persist timer and reopens without deadlock", () => {
    const h = guest()
    h.send({ type: "app.write", now: 0, bytes: 2000 })
    // All acked with window 0; R = 10000 -> RTO 200000.
    expect(h.ack(2000, 10_000, { window: 0 })).toEqual([{ type: "timer.cancel", name: "rto" }])
    expect(h.send({ type: "app.write", now: 20_000, bytes: 3000 })).toEqual([{ type: "timer.set", name: "persist", afterUs: 200_000 }])
    // Probe: one byte at sndNxt, outside the window; persist interval doubles.
    expect(h.send({ type: "timer", name: "persist" })).toEqual([seg(2000, 1), { type: "timer.set", name: "persist", afterUs: 400_000 }])
    // Probe refused (same ack, window 0): nothing in flight, so not a duplicate ACK.
    expect(h.ack(2000, 30_000, { window: 0 })).toEqual([])
    expect(h.send({ type: "timer", name: "persist" })).toEqual([seg(2000, 1, true), { type: "timer.set", name: "persist", afterUs: 800_000 }])
    // Window opens to 5000: all 3000 bytes go (2000 is below sndMax 2001: a retransmission).
    expect(h.ack(2000, 40_000, { window: 5000 })).toEqual([
      seg(2000, 1000, true),
      seg(3000),
      seg(4000),
      setRto(200_000),
      { type: "timer.cancel", name: "persist" },
    ])
    expect(h.sender().dupAcks).toBe(0)
  })
})

describe("TCP sender: taking over a stream", () => {
  it("with resumesStream, an ACK beyond what it sent (up to what it has) means the peer already holds those bytes", () => {
    const h = guest({ resumesStream: true })
    h.send({ type: "app.write", now: 0, bytes: 50_000 }) // 10 segments: 0..10000 in flight
    // The peer already had 0..30000 from the old sender: jump there, cwnd + min(30000, 1000) = 11000; send 30000..40000 plus one.
    expect(h.ack(30_000, 1000)).toEqual([...segs(30_000, 11), setRto(200_000)])
    expect(h.sender()).toMatchObject({ sndUna: 30_000, sndNxt: 41_000, sndMax: 41_000 })
    // Still nothing past what it has (writeEnd 50000): an ACK of 60000 is ignored.
    expect(h.ack(60_000, 2000)).toEqual([])
    expect(h.sender().sndUna).toBe(30_000)
  })

  it("without it, such an ACK is ignored (RFC 793)", () => {
    const h = guest()
    h.send({ type: "app.write", now: 0, bytes: 50_000 })
    expect(h.ack(30_000, 1000)).toEqual([])
    expect(h.sender().sndUna).toBe(0)
  })
})

describe("TCP sender: replication-aware congestion control", () => {
  it("sizes the window to the hypervisor's free buffer, takes no RTT sample, resends what it dropped at once, and never backs off", () => {
    const h = guest({ cc: "racc" })
    h.send({ type: "app.write", now: 0, bytes: 100_000 }) // 0..9000
    // Speculative ACK of everything with 25000 free: the window ends at 10000 + 25000; no sample; 25 segments.
    expect(h.ack(10_000, 0, { speculative: true, bufferFree: 25_000 })).toEqual([...segs(10_000, 25), setRto(1_000_000)])
    expect(h.sender()).toMatchObject({ cwnd: 25_000, srttUs: -1, rtoUs: 1_000_000 })
    // ack 20000 with 3000 free: right edge 23000, cwnd = 23000 - 20000 = 3000 < 15000 in flight: nothing new.
    expect(h.ack(20_000, 100, { speculative: true, bufferFree: 3000 })).toEqual([setRto(1_000_000)])
    expect(h.sender().cwnd).toBe(3000)
    // A duplicate (the hypervisor dropped 20000.. when full) with 5000 free now: go back to 20000 at once and send five.
    expect(h.ack(20_000, 200, { speculative: true, bufferFree: 5000 })).toEqual(segs(20_000, 5, true))
    expect(h.sender()).toMatchObject({ cwnd: 5000, ssthresh: Number.MAX_SAFE_INTEGER, inRecovery: false, dupAcks: 0, sndNxt: 25_000 })
    // Timeout: resend from sndUna over the same window, no collapse; the timer backs off.
    expect(h.send({ type: "timer", name: "rto" })).toEqual([...segs(20_000, 5, true), setRto(2_000_000)])
    expect(h.sender()).toMatchObject({ cwnd: 5000, ssthresh: Number.MAX_SAFE_INTEGER })
  })

  it("NewReno ignores the speculative flag", () => {
    const h = guest({ cc: "newreno" })
    h.send({ type: "app.write", now: 0, bytes: 100_000 })
    // Slow start: 10000 + min(10000, 1000) = 11000, 11 segments; sample R = 0 -> RTO max(1, 0) -> floor 200000.
    expect(h.ack(10_000, 0, { speculative: true, bufferFree: 25_000 })).toEqual([...segs(10_000, 11), setRto(200_000)])
    expect(h.sender()).toMatchObject({ cwnd: 11_000, srttUs: 0, rtoUs: 200_000 })
  })
})

describe("TCP receiver", () => {
  const receiver = (input: Record<string, unknown> = {}) => {
    const h = guest({ receiveBufferBytes: 10_000, ...input })
    const data = (seq: number, len: number) => h.send({ type: "data", now: 0, seq, len })
    return { ...h, data }
  }
  const ackOf = (ack: number, window: number) => ({ type: "ack.send", ack, window })
  const deliver = (offset: number, len: number) => ({ type: "deliver", offset, len })

  it("reassembles out-of-order segments with exact ACKs and windows", () => {
    const h = receiver()
    expect(h.data(0, 1000)).toEqual([deliver(0, 1000), ackOf(1000, 10_000)]) // right edge 11000
    // Out of order: held, immediate duplicate ACK. Window = max(10000 - 1000 held, 11000 - 1000) = 10000 (edge kept).
    expect(h.data(2000, 1000)).toEqual([ackOf(1000, 10_000)])
    // Held 2000: max(8000, 10000) = 10000, the same window, so these are true duplicates for the sender.
    expect(h.data(4000, 1000)).toEqual([ackOf(1000, 10_000)])
    expect(h.receiver().held).toEqual([[2000, 3000], [4000, 5000]])
    // Fills [1000, 2000), joins [2000, 3000): deliver 2000 bytes; held 1000: window max(9000, 11000 - 3000) = 9000.
    expect(h.data(1000, 1000)).toEqual([deliver(1000, 2000), ackOf(3000, 9000)]) // right edge 12000
    // Fills the last hole: rcvNxt 5000, nothing held, window 10000.
    expect(h.data(3000, 1000)).toEqual([deliver(3000, 2000), ackOf(5000, 10_000)]) // right edge 15000
    // Overlapping segments merge: [6000, 7000) + [6500, 7500) = [6000, 7500).
    h.data(6000, 1000)
    expect(h.data(6500, 1000)).toEqual([ackOf(5000, 10_000)])
    expect(h.receiver().held).toEqual([[6000, 7500]])
    // Partly old segment [4000, 5500): only 5000..5500 is new; 6000 still beyond a hole.
    // Window max(10000 - 1500, 15000 - 5500) = 9500.
    expect(h.data(4000, 1500)).toEqual([deliver(5000, 500), ackOf(5500, 9500)])
    // Entirely old: immediate ACK, nothing delivered.
    expect(h.data(0, 1000)).toEqual([ackOf(5500, 9500)])
    // Beyond the buffer (rcvNxt 5500 + 10000): dropped, immediate ACK.
    expect(h.data(15_500, 100)).toEqual([ackOf(5500, 9500)])
    expect(h.receiver().held).toEqual([[6000, 7500]])
  })

  it("delays ACKs: every second full segment, on the timer, at once when out of order or duplicate", () => {
    const h = receiver({ delayedAckUs: 40_000 })
    expect(h.data(0, 1000)).toEqual([deliver(0, 1000), { type: "timer.set", name: "delack", afterUs: 40_000 }])
    // 2000 bytes unacknowledged = two full segments: ACK now.
    expect(h.data(1000, 1000)).toEqual([deliver(1000, 1000), ackOf(2000, 10_000), { type: "timer.cancel", name: "delack" }])
    expect(h.data(2000, 500)).toEqual([deliver(2000, 500), { type: "timer.set", name: "delack", afterUs: 40_000 }])
    expect(h.send({ type: "timer", name: "delack" })).toEqual([ackOf(2500, 10_000)])
    expect(h.send({ type: "timer", name: "delack" })).toEqual([]) // stale
    // Out of order: at once. Held 1000: max(9000, 12500 - 2500) = 10000.
    expect(h.data(3000, 1000)).toEqual([ackOf(2500, 10_000)])
    // Filling the hole: at once.
    expect(h.data(2500, 500)).toEqual([deliver(2500, 1500), ackOf(4000, 10_000)])
    // A duplicate while an ACK is delayed: ACK at once, which also settles the delayed one.
    h.data(4000, 100)
    expect(h.data(0, 100)).toEqual([ackOf(4100, 10_000), { type: "timer.cancel", name: "delack" }])
  })

  it("insertRange merges overlapping, adjacent and duplicate ranges in order", () => {
    expect(insertRange([[10, 20], [30, 40]], 20, 30)).toEqual([[10, 40]])
    expect(insertRange([[10, 20], [30, 40]], 0, 5)).toEqual([[0, 5], [10, 20], [30, 40]])
    expect(insertRange([[10, 20], [30, 40]], 22, 25)).toEqual([[10, 20], [22, 25], [30, 40]])
    expect(insertRange([[10, 20]], 12, 18)).toEqual([[10, 20]])
    expect(insertRange([[10, 20], [30, 40]], 50, 60)).toEqual([[10, 20], [30, 40], [50, 60]])
  })
})

describe("client TCP", () => {
  it("sends requests with NewReno and receives the VM's stream with the same functions", () => {
    const h = harness(clientTcpMachine, { mss: 1000, receiveBufferBytes: 10_000, cc: "racc" })
    expect(h.send({ type: "app.write", now: 0, bytes: 300 })).toEqual([seg(0, 300), setRto(1_000_000)])
    // Always NewReno: the speculative flag changes nothing; R = 50000 -> RTO 50000 + 100000 = 150000 -> 200000.
    expect(h.send({ type: "ack", now: 50_000, ack: 300, window: 65_535, speculative: true, bufferFree: 0 })).toEqual([
      { type: "timer.cancel", name: "rto" },
    ])
    expect(h.context<TcpEndpointContext>().sender).toMatchObject({ cc: "newreno", cwnd: 10_300, srttUs: 50_000 })
    expect(h.send({ type: "data", now: 60_000, seq: 0, len: 1000 })).toEqual([
      { type: "deliver", offset: 0, len: 1000 },
      { type: "ack.send", ack: 1000, window: 10_000 },
    ])
  })
})

describe("epochlab machines", () => {
  it("renders both TCP ends with the sender's phases as states", () => {
    for (const name of ["guest-tcp", "client-tcp"]) {
      const chart = toMermaid(machines[name])
      for (const phase of ["slowStart", "congestionAvoidance", "fastRecovery", "timedOut"]) expect(chart).toContain(`state "${phase}"`)
    }
  })
})

describe("epochlab machines draws the protocol's decisions", () => {
  it("the primary's release and the backup's staging are on the chart, as self-loops with their guard and action", () => {
    expect(toMermaid(machines.primary)).toContain("primary_alive_protection_protected --> primary_alive_protection_protected : release.request [releasable] / releaseProtected")
    const backup = toMermaid(machines.backup)
    expect(backup).toContain("backup_standby --> backup_standby : repl.part / heardFromPrimary, stage")
    expect(backup).toContain("backup_failingOver_restoring : entry / restoreNewestComplete")
  })
})
