import { percentile } from "../common/percentile.ts"
import { Reassembly } from "../net/reassembly.ts"
import { speculationModes, type SpeculationMode, type SpecWindow } from "../net/tcp-params.ts"
import { remusBasic, remusSpec } from "../scenario/builtin.ts"
import { requirePasses, runScenario } from "../run/run.ts"
import type { Scenario } from "../scenario/scenario.ts"

/** One row of `epochlab experiment tcp-throughput`. */
export interface TcpThroughputRow {
  mode: SpeculationMode
  /** In-order bytes the client received per second, after warm-up (10^6 bytes/s). */
  goodputMBps: number
  /** From the guest's TCP sending a segment to its bytes reaching the client, over every data segment after warm-up. */
  p50DelayUs: number
  p99DelayUs: number
}

const DURATION_US = 2_000_000
const WARM_UP_US = 500_000

/** What a sweep varies: the hypervisor's buffer (in segments) and the window it advertises to the guest. */
export interface SpecVariant {
  bufferSegments?: number
  window?: SpecWindow
}

/**
 * One bulk flow from the guest to one client over GbE, 25 ms epochs: remus-spec
 * with a single bulk client on remus-basic's gigabit client path, in `mode`
 * (and, for a sweep, another buffer or window). Same seed, workload and memory
 * activity for every mode.
 */
export const tcpThroughputScenario = (mode: SpeculationMode, variant: SpecVariant = {}): Scenario => {
  const tcp = remusSpec.tcp!
  return {
    ...remusSpec,
    name: `tcp-throughput-${mode}`,
    durationUs: DURATION_US,
    clients: 1,
    clientPath: remusBasic.clientPath,
    tcp: {
      ...tcp,
      mode,
      bulkClients: 1,
      ...(variant.bufferSegments === undefined ? {} : { specBufferBytes: variant.bufferSegments * tcp.mss }),
      ...(variant.window === undefined ? {} : { specWindow: variant.window }),
    },
  }
}

export const tcpThroughputRow = (mode: SpeculationMode, seed = 1, variant: SpecVariant = {}): TcpThroughputRow => {
  const r = runScenario(tcpThroughputScenario(mode, variant), seed)
  // Native TCP has no replica: the replication properties do not apply to it.
  if (mode !== "native") requirePasses(r, `tcp-throughput ${mode}`)
  const stream = new Reassembly()
  let atWarmUp = 0
  const delays: number[] = []
  for (const f of r.trace.facts) {
    if (f.kind !== "client-recv") continue
    stream.add(f.offset, f.offset + f.len)
    if (f.t <= WARM_UP_US) atWarmUp = stream.through
    else if (f.producedAt !== undefined) delays.push(f.t - f.producedAt)
  }
  const pct = (p: number) => percentile(delays, p)
  return {
    mode,
    goodputMBps: Math.round(((stream.through - atWarmUp) / ((DURATION_US - WARM_UP_US) / 1e6) / 1e6) * 100) / 100,
    p50DelayUs: pct(0.5),
    p99DelayUs: pct(0.99),
  }
}

export const tcpThroughputRows = (seed = 1): TcpThroughputRow[] => speculationModes.map((m) => tcpThroughputRow(m, seed))
