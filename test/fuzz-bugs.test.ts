import { describe, expect, it } from "vitest"
import { campaign } from "../fuzz/campaign.ts"
import { bugScenario, bugs } from "../src/bugs/bugs.ts"
import { findScenario } from "../src/scenario/builtin.ts"

describe("planted bugs are found within a fixed budget", () => {
  const BUDGET = 60
  // A real-TCP scenario's run takes seconds (drop-released-unacked needs 19 of them): room beyond the default timeout.
  it.each(bugs.map((b) => b.name))(
    "%s",
    (bug) => {
      const r = campaign({ scenario: findScenario(bugScenario(bug))!, seed: 1, bug, runs: BUDGET, shrink: false })
      expect(r.violations).toHaveLength(1)
      expect(r.violations[0].runsToFind).toBeLessThanOrEqual(BUDGET)
    },
    400_000,
  )
})

