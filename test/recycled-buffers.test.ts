import { describe, expect, it } from "vitest"
import { campaign } from "../fuzz/campaign.ts"
import { runScenario } from "../src/run/run.ts"
import { findScenario } from "../src/scenario/builtin.ts"

/**
 * A run's verdict is a function of its scenario, seed and faults: not of what
 * an earlier run of the same process left in a reused buffer. The suite runs
 * with EPOCHLAB_CHECK_POOL=1, so a scratch buffer given back while something
 * still reads it is poisoned. The RDMA transport once gave the primary's
 * record buffer back at the commit's completion while the backup, under the
 * planted bug write-live-image, still read its pages from it: the campaign
 * below then judged its 18th run differently from the same run alone.
 */
describe("buffers given back are not read again", () => {
  it("write-live-image at seed 4: the campaign finds the run that fails alone", () => {
    const scenario = findScenario("remus-rdma")!
    const r = campaign({ scenario, seed: 4, bug: "write-live-image", runs: 18, shrink: false })
    expect(r.violations).toHaveLength(1)
    const v = r.violations[0]
    expect(v.runsToFind).toBe(18)
    const alone = runScenario(scenario, 4, v.faults, "write-live-image")
    expect(alone.verdicts.find((x) => x.property === v.property)!.ok).toBe(false)
  })
})
