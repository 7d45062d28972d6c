import type { PageEncoder } from "./encoded-pages.ts"
import { RawEncoder, SimilarityEncoder, XbzrleEncoder, ZeroPageEncoder } from "./encoders.ts"
import type { BlockBytes } from "./block-hashes.ts"
import { FineGrainedEncoder } from "./fine-grained-encoder.ts"

/** The page compressors a scenario can choose (primer, section 2.1). */
export const compressors = [
  { name: "none", summary: "every dirty page raw (4096 bytes + an 8-byte record header)" },
  { name: "zero", summary: "zero-page detection; other pages raw" },
  { name: "xbzrle", summary: "QEMU's XBZRLE: XOR against an LRU cache of previously sent copies of the same page, zero runs encoded" },
  { name: "similarity", summary: "bit-projection similarity: the best delta against the page's previous version or a similar page the backup holds" },
] as const

export type CompressorName = (typeof compressors)[number]["name"]

export const isCompressorName = (s: string): s is CompressorName => compressors.some((c) => c.name === s)

export interface CompressionParams {
  compressor: CompressorName
  /** XBZRLE's cache size in pages. */
  xbzrleCachePages: number
  /** Fine-grained dirty regions in front of the compressor (primer, section 2.6): the block size; absent, whole pages. */
  blockBytes?: BlockBytes
}

/** The backup decodes records other than raw pages, so both hosts digest the pages (compression-roundtrip). */
export const decodesRecords = (params: CompressionParams): boolean => params.compressor !== "none" || params.blockBytes !== undefined

/** XBZRLE's cache where a scenario does not say: a quarter of guest memory (QEMU's default is a fixed 64 MiB whatever the VM's size). */
export const defaultXbzrleCachePages = (pages: number): number => Math.max(1, Math.floor(pages / 4))

/**
 * A fresh encoder for a VM of `pages` pages, with fine-grained dirty regions
 * in front if the scenario asks; `bugs` plants those bugs; `allocate` gives the buffers of records a caller keeps (a
 * kernel's scratch buffers, recycled once the backup has applied them).
 */
export const makeEncoder = (params: CompressionParams, pages: number, bugs: EncoderBugs = {}, allocate?: (bytes: number) => Uint8Array): PageEncoder => {
  if (params.blockBytes === undefined) return makeCompressor(params, pages, bugs.staleReferences, allocate)
  return new FineGrainedEncoder(makeCompressor(params, pages, bugs.staleReferences), pages, params.blockBytes, bugs.staleBlockHashes, allocate)
}

/** Planted bugs that live in an encoder. */
export interface EncoderBugs {
  /** `stale-delta-reference`. */
  staleReferences?: boolean
  /** `block-hash-stale`. */
  staleBlockHashes?: boolean
}

const makeCompressor = (params: CompressionParams, pages: number, staleReferences = false, allocate?: (bytes: number) => Uint8Array): PageEncoder => {
  switch (params.compressor) {
    case "none":
      return new RawEncoder(allocate)
    case "zero":
      return new ZeroPageEncoder()
    case "xbzrle":
      return new XbzrleEncoder(pages, params.xbzrleCachePages)
    case "similarity":
      return new SimilarityEncoder(pages, staleReferences)
  }
}
