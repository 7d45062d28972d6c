/**
 * XOR + zero-run encoding of one page against a reference page, the delta
 * format every page compressor here shares (QEMU's XBZRLE idea, at 32-bit
 * word granularity so the scan runs on words):
 *
 *   repeat { zeroWords: uleb128, changedWords: uleb128, changedWords x 4 bytes (new XOR ref, little-endian) }
 *
 * A trailing run of equal words is implicit. Encoding gives up (returns -1) as
 * soon as the output would exceed `limit` bytes, so trying a poor candidate
 * costs little. No allocation: pages are read through Int32Array views.
 */

export const WORDS_PER_PAGE = 1024

/** A page array seen two ways: 32-bit words for the format, 64-bit floats to compare two words at a time. */
export interface PageWords {
  readonly i32: Int32Array
  readonly f64: Float64Array
}

/** Both views of page data; data not 8-byte aligned is copied first (pages are 4096-byte multiples). */
export const pageWords = (bytes: Uint8Array): PageWords => {
  const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice()
  return { i32: new Int32Array(b.buffer, b.byteOffset, b.byteLength >>> 2), f64: new Float64Array(b.buffer, b.byteOffset, b.byteLength >>> 3) }
}

/**
 * Encode page `cur` at word `curWord` against `ref` at word `refWord` (both
 * multiples of 1024) into `out` at `at`. Returns the encoded length, or -1 if
 * it would exceed `limit`.
 *
 * JS has no 64-bit integer compare, so equal runs are skipped two words at a
 * time by comparing float64s: equal floats have equal bits except +0 and -0
 * (told apart by their high word), and a NaN never equals itself, which only
 * sends the scan to the word-by-word compare. One function, no calls: real
 * pages alternate short runs, and a call per run would cost more than the run.
 */
export const encodeXorDelta = (cur: PageWords, curWord: number, ref: PageWords, refWord: number, out: Uint8Array, at: number, limit: number): number => {
  const c = cur.i32
  const r = ref.i32
  const c64 = cur.f64
  const r64 = ref.f64
  const end = at + limit
  const last = curWord + WORDS_PER_PAGE
  const shift = refWord - curWord
  const half = shift >> 1 // both multiples of 1024, so the float64 views line up too
  let o = at
  let i = curWord
  while (i < last) {
    // Equal run from i: pairs as float64 while aligned, then word by word.
    let z = i
    for (;;) {
      if ((z & 1) === 0) {
        let h = z >> 1
        const hEnd = last >> 1
        let x = 0
        while (h < hEnd && (x = c64[h]) === r64[h + half] && (x !== 0 || c[2 * h + 1] === r[2 * h + 1 + shift])) h++
        z = 2 * h
        if (z >= last) break
      }
      if (c[z] !== r[z + shift]) break
      z++
      if (z >= last) break
    }
    if (z >= last) break
    let n = z + 1
    while (n < last && c[n] !== r[n + shift]) n++
    const zeros = z - i
    const changed = n - z
    // Two uleb128 lengths (each under 2^14: one or two bytes) and the words.
    if (o + 4 + changed * 4 > end) return -1
    if (zeros < 128) out[o++] = zeros
    else {
      out[o++] = (zeros & 127) | 128
      out[o++] = zeros >>> 7
    }
    if (changed < 128) out[o++] = changed
    else {
      out[o++] = (changed & 127) | 128
      out[o++] = changed >>> 7
    }
    for (let k = z; k < n; k++) {
      const x = c[k] ^ r[k + shift]
      out[o] = x
      out[o + 1] = x >>> 8
      out[o + 2] = x >>> 16
      out[o + 3] = x >>> 24
      o += 4
    }
    i = n
  }
  return o - at
}

/**
 * Sampled words for `sampledDifference`: one in each 16-word stripe, at a
 * fixed pseudo-random place in it. A fixed stride would alias with the
 * layout of arrays of structs (every 16th word can be every record's key).
 */
const SAMPLES = 64
const samples = Int32Array.from({ length: SAMPLES }, (_, k) => k * (WORDS_PER_PAGE / SAMPLES) + (Math.imul(k + 1, 0x9e3779b1) >>> 28))

/**
 * A cheap estimate of the delta's size: the share of sampled words that
 * differ, times the page. The similarity encoder skips a full scan whose
 * estimate is no better than what it already has.
 */
export const sampledDifference = (cur: Int32Array, curWord: number, ref: Int32Array, refWord: number): number => {
  let differ = 0
  for (let k = 0; k < SAMPLES; k++) if (cur[curWord + samples[k]] !== ref[refWord + samples[k]]) differ++
  return (differ * (WORDS_PER_PAGE / SAMPLES) * 4) | 0
}

/** A delta that does not describe a page: a corrupt part or a decoder bug, never expected in a run. */
export class DeltaFormatError extends Error {}

/**
 * Apply a delta to `page[word .. +1024]`, which already holds the reference
 * bytes: XOR every changed word in place.
 */
export const applyXorDelta = (src: Uint8Array, from: number, length: number, page: Int32Array, word: number): void => {
  const end = from + length
  let s = from
  let w = 0
  while (s < end) {
    let zeros = src[s++]
    if (zeros & 128) zeros = (zeros & 127) | (src[s++] << 7)
    let changed = src[s++]
    if (changed & 128) changed = (changed & 127) | (src[s++] << 7)
    w += zeros
    if (w + changed > WORDS_PER_PAGE || s + changed * 4 > end) throw new DeltaFormatError(`delta overruns its page at word ${w}`)
    for (let k = 0; k < changed; k++, s += 4) page[word + w + k] ^= src[s] | (src[s + 1] << 8) | (src[s + 2] << 16) | (src[s + 3] << 24)
    w += changed
  }
}

/** True if page `words[word .. +1024]` is all zero. */
export const isZeroPage = (words: Int32Array, word: number): boolean => {
  for (let i = word, end = word + WORDS_PER_PAGE; i < end; i++) if (words[i] !== 0) return false
  return true
}
