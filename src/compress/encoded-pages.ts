import type { DirtyPages } from "../memory/guest-memory.ts"

/** How one checkpoint's pages were encoded, for metrics and the experiment. */
export interface EncodeStats {
  pages: number
  raw: number
  zero: number
  /** Pages sent as a delta against their own previous version. */
  deltaSame: number
  /** Pages sent as a delta against another page. */
  deltaRef: number
  /** Pages sent as the blocks whose hash changed (fine-grained dirty regions). */
  blocks: number
  /** Dirty bytes before encoding (pages x 4096). */
  rawBytes: number
  /** Record bytes after encoding: what crosses the wire for the pages. */
  wireBytes: number
}

/** A checkpoint's pages as wire records, back to back, in the order the backup decodes them (ascending pages, or with fine-grained regions the blocks records first). */
export interface EncodedPages {
  readonly bytes: Uint8Array
  /** `offsets[i]` is where page i's record starts in `bytes`; `offsets[pages]` is the end. */
  readonly offsets: Int32Array
  /** `wire[i]`: the wire bytes of the records before page i's; `wire[pages]` is the total (larger than `offsets` where payloads are elided). */
  readonly wire: Int32Array
  readonly stats: EncodeStats
  /** The bytes are the caller's to keep (not the encoder's reused buffer). */
  readonly owned?: boolean
}

/**
 * A compressor's sending side. It keeps what it must know about the backup's
 * image between checkpoints. The records it returns live in its own buffer
 * until its next `encode`, as a NIC's send buffer would: `keep` copies them.
 */
export interface PageEncoder {
  readonly name: string
  encode(pages: DirtyPages): EncodedPages
  /**
   * The backup dropped these pages (soft-page filtering) and holds zeros
   * there until they are sent again: an encoder that references the backup's
   * copies must forget them.
   */
  dropped?(pages: Int32Array): void
  /**
   * The backup got the page's new bytes (the page at `from` in `data`) by
   * other means, ahead of this encoder's records: a blocks record
   * (fine-grained dirty regions), or its own run (the active slave). An
   * encoder that mirrors the backup must take them.
   */
  backupHolds?(page: number, data: Uint8Array, from: number): void
}

/** A copy of borrowed records that outlives the encoder's next checkpoint (a checkpoint in flight). */
export const keep = (e: EncodedPages): EncodedPages => (e.owned ? e : { ...e, bytes: e.bytes.slice(), owned: true })

export const emptyStats = (): EncodeStats => ({ pages: 0, raw: 0, zero: 0, deltaSame: 0, deltaRef: 0, blocks: 0, rawBytes: 0, wireBytes: 0 })

export const addStats = (into: EncodeStats, s: EncodeStats): EncodeStats => {
  for (const k of Object.keys(into) as (keyof EncodeStats)[]) into[k] += s[k]
  return into
}
