import { describe, expect, it } from "vitest"
import { tcpThroughputScenario, type SpecVariant } from "../src/experiments/tcp-throughput-experiment.ts"
import { runScenario } from "../src/run/run.ts"

/** The tcp-throughput flow with spec-ack and a 250-segment buffer, cut to 0.6 simulated seconds. */
const run = (variant: SpecVariant) => runScenario({ ...tcpThroughputScenario("spec-ack", { bufferSegments: 250, ...variant }), durationUs: 600_000 }, 1)
const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => v.property)

describe("the window the hypervisor advertises under speculation", () => {
  const client = run({ window: "client" })
  const capped = run({ window: "capped" })

  it("capped by the free buffer: the client gets more than twice the bytes, every property holding", () => {
    expect(failed(capped)).toEqual([])
    expect(failed(client)).toEqual([])
    expect(capped.metrics.clientBytes).toBeGreaterThan(2 * client.metrics.clientBytes)
  })

  it("the client's window is the default: naming it changes nothing", () => {
    expect(run({}).trace.hash).toBe(client.trace.hash)
  })
})
