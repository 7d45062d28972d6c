/** Guest page size: 4 KiB, as every x86 hypervisor tracks dirtiness. */
export const PAGE_SIZE = 4096
const WORDS = PAGE_SIZE / 4

/** A page of zeros, to read from (a page known to be zero has no bytes of its own in a capture). Never written. */
export const ZERO_PAGE: Readonly<Uint8Array> = new Uint8Array(PAGE_SIZE)

/**
 * A 64-bit fingerprint of one page: a Fletcher-style pair of 32-bit lanes over
 * its words (a = sum of words, b = sum of the running a), then mixed with the
 * page number so equal pages at different addresses count differently in an
 * image digest. It detects any single changed word and any reordering of
 * words; what it exists for is telling two versions of a page apart, not
 * resisting an adversary. An all-zero page fingerprints to (0, 0), so a fresh
 * image needs no hashing. No allocation, no multiply in the loop.
 */
export const hashPage = (words: Uint32Array, page: number, out: Uint32Array): void => {
  pageLanes(words, page, out)
  fingerprint(out[0] | 0, out[1] | 0, page, out)
}

/**
 * The raw Fletcher lanes of a page: a = sum of its words, b = sum of the
 * running a, which is also sum of (1024 - j) * word j. Both are linear in
 * the words, so a write of one word can update them in O(1) (GuestMemory
 * does) instead of rescanning the page.
 */
export const pageLanes = (words: Uint32Array, page: number, out: Uint32Array): void => {
  let a = 0
  let b = 0
  const end = (page + 1) * WORDS
  for (let i = page * WORDS; i < end; i++) {
    a = (a + words[i]) | 0
    b = (b + a) | 0
  }
  out[0] = a
  out[1] = b
}

/** What word `word` of a page adds to lane b per unit of its value. */
export const laneWeight = (word: number): number => WORDS - word

/** The page fingerprint from its lanes: mixed with the page number; an all-zero page is (0, 0). */
export const fingerprint = (a: number, b: number, page: number, out: Uint32Array): void => {
  if (a === 0 && b === 0) {
    out[0] = 0
    out[1] = 0
    return
  }
  out[0] = fmix(a ^ Math.imul(page + 1, 0x9e3779b1))
  out[1] = fmix(b ^ Math.imul(page + 1, 0xc2b2ae35) ^ a)
}

export const fmix = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"))

/**
 * A 32-bit value (taken unsigned) as 8 lowercase hex digits: what
 * `(x >>> 0).toString(16).padStart(8, "0")` gives, from a byte table, at a
 * tenth of the cost (V8's radix conversion goes through a double; every
 * capture renders several of these).
 */
export const hex32 = (x: number): string => BYTE_HEX[x >>> 24] + BYTE_HEX[(x >>> 16) & 255] + BYTE_HEX[(x >>> 8) & 255] + BYTE_HEX[x & 255]

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/**
 * Hash an arbitrary byte array (vCPU and device state, TCP send buffers, disk
 * blocks, segments): two lanes over alternating little-endian 32-bit words,
 * one multiply per four bytes, then the tail byte by byte; a 64-bit
 * fingerprint for telling versions apart, not for resisting an adversary.
 */
export const hashBytes = (bytes: Uint8Array): string => {
  let a = 0x811c9dc5
  let b = 0x1b873593
  const n = bytes.length
  let i = 0
  if (LITTLE_ENDIAN && (bytes.byteOffset & 3) === 0) {
    // The same little-endian words, read four bytes at a time (TCP send buffers: a quarter of a megabyte at every capture).
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, n >>> 2)
    for (; i + 8 <= n; i += 8) {
      a = Math.imul(a ^ words[i >>> 2], 0x01000193)
      b = Math.imul(b ^ words[(i >>> 2) + 1], 0xcc9e2d51)
    }
  } else
    for (; i + 8 <= n; i += 8) {
      a = Math.imul(a ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)), 0x01000193)
      b = Math.imul(b ^ (bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24)), 0xcc9e2d51)
    }
  for (; i < n; i++) a = Math.imul(a ^ bytes[i], 0x01000193)
  return hex32(fmix(a)) + hex32(fmix(b ^ n))
}

/** Hash a string's UTF-16 code units (no encoding to bytes first): JSON of guest state, at every capture. */
export const hashString = (s: string): string => {
  let a = 0x811c9dc5
  let b = 0x1b873593
  const n = s.length
  let i = 0
  for (; i + 1 < n; i += 2) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193)
    b = Math.imul(b ^ s.charCodeAt(i + 1), 0xcc9e2d51)
  }
  if (i < n) a = Math.imul(a ^ s.charCodeAt(i), 0x01000193)
  return hex32(fmix(a)) + hex32(fmix(b ^ n))
}
