import { backupCapacity } from "./backup-capacity.ts"
import { boundedOutputDelay } from "./bounded-output-delay.ts"
import { compressionRoundtrip } from "./compression-roundtrip.ts"
import { earlyPagesStaged } from "./early-pages-staged.ts"
import { failoverConsistency } from "./failover-consistency.ts"
import { outputCommit } from "./output-commit.ts"
import { judgePerVm, vmRuns } from "./per-vm.ts"
import { noSilentDeath } from "./no-silent-death.ts"
import { noSpuriousFailover } from "./no-spurious-failover.ts"
import { progress } from "./progress.ts"
import { singleActive } from "./single-active.ts"
import { softPageSafety } from "./soft-page-safety.ts"
import { storageConsistency } from "./storage-consistency.ts"
import { streamIntegrity } from "./stream-integrity.ts"
import type { Property, RunRecord, Verdict } from "./property.ts"

/** Properties of one VM and its replica: in a consolidated run, judged for each VM. */
const perVm: readonly Property[] = [outputCommit, failoverConsistency, streamIntegrity, singleActive, progress, noSilentDeath, noSpuriousFailover, compressionRoundtrip, storageConsistency, softPageSafety, boundedOutputDelay, earlyPagesStaged]

/** Every property a run is judged by, in report order. */
export const properties: readonly Property[] = [...perVm, backupCapacity]

export const judge = (run: RunRecord): Verdict[] => {
  const runs = run.scenario.consolidation && vmRuns(run)
  return [...perVm.map((p) => (runs ? judgePerVm(p, runs) : p.check(run))), backupCapacity.check(run)]
}

export type { Property, RunRecord, Verdict, Witness } from "./property.ts"
