import { deflateRawSync, inflateRawSync } from "node:zlib"
import { performance } from "node:perf_hooks"
import { compressors, defaultXbzrleCachePages, makeEncoder, type CompressorName } from "../compress/compressors.ts"
import { decodeRecords } from "../compress/decoder.ts"
import { addStats, emptyStats, type EncodeStats } from "../compress/encoded-pages.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import type { EpochSequence } from "./epoch-sequence.ts"

/** One row of `epochlab experiment compression`. */
export interface CompressionRow {
  workload: string
  compressor: CompressorName | "deflate"
  /** Raw dirty bytes / bytes sent (page records, or deflate's output). */
  ratio: number
  encodeMBps: number
  decodeMBps: number
  /** Share of dirty pages sent as a delta against a reference (null for deflate, which has none). */
  hitRate: number | null
  /** Share of dirty pages sent as zero pages (null for deflate). */
  zeroRate: number | null
  /** XBZRLE's cache, in pages (null for the others). */
  cachePages: number | null
}

export interface MeasureOptions {
  /** Repeat the timed passes until at least this much time was spent on each side. */
  minTimeMs: number
}

/** XBZRLE's cache sizes in the experiment: a quarter of the workload's pages (as in the compressed scenarios), and all of them. */
export const experimentCacheSizes = (pages: number): number[] => [defaultXbzrleCachePages(pages), pages]

/**
 * Compress a workload's checkpoints with one compressor on one core: encode
 * every epoch after the initial copy, decode each into a backup image, check
 * the image equals the primary's at the end (a wrong decode is an error, not
 * a figure), and time both sides over repeated fresh passes.
 */
export const measureCompressor = (seq: EpochSequence, compressor: CompressorName, opts: MeasureOptions, cachePages = 0): CompressionRow => {
  const params = { compressor, xbzrleCachePages: cachePages }
  const expected = finalImage(seq)
  let stats: EncodeStats = emptyStats()
  let encodeMs = 0
  let decodeMs = 0
  let passes = 0
  let rawBytes = 0
  while (passes === 0 || encodeMs < opts.minTimeMs || decodeMs < opts.minTimeMs) {
    const encoder = makeEncoder(params, seq.pages)
    const image = new Uint8Array(seq.pages * PAGE_SIZE)
    decodeRecords(encoder.encode(seq.epochs[0]).bytes, image)
    const passStats = emptyStats()
    // Each checkpoint is decoded before the next is encoded: the records live in the encoder's buffer, as on a real sender.
    for (let e = 1; e < seq.epochs.length; e++) {
      let t = performance.now()
      const pages = encoder.encode(seq.epochs[e])
      encodeMs += performance.now() - t
      t = performance.now()
      decodeRecords(pages.bytes, image)
      decodeMs += performance.now() - t
      addStats(passStats, pages.stats)
      if (passes === 0) checkEpoch(seq, e, image, compressor)
    }
    if (passes === 0) {
      if (Buffer.compare(Buffer.from(image.buffer), Buffer.from(expected.buffer)) !== 0)
        throw new Error(`${compressor} decoded ${seq.name} to a different image`)
      stats = passStats
      rawBytes = stats.rawBytes
    }
    passes++
  }
  return {
    workload: seq.name,
    compressor,
    ratio: rawBytes / Math.max(1, stats.wireBytes),
    encodeMBps: mbps(rawBytes * passes, encodeMs),
    decodeMBps: mbps(rawBytes * passes, decodeMs),
    hitRate: (stats.deltaSame + stats.deltaRef) / Math.max(1, stats.pages),
    zeroRate: stats.zero / Math.max(1, stats.pages),
    cachePages: compressor === "xbzrle" ? cachePages : null,
  }
}

/** deflate (zlib, level 1 as QEMU's multifd zlib uses), each checkpoint's dirty pages on their own: the general-purpose reference. */
export const measureDeflate = (seq: EpochSequence, opts: MeasureOptions): CompressionRow => {
  const epochs = seq.epochs.slice(1).map((e) => e.data)
  const rawBytes = epochs.reduce((n, d) => n + d.length, 0)
  let wireBytes = 0
  let encodeMs = 0
  let decodeMs = 0
  let passes = 0
  while (passes === 0 || encodeMs < opts.minTimeMs || decodeMs < opts.minTimeMs) {
    let t = performance.now()
    const out = epochs.map((d) => deflateRawSync(d, { level: 1 }))
    encodeMs += performance.now() - t
    t = performance.now()
    for (const d of out) inflateRawSync(d)
    decodeMs += performance.now() - t
    if (passes === 0) wireBytes = out.reduce((n, d) => n + d.length, 0)
    passes++
  }
  return { workload: seq.name, compressor: "deflate", ratio: rawBytes / Math.max(1, wireBytes), encodeMBps: mbps(rawBytes * passes, encodeMs), decodeMBps: mbps(rawBytes * passes, decodeMs), hitRate: null, zeroRate: null, cachePages: null }
}

export const compressionRows = (sequences: readonly EpochSequence[], opts: MeasureOptions): CompressionRow[] =>
  sequences.flatMap((seq) => [
    ...compressors.flatMap((c) =>
      c.name === "xbzrle" ? experimentCacheSizes(seq.pages).map((size) => measureCompressor(seq, c.name, opts, size)) : [measureCompressor(seq, c.name, opts)],
    ),
    measureDeflate(seq, opts),
  ])

/** After decoding epoch e, the backup holds exactly that epoch's pages (a later raw page must not hide a wrong decode). */
const checkEpoch = (seq: EpochSequence, e: number, image: Uint8Array, compressor: string): void => {
  const { indices, data } = seq.epochs[e]
  for (let i = 0; i < indices.length; i++) {
    const want = data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE)
    const got = image.subarray(indices[i] * PAGE_SIZE, (indices[i] + 1) * PAGE_SIZE)
    if (Buffer.compare(want, got) !== 0) throw new Error(`${compressor} decoded page ${indices[i]} of ${seq.name} epoch ${e} wrongly`)
  }
}

const mbps = (bytes: number, ms: number): number => (ms <= 0 ? Infinity : bytes / 1e6 / (ms / 1000))

/** The primary's memory after every epoch: what a correct backup must end up holding. */
const finalImage = (seq: EpochSequence): Uint8Array => {
  const image = new Uint8Array(seq.pages * PAGE_SIZE)
  for (const e of seq.epochs)
    for (let i = 0; i < e.indices.length; i++) image.set(e.data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), e.indices[i] * PAGE_SIZE)
  return image
}
