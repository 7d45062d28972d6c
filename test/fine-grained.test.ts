import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { BLOCK_SIZES, BlockHashTable, type BlockBytes } from "../src/compress/block-hashes.ts"
import { compressors, makeEncoder, type CompressorName } from "../src/compress/compressors.ts"
import { decodeRecords, recordPages } from "../src/compress/decoder.ts"
import { DeltaFormatError } from "../src/compress/zero-run.ts"
import { PageKind, RECORD_HEADER_BYTES, blockShiftFlags, writeRecordHeader } from "../src/compress/page-record.ts"
import { GuestMemory } from "../src/memory/guest-memory.ts"
import { PAGE_SIZE } from "../src/memory/page-hash.ts"
import { remusFine } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import { factsOf } from "./helpers.ts"

const PAGES = 24

/** One guest write: a few words, a cleared page, a page of fresh bytes, or a page copied over another. */
type Write = { kind: "words"; page: number; word: number; count: number; value: number } | { kind: "zero"; page: number } | { kind: "fill"; page: number; seed: number } | { kind: "copy"; from: number; to: number }

const writeArb: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant("words" as const), page: fc.nat(PAGES - 1), word: fc.nat(1023), count: fc.integer({ min: 1, max: 40 }), value: fc.integer() }),
  fc.record({ kind: fc.constant("zero" as const), page: fc.nat(PAGES - 1) }),
  fc.record({ kind: fc.constant("fill" as const), page: fc.nat(PAGES - 1), seed: fc.integer() }),
  fc.record({ kind: fc.constant("copy" as const), from: fc.nat(PAGES - 1), to: fc.nat(PAGES - 1) }),
)

const perform = (m: GuestMemory, w: Write): void => {
  switch (w.kind) {
    case "words":
      for (let i = 0; i < w.count; i++) m.writeWord(w.page, (w.word + i) & 1023, w.value + i)
      return
    case "zero":
      return void m.writable(w.page).fill(0)
    case "fill": {
      const b = m.writable(w.page)
      let x = w.seed | 1
      for (let i = 0; i < PAGE_SIZE; i++) b[i] = x = (Math.imul(x, 1103515245) + 12345) | 0
      return
    }
    case "copy":
      return void m.writable(w.to).set(m.bytes.slice(w.from * PAGE_SIZE, (w.from + 1) * PAGE_SIZE))
  }
}

/** Epochs of writes through the fine-grained encoder and the decoder: the first epoch whose backup image differs, or -1. */
const firstMismatch = (compressor: CompressorName, blockBytes: BlockBytes, epochs: Write[][], stale = false): number => {
  const primary = new GuestMemory(PAGES)
  const backup = new Uint8Array(PAGES * PAGE_SIZE)
  const encoder = makeEncoder({ compressor, xbzrleCachePages: 6, blockBytes }, PAGES, { staleBlockHashes: stale })
  primary.markAllDirty()
  for (let e = 0; e < epochs.length; e++) {
    for (const w of epochs[e]) perform(primary, w)
    const pages = primary.capture()
    const encoded = encoder.encode(pages)
    // Exact accounting: every record byte is on the wire, and every captured page has a record.
    expect(encoded.stats.wireBytes).toBe(encoded.bytes.length)
    expect([...recordPages(encoded.bytes)].sort((a, b) => a - b)).toEqual([...pages.indices])
    decodeRecords(encoded.bytes, backup)
    if (Buffer.compare(Buffer.from(backup), Buffer.from(primary.bytes)) !== 0) return e
  }
  return -1
}

const epochsArb = fc.array(fc.array(writeArb, { maxLength: 10 }), { minLength: 1, maxLength: 8 })

