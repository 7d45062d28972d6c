/**
 * Recordings of a real process's memory, replayed by the simulator as a guest's dirty pages.
 *
 * File layout (format "epochlab-recording", version 1):
 *
 *   "EPLREC1\n"                        8 bytes, uncompressed
 *   zlib deflate stream of the body:
 *     u32 n                            length of the header
 *     n bytes of JSON                  {format, version, command, intervalMs, pageSize, pages, method, epochs}
 *     per epoch, `epochs` times:
 *       u32 count                      pages dirtied in this epoch
 *       count x u32                    their page numbers, strictly ascending, each < pages
 *       count x 4096 bytes             their contents, in the same order
 *
 * Every integer is little-endian. Epoch 0 is the full snapshot; every page number
 * 0..pages-1 appears in at least one epoch.
 */
import { readFileSync } from "node:fs"
import { writeFileAtomic } from "../io/atomic-write.ts"
import { deflateSync, inflateSync } from "node:zlib"

export const PAGE_SIZE = 4096
export const FORMAT = "epochlab-recording"
export const VERSION = 1
const MAGIC = Buffer.from("EPLREC1\n", "latin1")
const METHODS = ["soft-dirty", "compare"] as const

/** One epoch: the page numbers written in it (ascending) and their bytes back to back, 4096 each. */
export interface RecordedEpoch {
  readonly indices: Int32Array
  readonly data: Uint8Array
}

export interface Recording {
  readonly command: readonly string[]
  readonly intervalMs: number
  /** Distinct page numbers used: 0..pages-1. */
  readonly pages: number
  /** How dirty pages were found: kernel soft-dirty bits, or comparing contents with the previous snapshot. */
  readonly method: "soft-dirty" | "compare"
  /** epochs[0] is the full snapshot. */
  readonly epochs: readonly RecordedEpoch[]
}

/** A recording that cannot be read or written; the message is one line naming the file. */
export class RecordingError extends Error {}

