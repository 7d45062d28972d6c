import { compressionRoundtrip } from "./compression-roundtrip.ts"
import { failoverConsistency } from "./failover-consistency.ts"
import { outputCommit } from "./output-commit.ts"
import { progress } from "./progress.ts"
import { singleActive } from "./single-active.ts"
import { softPageSafety } from "./soft-page-safety.ts"
import { storageConsistency } from "./storage-consistency.ts"
import { streamIntegrity } from "./stream-integrity.ts"
import type { Property, RunRecord, Verdict } from "./property.ts"

/** Every property a run is judged by, in report order. */
export const properties: readonly Property[] = [outputCommit, failoverConsistency, streamIntegrity, singleActive, progress, compressionRoundtrip, storageConsistency, softPageSafety]

export const judge = (run: RunRecord): Verdict[] => properties.map((p) => p.check(run))

export type { Property, RunRecord, Verdict, Witness } from "./property.ts"
