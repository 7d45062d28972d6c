import { pickPages, type DirtyPages } from "../memory/guest-memory.ts"

/** What the filter decided for checkpoint k. */
export interface Filtered {
  /** The pages checkpoint k carries. */
  pages: DirtyPages
  /** Pages the backup may drop from k on (newly: pages it was told before stay dropped until sent again). */
  soft: Int32Array
}

/**
 * Soft-page filtering on the primary (primer, section 2.5). The guest's hint
 * names its clean page-cache pages; it may be stale. Every page dirtied in an
 * epoch is sent whatever the hint says, and a page dirtied since the hint was
 * taken is not soft until a newer hint says so (it may hold a write not yet
 * on storage). The backup may drop the rest of the hint's pages.
 *
 * Planted bug `skip-dirty-soft-pages`: the filter trusts the hint and
 * withholds dirty pages it calls soft.
 */
export class SoftPageFilter {
  private hint: Uint8Array | undefined
  /** Pages captured since the hint arrived. */
  private dirtiedSince: Uint8Array | undefined
  /** Pages the backup was told to drop and that no checkpoint has sent since: told once, not every checkpoint. */
  private readonly told: Uint8Array

  constructor(
    private readonly pages: number,
    private readonly trustHint = false,
  ) {
    this.told = new Uint8Array(pages)
  }

  /** The guest's new hint: these pages are clean page cache now. */
  receiveHint(softPages: readonly number[]): void {
    this.hint = new Uint8Array(this.pages)
    for (const p of softPages) this.hint[p] = 1
    this.dirtiedSince = new Uint8Array(this.pages)
  }

  filter(captured: DirtyPages): Filtered {
    const hint = this.hint
    const since = this.dirtiedSince
    if (!hint || !since) return { pages: captured, soft: new Int32Array(0) }
    const keep: number[] = []
    for (let i = 0; i < captured.indices.length; i++) {
      const p = captured.indices[i]
      if (this.trustHint && hint[p]) continue
      keep.push(i)
      since[p] = 1
      this.told[p] = 0
    }
    const soft: number[] = []
    for (let p = 0; p < hint.length; p++)
      if (hint[p] && !since[p] && !this.told[p]) {
        soft.push(p)
        this.told[p] = 1
      }
    if (keep.length === captured.indices.length) return { pages: captured, soft: Int32Array.from(soft) }
    return { pages: pickPages(captured, keep), soft: Int32Array.from(soft) }
  }
}
