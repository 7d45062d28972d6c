import { readdirSync } from "node:fs"
import { basename, join } from "node:path"
import { GuestMemory, type DirtyPages } from "../memory/guest-memory.ts"
import { Rng } from "../sim/rng.ts"
import { RECORDINGS_DIR, remusBasic } from "../scenario/builtin.ts"
import { readRecording } from "../record/recording.ts"
import { Guest } from "../workload/guest.ts"
import { patterns, type PatternName } from "../workload/patterns.ts"

/**
 * A workload as a compressor meets it: the pages of a VM, and the dirty pages
 * of each checkpoint in order. Epoch 0 is the initial full copy (it sets up
 * the encoder's and the backup's state and is not measured).
 */
export interface EpochSequence {
  name: string
  pages: number
  epochs: DirtyPages[]
}

export const recordingFiles = (dir = RECORDINGS_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".rec"))
    .sort()
    .map((f) => join(dir, f))

/** A recording's snapshots as checkpoints: snapshot e's changed pages are epoch e's dirty pages. */
export const recordedSequence = (file: string): EpochSequence => {
  const rec = readRecording(file)
  // Own, aligned copies: the decoder leaves epochs at odd offsets, and an encoder would copy them on every pass.
  return { name: `rec:${basename(file, ".rec")}`, pages: rec.pages, epochs: rec.epochs.map((e) => ({ indices: e.indices, data: e.data.slice() })) }
}

/**
 * The synthetic guest of remus-basic writing `pattern`, checkpointed every 25
 * ms for `epochs` epochs. It starts from memory that every pattern has shaped
 * (a `mixed` warm-up over the hot set and beyond), as a running guest's would be,
 * so that copies copy real content.
 */
export const syntheticSequence = (pattern: PatternName, epochs: number, pages = remusBasic.host.pages): EpochSequence => {
  const workload = { ...remusBasic.host.workload, memory: pattern }
  const memory = new GuestMemory(pages, false)
  const warm = Guest.boot(memory, { ...workload, memory: "mixed" }, 1, new Rng(1, "experiment/nondet"))
  for (let t = 0; t < 2000; t++) warm.tick()
  const guest = new Guest(memory, warm.vcpu, warm.device, workload, new Rng(1, "experiment/nondet"))
  memory.markAllDirty()
  const out: DirtyPages[] = [memory.takeDirty()]
  const ticksPerEpoch = remusBasic.host.epochUs / workload.tickUs
  for (let e = 1; e <= epochs; e++) {
    for (let t = 0; t < ticksPerEpoch; t++) guest.tick()
    out.push(memory.takeDirty())
  }
  return { name: pattern, pages, epochs: out }
}

export const syntheticPatterns: readonly PatternName[] = patterns.map((p) => p.name)
