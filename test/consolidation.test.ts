import { describe, expect, it } from "vitest"
import { BackupPool } from "../src/hosts/backup-pool.ts"
import { remusConsolidated } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import type { Scenario } from "../src/scenario/scenario.ts"
import { Kernel } from "../src/sim/kernel.ts"
import type { Observation } from "../src/sim/observations.ts"
import type { Fault } from "../src/faults/schedule.ts"

const short: Scenario = { ...remusConsolidated, durationUs: 1_400_000 }
const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)
const of = <K extends Observation["kind"]>(r: ReturnType<typeof runScenario>, kind: K) =>
  r.trace.facts.filter((f): f is Extract<Observation, { kind: K }> => f.kind === kind)
const crashVm2Primary: Fault[] = [{ kind: "crash", host: "primary", atUs: 700_000, vm: "vm2" }]

describe("admission to a shared backup", () => {
  it("reserves each VM's hard footprint and keeps room for one failover; a VM that does not fit is refused, with the reason", () => {
    const kernel = new Kernel(1)
    const pool = new BackupPool(kernel, 8192)
    // 3 x 2048 reserved + 2048 (4096 - 2048) for one restored VM = 8192: fits exactly.
    expect([1, 2, 3].map((i) => pool.admit(`vm${i}`, 2048, 4096))).toEqual([true, true, true])
    expect(pool.admit("vm4", 2048, 4096)).toBe(false)
    // A smaller VM still fits beside them? 3 x 2048 + 512 + headroom 2048 > 8192: no.
    expect(pool.admit("vm5", 512, 1024)).toBe(false)
    const facts = kernel.finish().facts.filter((f) => f.kind === "admission")
    expect(facts.map((f) => f.kind === "admission" && f.admitted)).toEqual([true, true, true, false, false])
    expect(facts[3]).toMatchObject({ guest: "vm4", reason: "backup full: vm4 needs 2048 pages and 2048 must stay free for one failover, but only 2048 of 8192 are not reserved" })
  })

  it("a refused VM is not run: only the admitted ones have hosts and facts", () => {
    const r = runScenario({ ...short, durationUs: 300_000, consolidation: { ...short.consolidation!, vms: 4 } }, 1)
    expect(of(r, "admission").map((f) => [f.guest, f.admitted])).toEqual([["vm1", true], ["vm2", true], ["vm3", true], ["vm4", false]])
    expect(new Set(r.trace.facts.flatMap((f) => (f.vm ? [f.vm] : [])))).toEqual(new Set(["vm1", "vm2", "vm3"]))
    expect(r.metrics.backupHost?.refused.map((x) => x.vm)).toEqual(["vm4"])
  })
})

describe("three primaries on one backup", () => {
  it("the backup holds about a third of each VM (its hard pages), and every property holds for every VM", () => {
    const r = runScenario(short, 1)
    expect(failed(r)).toEqual([])
    const charges = of(r, "backup-charge")
    for (const vm of ["vm1", "vm2", "vm3"]) {
      const mine = charges.filter((c) => c.guest === vm).map((c) => c.pages)
      expect(mine.length).toBeGreaterThan(40) // one per applied checkpoint
      expect(Math.max(...mine)).toBeLessThan(2048) // within its reservation: the initial sync left the hinted cache out too
      expect(Math.min(...mine)).toBeGreaterThan(1000) // the hard part: 30% anonymous memory plus dirty cache
    }
    expect(r.metrics.backupHost!.peakPages).toBeLessThanOrEqual(8192)
  })

  it("fails over one VM while the other two stay protected", () => {
    const r = runScenario(short, 1, crashVm2Primary)
    expect(failed(r)).toEqual([])
    expect(of(r, "resumed").map((f) => f.vm)).toEqual(["vm2"])
    expect(r.metrics.failover?.vm).toBe("vm2")
    const resumedAt = of(r, "resumed")[0].t
    // vm1 and vm3 keep committing checkpoints to the same backup host after vm2 took over there.
    for (const vm of ["vm1", "vm3"]) expect(of(r, "ack-received").filter((f) => f.vm === vm && f.t > resumedAt).length).toBeGreaterThan(20)
    expect(of(r, "unprotected").length).toBe(0)
    // The restored vm2 runs on the backup with all its pages, inside the room admission kept.
    expect(of(r, "backup-charge").filter((c) => c.guest === "vm2").at(-1)!.pages).toBe(4096)
    expect(r.metrics.backupHost!.peakPages).toBeGreaterThan(4096)
    expect(r.metrics.backupHost!.peakPages).toBeLessThanOrEqual(8192)
  })

  it("a second failover at once does not fit: that VM's backup leaves the record to its primary, and memory never overflows", () => {
    // vm1 fails over and takes the room admission kept; vm2's primary dies too: no room to restore it.
    const r = runScenario(short, 1, [{ kind: "crash", host: "primary", atUs: 600_000, vm: "vm1" }, ...crashVm2Primary])
    expect(failed(r)).toEqual([])
    expect(of(r, "resumed").map((f) => f.vm)).toEqual(["vm1"])
    const refused = of(r, "failover-refused")
    expect(refused.map((f) => f.vm)).toEqual(["vm2"])
    expect(refused[0].reason).toMatch(/^no room to restore vm2: it needs 4096 pages, the backup would hold \d+ of 8192/)
    expect(r.metrics.backupHost!.peakPages).toBeLessThanOrEqual(8192)
    // vm3 is still protected.
    expect(of(r, "ack-received").filter((f) => f.vm === "vm3" && f.t > 900_000).length).toBeGreaterThan(10)
  })

  it("a backup host crash, whichever VM's fault names it, takes every VM's backup down; the primaries go on unprotected", () => {
    const r = runScenario(short, 1, [{ kind: "crash", host: "backup", atUs: 700_000, vm: "vm3" }])
    expect(failed(r)).toEqual([])
    expect(of(r, "crash").map((f) => `${f.vm}/${f.host}`).sort()).toEqual(["vm1/backup", "vm2/backup", "vm3/backup"])
    expect(of(r, "unprotected").map((f) => f.vm).sort()).toEqual(["vm1", "vm2", "vm3"])
  })

  it("backup-capacity catches reservations below the VMs' real hard footprint", () => {
    // Admitted on paper: 6 x 256 reserved + 3840 kept for a failover = 5376. Really each VM holds about 1300 pages.
    const r = runScenario({ ...short, durationUs: 600_000, consolidation: { vms: 6, backupCapacityPages: 5376, reservePages: 256 } }, 1)
    expect(of(r, "admission").every((f) => f.admitted)).toBe(true)
    expect(failed(r)).toEqual([expect.stringMatching(/^backup-capacity: the backup holds \d+ pages, over its 5376, once vm\d costs \d+$/)])
  })

  it("judges each VM on its own facts and names the VM that breaks a property", () => {
    const r = runScenario(short, 1, [{ kind: "crash", host: "primary", atUs: 700_000, vm: "vm3" }], "restore-stale-checkpoint")
    const bad = r.verdicts.find((v) => v.property === "failover-consistency")!
    expect(bad.ok).toBe(false)
    expect(bad.witness!.message).toMatch(/^vm3: /)
  })

  it("a fault without a VM acts on vm1", () => {
    const r = runScenario({ ...short, durationUs: 900_000 }, 1, [{ kind: "crash", host: "primary", atUs: 500_000 }])
    expect(of(r, "crash").map((f) => f.vm)).toEqual(["vm1"])
  })
})
