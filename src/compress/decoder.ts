import { smallArrays } from "../memory/arena.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import { PageKind, RECORD_HEADER_BYTES, RecordFlag, REFERENCE_BYTES, blockBytesOf, readU32, storedRecordBytes } from "./page-record.ts"
import { DeltaFormatError, WORDS_PER_PAGE, applyXorDelta } from "./zero-run.ts"

/**
 * The backup's side of every compressor: one decoder for all page kinds.
 * It decodes records in order straight into the image, so a reference
 * resolves to the committed image or to a page decoded earlier in the same
 * checkpoint, the rule the encoders follow. Returns the pages written, in order.
 * `written` (GuestMemory.writtenPages), if given, says which pages of the image
 * may be non-zero: an elided zero page over a page still zero costs nothing,
 * and every page given other content is marked.
 */
export const decodeRecords = (records: Uint8Array, image: Uint8Array, written?: Uint8Array): Int32Array => {
  const words = new Int32Array(image.buffer, image.byteOffset, image.byteLength >>> 2)
  const pagesInImage = image.length / PAGE_SIZE
  const pages: number[] = []
  let at = 0
  while (at < records.length) {
    if (at + RECORD_HEADER_BYTES > records.length) throw new DeltaFormatError(`record header truncated at byte ${at}`)
    const page = readU32(records, at)
    const kind = records[at + 4]
    const elided = (records[at + 5] & RecordFlag.elidedZeros) !== 0
    const length = records[at + 6] | (records[at + 7] << 8)
    const stored = elided ? 0 : length
    if (page >= pagesInImage) throw new DeltaFormatError(`record at byte ${at} names page ${page} of ${pagesInImage}`)
    if (elided && kind !== PageKind.raw) throw new DeltaFormatError(`record at byte ${at}: only a raw record can elide its payload`)
    const payload = at + RECORD_HEADER_BYTES + (kind === PageKind.deltaRef ? REFERENCE_BYTES : 0)
    if (payload + stored > records.length) throw new DeltaFormatError(`record at byte ${at} is truncated`)
    const word = page * WORDS_PER_PAGE
    if (written && kind !== PageKind.zero && !elided) written[page] = 1
    switch (kind) {
      case PageKind.raw:
        if (length !== PAGE_SIZE) throw new DeltaFormatError(`raw record at byte ${at} has ${length} bytes`)
        if (elided) {
          if (!written || written[page]) words.fill(0, word, word + WORDS_PER_PAGE)
        }
        else image.set(records.subarray(payload, payload + PAGE_SIZE), page * PAGE_SIZE)
        break
      case PageKind.zero:
        words.fill(0, word, word + WORDS_PER_PAGE)
        break
      case PageKind.deltaSame:
        applyXorDelta(records, payload, length, words, word)
        break
      case PageKind.deltaRef: {
        const ref = readU32(records, at + RECORD_HEADER_BYTES)
        if (ref >= pagesInImage) throw new DeltaFormatError(`record at byte ${at} references page ${ref} of ${pagesInImage}`)
        words.copyWithin(word, ref * WORDS_PER_PAGE, (ref + 1) * WORDS_PER_PAGE)
        applyXorDelta(records, payload, length, words, word)
        break
      }
      case PageKind.blocks:
        decodeBlocks(records, at, payload, length, image, page)
        break
      default:
        throw new DeltaFormatError(`record at byte ${at} has unknown kind ${kind}`)
    }
    pages.push(page)
    at = payload + stored
  }
  return smallArrays.int32Of(pages)
}

/** A blocks record: each block its bitmap names, in order, over the page in the image. */
const decodeBlocks = (records: Uint8Array, at: number, payload: number, length: number, image: Uint8Array, page: number): void => {
  const blockBytes = blockBytesOf(records[at + 5])
  if (blockBytes < 64 || blockBytes > 512) throw new DeltaFormatError(`blocks record at byte ${at} has block size ${blockBytes}`)
  const blocksPerPage = PAGE_SIZE / blockBytes
  const bitmapBytes = blocksPerPage >>> 3
  let from = payload + bitmapBytes
  for (let b = 0; b < blocksPerPage; b++) {
    if (!(records[payload + (b >>> 3)] & (1 << (b & 7)))) continue
    if (from + blockBytes > payload + length) throw new DeltaFormatError(`blocks record at byte ${at} names more blocks than it carries`)
    image.set(records.subarray(from, from + blockBytes), page * PAGE_SIZE + b * blockBytes)
    from += blockBytes
  }
  if (from !== payload + length) throw new DeltaFormatError(`blocks record at byte ${at} carries ${payload + length - from} bytes its bitmap does not name`)
}

/** The page numbers a run of records will write, without decoding them. */
export const recordPages = (records: Uint8Array): Int32Array => {
  const pages: number[] = []
  for (let at = 0; at < records.length; at += storedRecordBytes(records, at)) pages.push(readU32(records, at))
  return smallArrays.int32Of(pages)
}
