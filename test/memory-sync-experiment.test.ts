import { describe, expect, it } from "vitest"
import { memorySyncRows, TECHNIQUES } from "../src/experiments/memory-sync-experiment.ts"

describe("experiment memory-sync", () => {
  it("one row per technique per workload, every run passing its properties, the factors against the baseline's own figures", () => {
    const { hashMBps, rows } = memorySyncRows([], 1, ["sparse"])
    expect(hashMBps).toBeGreaterThan(0)
    expect(rows.map((r) => r.technique)).toEqual(TECHNIQUES)
    const row = (t: string) => rows.find((r) => r.technique === t)!
    const base = row("baseline")
    expect(base.endOfEpochFactor).toBe(1)
    for (const r of rows) {
      expect(r.endOfEpochFactor).toBeCloseTo(base.endOfEpochBytesPerSecond / r.endOfEpochBytesPerSecond, 6)
      expect(r.totalBytesPerSecond).toBeGreaterThanOrEqual(r.endOfEpochBytesPerSecond)
    }
    // Sparse writes change a few words of a page: smaller blocks send less, and the table grows as they shrink.
    expect(row("fine-64").endOfEpochBytesPerSecond).toBeLessThan(row("fine-512").endOfEpochBytesPerSecond)
    expect(row("fine-64").extraMemoryBytes).toBe(8 * row("fine-512").extraMemoryBytes)
    // Pages sent early leave less for the checkpoint, at some cost in total traffic.
    expect(row("presend").endOfEpochBytesPerSecond).toBeLessThan(base.endOfEpochBytesPerSecond)
    expect(row("active").endOfEpochFactor).toBeGreaterThan(5)
    expect(row("active").slaveRunsGuest).toBe(true)
  })
})
