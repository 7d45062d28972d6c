/**
 * The verbs facts the RDMA transport keeps (primer, section 2.2), as numbers.
 *
 * Timeouts follow the InfiniBand encoding: a queue pair's local ACK timeout
 * is 4.096 us x 2^timeout; a request that gets no acknowledgement is resent
 * after it, `retry_cnt` times, and then completes with a retry-exceeded error
 * (so a dead or silent peer shows up (retry_cnt + 1) x 4.096 us x 2^timeout
 * after the request went out). A SEND or WRITE_WITH_IMM that finds no receive
 * posted is refused with a receiver-not-ready NAK and resent after the
 * responder's minimum RNR timer, `rnr_retry` times (7: for ever).
 *
 * Defaults: perftest's (the verbs benchmarks of linux-rdma, used to validate
 * real deployments): timeout 14 (67.1 ms per attempt, 537 ms to
 * retry-exceeded), retry_cnt 7, rnr_retry 7, min_rnr_timer 12 (0.64 ms),
 * path MTU 4096.
 */
export interface VerbsParams {
  /** Local ACK timeout exponent (0 to 31). */
  timeout: number
  /** Resends of an unacknowledged request before retry-exceeded (0 to 7). */
  retryCnt: number
  /** Resends after a receiver-not-ready NAK (0 to 7; 7 means for ever). */
  rnrRetry: number
  /** The responder's minimum RNR timer, as its IB code (0 to 31). */
  minRnrTimer: number
  /** Staging slots on the backup: checkpoints that may be on the wire or staged at once. */
  stagingSlots: number
}

export const defaultVerbs: VerbsParams = { timeout: 14, retryCnt: 7, rnrRetry: 7, minRnrTimer: 12, stagingSlots: 4 }

/** Parameters the verbs API would refuse (timeout 0 means "wait for ever" there, which no failure detector survives). */
export const checkVerbs = (p: VerbsParams): void => {
  const bad = (what: string) => {
    throw new Error(`verbs: ${what}`)
  }
  if (!Number.isInteger(p.timeout) || p.timeout < 1 || p.timeout > 31) bad(`timeout must be an integer from 1 to 31, got ${p.timeout}`)
  if (!Number.isInteger(p.retryCnt) || p.retryCnt < 0 || p.retryCnt > 7) bad(`retry_cnt must be an integer from 0 to 7, got ${p.retryCnt}`)
  if (!Number.isInteger(p.rnrRetry) || p.rnrRetry < 0 || p.rnrRetry > 7) bad(`rnr_retry must be an integer from 0 to 7, got ${p.rnrRetry}`)
  if (!Number.isInteger(p.minRnrTimer) || p.minRnrTimer < 0 || p.minRnrTimer > 31) bad(`min_rnr_timer must be an integer from 0 to 31, got ${p.minRnrTimer}`)
  if (!Number.isInteger(p.stagingSlots) || p.stagingSlots < 1) bad(`stagingSlots must be a positive integer, got ${p.stagingSlots}`)
}

/** One attempt's wait for an acknowledgement: 4.096 us x 2^timeout. */
export const ackTimeoutUs = (p: VerbsParams): number => Math.round(4.096 * 2 ** p.timeout)

/** From a request's first transmission to its retry-exceeded completion when nothing answers. */
export const retryExceededUs = (p: VerbsParams): number => (p.retryCnt + 1) * ackTimeoutUs(p)

/** The IB encoding of the RNR timer (InfiniBand Architecture Specification, table 45), in microseconds; code 0 is the longest. */
const RNR_TIMER_US = [
  655_360, 10, 20, 30, 40, 60, 80, 120, 160, 240, 320, 480, 640, 960, 1280, 1920, 2560, 3840, 5120, 7680, 10_240, 15_360, 20_480, 30_720, 40_960, 61_440,
  81_920, 122_880, 163_840, 245_760, 327_680, 491_520,
]

export const rnrDelayUs = (p: VerbsParams): number => RNR_TIMER_US[p.minRnrTimer]

/** rnr_retry 7 never gives up. */
export const RNR_FOREVER = 7

/** Link profiles (primer, section 5): payload bandwidth and one-way latency. */
export const QDR = { bytesPerSecond: 3_200_000_000, latencyUs: 2 }
/** EDR InfiniBand (100 Gbit/s, 64b/66b coding): about 12 GB/s of payload, under a microsecond each way. */
export const EDR = { bytesPerSecond: 12_000_000_000, latencyUs: 1 }

/** A work request's opcode (ibv_wr_opcode), or a receive. */
export type Opcode = "write" | "write-imm" | "send"

/** How a work request completed (ibv_wc_status, the ones this model produces). */
export type WcStatus = "success" | "flush-error" | "retry-exceeded" | "rnr-retry-exceeded" | "remote-access-error" | "fatal"

/** The queue pair states (ibv_qp_state). */
export type QpState = "reset" | "init" | "rtr" | "rts" | "sqd" | "err"
