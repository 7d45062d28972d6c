import { PAGE_SIZE } from "../memory/page-hash.ts"

/**
 * One page on the replication wire:
 *
 *   u32 page number | u8 kind | u8 reserved | u16 payload length | [u32 reference page] | payload
 *
 * all little-endian. A raw page is 8 + 4096 bytes, which is what the link
 * carried per page before compression existed, so `none` costs the same as it
 * always did. A reference is named by page number: the decoder resolves it in
 * its own image, which holds the committed image of the last checkpoint plus
 * the pages of this checkpoint decoded so far (primer, section 2.1).
 *
 * The reserved byte holds flags. Flag `elidedZeros` on a raw record: its
 * payload is 4096 zero bytes that the wire carries (and the byte counts
 * include) but the simulator does not store; the record takes only its
 * header in a buffer. It is how an all-zero page that the memory knows to be
 * zero (never written) crosses the link without being copied.
 */
export const RECORD_HEADER_BYTES = 8
export const REFERENCE_BYTES = 4
export const RAW_RECORD_BYTES = RECORD_HEADER_BYTES + PAGE_SIZE

export const PageKind = {
  /** The page's bytes. */
  raw: 0,
  /** An all-zero page: no payload. */
  zero: 1,
  /** A delta against the backup's current copy of the same page. */
  deltaSame: 2,
  /** A delta against another page the backup holds (named after the header). */
  deltaRef: 3,
  /**
   * Fine-grained dirty regions: the blocks of the page whose hash changed.
   * Payload: a bitmap of the page's blocks (one bit each, bit b of byte b/8),
   * then the changed blocks' bytes in block order. The block size is
   * 1 << (flags >> 4) bytes (64 to 512), so the record says it itself.
   */
  blocks: 4,
} as const

export type PageKind = (typeof PageKind)[keyof typeof PageKind]

export const RecordFlag = {
  /** A raw page of zeros whose payload is on the wire but not in the buffer. */
  elidedZeros: 1,
} as const

/** A blocks record's flags byte: the log2 of its block size, above the flag bits. */
export const blockShiftFlags = (blockBytes: number): number => Math.log2(blockBytes) << 4

export const blockBytesOf = (flags: number): number => 1 << (flags >> 4)

export const writeRecordHeader = (out: Uint8Array, at: number, page: number, kind: PageKind, payload: number, flags = 0): void => {
  out[at] = page
  out[at + 1] = page >>> 8
  out[at + 2] = page >>> 16
  out[at + 3] = page >>> 24
  out[at + 4] = kind
  out[at + 5] = flags
  out[at + 6] = payload
  out[at + 7] = payload >>> 8
}

export const readU32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0

export const writeU32 = (b: Uint8Array, at: number, v: number): void => {
  b[at] = v
  b[at + 1] = v >>> 8
  b[at + 2] = v >>> 16
  b[at + 3] = v >>> 24
}

/** Bytes the record at `at` takes in a buffer (its header, reference and stored payload). */
export const storedRecordBytes = (b: Uint8Array, at: number): number =>
  RECORD_HEADER_BYTES + (b[at + 4] === PageKind.deltaRef ? REFERENCE_BYTES : 0) + (b[at + 5] & RecordFlag.elidedZeros ? 0 : b[at + 6] | (b[at + 7] << 8))

/** Worst case for n pages: every one raw. */
export const maxEncodedBytes = (pages: number): number => pages * RAW_RECORD_BYTES