interface Header {
  format: string
  version: number
  command: string[]
  intervalMs: number
  pageSize: number
  pages: number
  method: Recording["method"]
  epochs: number
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`

/** Checks what encoding and decoding both rely on; `fail` throws. */
const checkEpochs = (epochs: readonly RecordedEpoch[], pages: number, fail: (msg: string) => never): void => {
  const seen = new Uint8Array(pages)
  epochs.forEach((e, k) => {
    if (e.data.length !== e.indices.length * PAGE_SIZE)
      fail(`epoch ${k} has ${plural(e.indices.length, "page")} but ${e.data.length} bytes of data (expected ${e.indices.length * PAGE_SIZE})`)
    let prev = -1
    for (const p of e.indices) {
      if (!Number.isInteger(p) || p < 0 || p >= pages) fail(`epoch ${k}: page number ${p} is out of range (pages: ${pages})`)
      if (p <= prev) fail(`epoch ${k}: page numbers are not strictly ascending (${p} after ${prev})`)
      seen[p] = 1
      prev = p
    }
  })
  const missing = seen.indexOf(0)
  if (missing >= 0) fail(`header says ${plural(pages, "page")} but page ${missing} appears in no epoch`)
}

/** The recording as file bytes: magic, then the deflated body. */
export const encodeRecording = (rec: Recording, source = "recording"): Uint8Array => {
  const fail = (msg: string): never => {
    throw new RecordingError(`${source}: cannot encode: ${msg}`)
  }
  if (!Number.isSafeInteger(rec.pages) || rec.pages < 0 || rec.pages > 0x7fffffff) fail(`pages must be an integer from 0 to 2^31-1, got ${rec.pages}`)
  if (!(METHODS as readonly string[]).includes(rec.method)) fail(`unknown method "${rec.method}"`)
  if (!(Number.isFinite(rec.intervalMs) && rec.intervalMs > 0)) fail(`intervalMs must be a positive number, got ${rec.intervalMs}`)
  if (rec.epochs.length === 0) fail("no epochs")
  checkEpochs(rec.epochs, rec.pages, fail)
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    command: [...rec.command],
    intervalMs: rec.intervalMs,
    pageSize: PAGE_SIZE,
    pages: rec.pages,
    method: rec.method,
    epochs: rec.epochs.length,
  }
  const json = Buffer.from(JSON.stringify(header), "utf8")
  let size = 4 + json.length
  for (const e of rec.epochs) size += 4 + e.indices.length * 4 + e.data.length
  const body = Buffer.allocUnsafe(size)
  let at = body.writeUInt32LE(json.length, 0)
  at += json.copy(body, at)
  for (const e of rec.epochs) {
    at = body.writeUInt32LE(e.indices.length, at)
    for (const p of e.indices) at = body.writeUInt32LE(p, at)
    body.set(e.data, at)
    at += e.data.length
  }
  return Buffer.concat([MAGIC, deflateSync(body, { level: 6 })])
}

/** Parse and validate file bytes; `source` (usually the path) starts every error message. */
export const decodeRecording = (bytes: Uint8Array, source = "recording"): Recording => {
  const fail = (msg: string): never => {
    throw new RecordingError(`${source}: ${msg}`)
  }
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (file.length < MAGIC.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    if (file.length < MAGIC.length && MAGIC.subarray(0, file.length).equals(file)) fail(`truncated (${plural(file.length, "byte")}, not even the magic)`)
    fail(`not an epochlab recording (bad magic; expected "EPLREC1\\n")`)
  }
  let body: Buffer
  try {
    body = inflateSync(file.subarray(MAGIC.length))
  } catch (e) {
    const why = ((e as Error).message || String(e)).split("\n")[0]
    return fail(`compressed body is damaged or truncated (zlib: ${why})`)
  }
  if (body.length < 4) fail("truncated before the header length")
  const headerLength = body.readUInt32LE(0)
  if (body.length < 4 + headerLength) fail(`header is truncated (expected ${headerLength} bytes, found ${body.length - 4})`)
  let raw: unknown
  try {
    raw = JSON.parse(body.toString("utf8", 4, 4 + headerLength))
  } catch {
    fail("header is not valid JSON")
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("header is not a JSON object")
  const h = raw as Record<string, unknown>
  if (h.format !== FORMAT) fail(`header format is ${JSON.stringify(h.format)}, expected "${FORMAT}"`)
  if (h.version !== VERSION) fail(`unsupported version ${JSON.stringify(h.version)} (this epochlab reads version ${VERSION})`)
  if (!Array.isArray(h.command) || !h.command.every((c) => typeof c === "string")) fail("header command must be an array of strings")
  if (typeof h.intervalMs !== "number" || !Number.isFinite(h.intervalMs) || h.intervalMs <= 0)
    fail(`header intervalMs must be a positive number, got ${JSON.stringify(h.intervalMs)}`)
  if (h.pageSize !== PAGE_SIZE) fail(`header pageSize is ${JSON.stringify(h.pageSize)}, only ${PAGE_SIZE} is supported`)
  const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= 0x7fffffff
  if (!isCount(h.pages)) fail(`header pages must be a non-negative integer, got ${JSON.stringify(h.pages)}`)
  if (!METHODS.includes(h.method as Recording["method"])) fail(`header method must be "soft-dirty" or "compare", got ${JSON.stringify(h.method)}`)
  if (!isCount(h.epochs) || h.epochs < 1) fail(`header epochs must be a positive integer, got ${JSON.stringify(h.epochs)}`)
  const header = h as unknown as Header

  const epochs: RecordedEpoch[] = []
  let at = 4 + headerLength
  for (let k = 0; k < header.epochs; k++) {
    if (body.length - at < 4) fail(`epoch ${k} is missing (header says ${plural(header.epochs, "epoch")}, found ${k})`)
    const count = body.readUInt32LE(at)
    at += 4
    if (count > header.pages) fail(`epoch ${k} claims ${plural(count, "page")}, more than the ${header.pages} in the recording`)
    if (body.length - at < count * 4)
      fail(`epoch ${k} is truncated (expected ${count * 4} bytes of page numbers, found ${body.length - at})`)
    const indices = new Int32Array(count)
    for (let i = 0, prev = -1; i < count; i++, at += 4) {
      const p = body.readUInt32LE(at)
      if (p >= header.pages) fail(`epoch ${k}: page number ${p} is out of range (pages: ${header.pages})`)
      if (p <= prev) fail(`epoch ${k}: page numbers are not strictly ascending (${p} after ${prev})`)
      indices[i] = prev = p
    }
    const size = count * PAGE_SIZE
    if (body.length - at < size) fail(`epoch ${k} is truncated (expected ${size} bytes of page data, found ${body.length - at})`)
    epochs.push({ indices, data: new Uint8Array(body.buffer, body.byteOffset + at, size) })
    at += size
  }
  if (at !== body.length) fail(`${plural(body.length - at, "unexpected byte")} after the last epoch`)
  checkEpochs(epochs, header.pages, fail)
  return { command: header.command, intervalMs: header.intervalMs, pages: header.pages, method: header.method, epochs }
}

export const readRecording = (path: string): Recording => {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    throw new RecordingError(`${path}: cannot read (${err.code ?? err.message})`)
  }
  return decodeRecording(bytes, path)
}

export const writeRecording = (path: string, rec: Recording): void => {
  const bytes = encodeRecording(rec, path)
  try {
    writeFileAtomic(path, bytes)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    throw new RecordingError(`${path}: cannot write (${err.code ?? err.message})`)
  }
}
