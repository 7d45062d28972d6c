import { PAGE_SIZE } from "../memory/page-hash.ts"
import type { GuestMemory } from "../memory/guest-memory.ts"
import { PageKind, RAW_RECORD_BYTES, readU32, storedRecordBytes, writeRecordHeader } from "../compress/page-record.ts"
import type { Micros } from "../sim/time.ts"
import type { CowReads } from "../transport/checkpoint.ts"
import { concat } from "../common/concat.ts"

/**
 * Copy-on-write transfer on the primary (primer, section 2.2): at the pause
 * the hypervisor write-protects the checkpoint's dirty pages instead of
 * copying them, and resumes the guest. The adapter then reads each page
 * straight from guest memory as it sends it. A guest write to a protected
 * page the adapter has not read yet faults: the hypervisor copies the page
 * first (that copy is what the checkpoint carries) and lifts the protection.
 * A page left unprotected (planted bug cow-missing-protect) is read as it is
 * when the adapter gets to it, with whatever the guest wrote since the pause.
 *
 * The simulation keeps the pause's contents as the checkpoint's records (what
 * a correct copy-on-write delivers), counts the protection faults (the
 * guest's cost: a copy each), and rebuilds from live memory the records of
 * unprotected pages that the guest wrote before the adapter read them.
 */
export class CowTransfer {
  private readonly windows: CowWindow[] = []

  constructor(
    private readonly memory: GuestMemory,
    private readonly chunkPages: number,
    /** Which dirty pages the hypervisor write-protects (planted bug: every other one). */
    private readonly protects: "every-page" | "every-other-page",
    /** Run the guest up to now (its execution is lazy), before the adapter reads live memory. */
    private readonly catchUp: () => void,
  ) {}

  /** Checkpoint `epoch`'s pages (its records at the pause, in send order) are protected from now on. */
  open(epoch: number, records: Uint8Array): CowReads {
    const pages: number[] = []
    for (let at = 0; at < records.length; at += storedRecordBytes(records, at)) pages.push(readU32(records, at))
    const w = new CowWindow(epoch, pages, this.chunkPages, this.protects)
    this.windows.push(w)
    return {
      partStarts: (part, atUs) => w.starts.set(part, atUs),
      read: (part, atPause) => {
        // The guest's slices up to now run first: what they wrote before this read is what the adapter finds.
        this.catchUp()
        return w.livePages.size ? w.readLive(part, atPause, this.memory) : atPause
      },
    }
  }

  /** The guest's first write to `page` since the last capture, at `atUs` (its slice's instant). */
  firstWrite(page: number, atUs: Micros): void {
    for (const w of this.windows) w.written(page, atUs)
  }

  /** Windows whose every part the adapter has read by `now`: done, with the copies their protection cost. */
  closeRead(now: Micros): Array<{ epoch: number; copies: number }> {
    const done = this.windows.filter((w) => w.allReadBy(now))
    for (const w of done) this.windows.splice(this.windows.indexOf(w), 1)
    return done.map((w) => ({ epoch: w.epoch, copies: w.copies }))
  }
}

class CowWindow {
  /** Part (from 1) of each page, and whether it is write-protected. */
  private readonly partOf = new Map<number, { part: number; protectedPage: boolean }>()
  readonly starts = new Map<number, Micros>()
  readonly livePages = new Set<number>()
  private readonly parts: number
  copies = 0

  constructor(
    readonly epoch: number,
    pages: readonly number[],
    chunkPages: number,
    protects: "every-page" | "every-other-page",
  ) {
    pages.forEach((page, i) => {
      const part = 1 + Math.floor(i / chunkPages)
      // The planted bug's protect loop steps two pages at a time.
      this.partOf.set(page, { part, protectedPage: protects === "every-page" || i % 2 === 0 })
    })
    this.parts = Math.ceil(pages.length / chunkPages)
  }

  /** Has the adapter read `part` by `t`? (Not scheduled yet: not read.) */
  private readBy(part: number, t: Micros): boolean {
    const s = this.starts.get(part)
    return s !== undefined && s <= t
  }

  written(page: number, atUs: Micros): void {
    const p = this.partOf.get(page)
    if (!p || this.readBy(p.part, atUs)) return
    if (p.protectedPage) this.copies++
    else this.livePages.add(page)
    // Either way the page is the guest's again: one fault per page at most.
    this.partOf.delete(page)
  }

  allReadBy(now: Micros): boolean {
    for (let part = 1; part <= this.parts; part++) if (!this.readBy(part, now)) return false
    return true
  }

  /** The part's records, with the pages the guest wrote unprotected replaced by what memory holds now. */
  readLive(part: number, atPause: Uint8Array, memory: GuestMemory): Uint8Array {
    const out: Uint8Array[] = []
    let changed = false
    for (let at = 0; at < atPause.length; ) {
      const n = storedRecordBytes(atPause, at)
      const page = readU32(atPause, at)
      if (this.livePages.has(page)) {
        const record = new Uint8Array(RAW_RECORD_BYTES)
        writeRecordHeader(record, 0, page, PageKind.raw, PAGE_SIZE)
        record.set(memory.bytes.subarray(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), 8)
        out.push(record)
        changed = true
      } else out.push(atPause.subarray(at, at + n))
      at += n
    }
    return changed ? concat(out, (n) => new Uint8Array(n)) : atPause
  }
}
