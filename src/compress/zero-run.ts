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

/**
 * Encode page `cur[curWord .. +1024]` against `ref[refWord .. +1024]` into
 * `out` at `at`. Returns the encoded length, or -1 if it would exceed `limit`.
 */
export const encodeXorDelta = (
  cur: Int32Array,
  curWord: number,
  ref: Int32Array,
  refWord: number,
  out: Uint8Array,
  at: number,
  limit: number,
): number => {
  const end = at + limit
  let o = at
  let i = 0
  while (i < WORDS_PER_PAGE) {
    let z = i
    while (z < WORDS_PER_PAGE && cur[curWord + z] === ref[refWord + z]) z++
    if (z === WORDS_PER_PAGE) break
    let n = z + 1
    while (n < WORDS_PER_PAGE && cur[curWord + n] !== ref[refWord + n]) n++
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
      const x = cur[curWord + k] ^ ref[refWord + k]
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
