import { RAW_RECORD_BYTES } from "../../compress/page-record.ts"
import type { EncodedPages } from "../../compress/encoded-pages.ts"
import { softSetBytes, type Checkpoint } from "../checkpoint.ts"
import type { HashesPayload, HeaderPayload, PagesPayload, ReplMessage } from "../transport.ts"

/**
 * How a checkpoint crosses the link: a header part (vCPU, devices, the
 * epoch's packets), page parts of up to `chunkPages` page records each (the
 * compressor's binary format, `src/compress/page-record.ts`), then a commit
 * record naming the number of parts. Byte counts are what the wire would carry.
 */
export const HEADER_PART_BYTES = 64
/** A raw page on the wire: the largest a page record gets. */
export const PAGE_ENTRY_BYTES = RAW_RECORD_BYTES
export const PART_OVERHEAD_BYTES = 16
export const COMMIT_BYTES = 32
export const ACK_BYTES = 32
/** Active slave: a hash list names each page (4 bytes) and its fingerprint (8); an input is its tick, client and request number. */
const HASH_ENTRY_BYTES = 12
const INPUT_RECORD_BYTES = 16
/** The need list: a bitmap over the hash list, after a fixed header. */
export const needBytes = (listed: number): number => ACK_BYTES + Math.ceil(listed / 8)

export const hashesPartBytes = (h: HashesPayload): number => PART_OVERHEAD_BYTES + 8 + h.pages.length * HASH_ENTRY_BYTES + h.inputs.length * INPUT_RECORD_BYTES
export const HEARTBEAT_BYTES = 32
const SEGMENT_RECORD_BYTES = 24
const DISK_WRITE_RECORD_BYTES = 16

export interface WireMessage {
  message: ReplMessage
  bytes: number
}


export const encodeCheckpoint = (cp: Checkpoint, chunkPages: number): WireMessage[] => {
  const out: WireMessage[] = []
  const pages = cp.pages.stats.pages
  const header: HeaderPayload = { kind: "header", vcpu: cp.vcpu, device: cp.device, output: cp.output, disk: cp.disk, soft: cp.soft, releasedThrough: cp.releasedThrough, ...(cp.clientAcked ? { clientAcked: cp.clientAcked } : {}) }
  const headerBytes =
    HEADER_PART_BYTES +
    cp.stateBytes +
    cp.output.reduce((n, s) => n + s.len + SEGMENT_RECORD_BYTES, 0) +
    cp.disk.reduce((n, w) => n + w.bytes.length + DISK_WRITE_RECORD_BYTES, 0) +
    softSetBytes(cp.soft)
  out.push({ message: { kind: "part", epoch: cp.epoch, part: 0, pages: 0, payload: header }, bytes: headerBytes })
  // Parts sent early (speculative state transfer) are 1..early.parts: this checkpoint's own page parts follow them.
  const early = cp.early ?? { parts: 0, pages: 0 }
  out.push(...encodePageParts(cp.epoch, cp.pages, chunkPages, early.parts + 1))
  out.push({ message: { kind: "commit", epoch: cp.epoch, parts: early.parts + out.length, pages: early.pages + pages }, bytes: COMMIT_BYTES })
  return out
}

/** Page records as parts of up to `chunkPages` records each, numbered from `firstPart`; `early`: sent before the checkpoint (speculative state transfer). */
export const encodePageParts = (epoch: number, encoded: EncodedPages, chunkPages: number, firstPart: number, early = false): WireMessage[] => {
  const out: WireMessage[] = []
  const { bytes, offsets, wire, stats } = encoded
  for (let first = 0, part = firstPart; first < stats.pages; first += chunkPages, part++) {
    const n = Math.min(chunkPages, stats.pages - first)
    const records = bytes.subarray(offsets[first], offsets[first + n])
    const payload: PagesPayload = { kind: "pages", records, ...(early ? { early } : {}) }
    out.push({ message: { kind: "part", epoch, part, pages: n, payload }, bytes: PART_OVERHEAD_BYTES + wire[first + n] - wire[first] })
  }
  return out
}
