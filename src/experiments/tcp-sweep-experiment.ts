import type { SpeculationMode, SpecWindow } from "../net/tcp-params.ts"
import { tcpThroughputRow, type TcpThroughputRow } from "./tcp-throughput-experiment.ts"

/** The hypervisor's buffer sizes a sweep runs, in segments (1000 is the default, a plug queue's length). */
export const SWEEP_BUFFER_SEGMENTS = [250, 500, 1000, 2000, 4000] as const

/**
 * What each sweep compares at every buffer size:
 * - `buffer`: spec-ack against spec-ack+racc, both advertising the client's window (as the default run does);
 * - `window`: each of them advertising the client's window, and advertising it capped by the free buffer.
 */
export const tcpSweeps = {
  buffer: [
    { mode: "spec-ack", window: "client" },
    { mode: "spec-ack+racc", window: "client" },
  ],
  window: [
    { mode: "spec-ack", window: "client" },
    { mode: "spec-ack", window: "capped" },
    { mode: "spec-ack+racc", window: "client" },
    { mode: "spec-ack+racc", window: "capped" },
  ],
} as const satisfies Record<string, ReadonlyArray<{ mode: SpeculationMode; window: SpecWindow }>>

export type TcpSweep = keyof typeof tcpSweeps
export const tcpSweepNames = Object.keys(tcpSweeps) as TcpSweep[]

/** One row of `epochlab experiment tcp-throughput --sweep S`: the tcp-throughput row of one variant at one buffer size. */
export interface TcpSweepRow extends TcpThroughputRow {
  window: SpecWindow
  bufferSegments: number
}

/** Every variant of `sweep` at every buffer size, variant by variant. */
export const tcpSweepRows = (sweep: TcpSweep, seed = 1, buffers: readonly number[] = SWEEP_BUFFER_SEGMENTS): TcpSweepRow[] =>
  tcpSweeps[sweep].flatMap(({ mode, window }) =>
    buffers.map((bufferSegments) => {
      const { goodputMBps, p50DelayUs, p99DelayUs } = tcpThroughputRow(mode, seed, { bufferSegments, window })
      return { mode, window, bufferSegments, goodputMBps, p50DelayUs, p99DelayUs }
    }),
  )