describe("fine-grained dirty regions", () => {
  for (const { name } of compressors)
    test.prop([fc.constantFrom(...BLOCK_SIZES), epochsArb])(`in front of ${name}: the backup decodes exactly the primary's pages, checkpoint after checkpoint`, (blockBytes, epochs) => {
      expect(firstMismatch(name, blockBytes, epochs)).toBe(-1)
    })

  it("a page changed in one word costs its header, bitmap and one block; an unchanged dirty page its header and bitmap", () => {
    for (const blockBytes of BLOCK_SIZES) {
      const m = new GuestMemory(4)
      const encoder = makeEncoder({ compressor: "none", xbzrleCachePages: 0, blockBytes }, 4)
      m.writeWord(1, 0, 7)
      encoder.encode(m.capture())
      m.writeWord(1, 100, 9) // one block changes
      m.writeWord(2, 5, 0) // dirty, but still zeros: nothing changed
      const e = encoder.encode(m.capture())
      const bitmap = PAGE_SIZE / blockBytes / 8
      expect(e.stats.blocks).toBe(2)
      expect(e.stats.wireBytes).toBe(2 * (RECORD_HEADER_BYTES + bitmap) + blockBytes)
    }
  })

  it("a page changed throughout goes to the compressor whole; the table costs 8 bytes per block", () => {
    const m = new GuestMemory(2)
    const encoder = makeEncoder({ compressor: "zero", xbzrleCachePages: 0, blockBytes: 64 }, 2)
    const b = m.writable(0)
    for (let i = 0; i < PAGE_SIZE; i++) b[i] = i | 1
    const e = encoder.encode(m.capture())
    expect(e.bytes[4]).toBe(PageKind.raw)
    expect(e.stats.raw).toBe(1)
    expect(new BlockHashTable(1024, 64).bytes).toBe(1024 * 64 * 8)
    expect(new BlockHashTable(1024, 512).bytes).toBe(1024 * 8 * 8)
  })

  it("the planted block-hash-stale slip loses a block that returns to an older value", () => {
    // A page filled (sent whole), then cleared: the stale table still says "zeros" for every block.
    const epochs: Write[][] = [[{ kind: "fill", page: 3, seed: 5 }], [{ kind: "zero", page: 3 }]]
    expect(firstMismatch("none", 128, epochs)).toBe(-1)
    expect(firstMismatch("none", 128, epochs, true)).toBe(1)
  })

  it("a malformed blocks record is a format error, not a wrong image", () => {
    const records = new Uint8Array(RECORD_HEADER_BYTES + 8 + 64)
    writeRecordHeader(records, 0, 0, PageKind.blocks, 8 + 64, blockShiftFlags(64))
    records[RECORD_HEADER_BYTES] = 0b11 // two blocks named, one carried
    expect(() => decodeRecords(records, new Uint8Array(PAGE_SIZE))).toThrow(DeltaFormatError)
    records[RECORD_HEADER_BYTES] = 0
    expect(() => decodeRecords(records, new Uint8Array(PAGE_SIZE))).toThrow(/does not name/)
  })
})

describe("remus-fine", () => {
  const short = { ...remusFine, durationUs: 700_000 }
  const failed = (r: ReturnType<typeof runScenario>) => r.verdicts.filter((v) => !v.ok).map((v) => `${v.property}: ${v.witness?.message}`)

  it("every property holds with and without a primary crash, and far fewer bytes cross the link than whole pages", () => {
    const calm = runScenario(short, 3)
    expect(failed(calm)).toEqual([])
    expect(calm.metrics.replicationBytes).toBeLessThan(calm.metrics.dirtyPages * PAGE_SIZE * 0.6)
    const crash = runScenario(short, 3, [{ kind: "crash", host: "primary", atUs: 450_000 }])
    expect(failed(crash)).toEqual([])
    expect(crash.metrics.failover?.restoredEpoch).toBeGreaterThan(0)
    expect(factsOf(crash.trace.facts, "apply").every((f) => typeof f.pagesDigest === "string")).toBe(true)
  })

  it("with the planted bug, compression-roundtrip fails without any fault", () => {
    const bad = runScenario({ ...remusFine, durationUs: 300_000 }, 1, [], "block-hash-stale")
    expect(bad.verdicts.find((v) => v.property === "compression-roundtrip")?.ok).toBe(false)
  })

  it("known-zero pages of the initial sync cost a header and a bitmap each: the backup's image starts as zeros too", () => {
    const r = runScenario({ ...remusFine, durationUs: 100_000 }, 1)
    const first = factsOf(r.trace.facts, "checkpoint-sent").find((f) => f.epoch === 0)!
    expect(first.pages).toBe(remusFine.host.pages)
    expect(first.bytes).toBeLessThan(remusFine.host.pages * (RECORD_HEADER_BYTES + 4 + 32) + 64 * 1024)
  })
})

