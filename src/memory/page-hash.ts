/** Guest page size: 4 KiB, as every x86 hypervisor tracks dirtiness. */
export const PAGE_SIZE = 4096
const WORDS = PAGE_SIZE / 4

/**
 * A 64-bit fingerprint of one page as two 32-bit lanes, each lane folding
 * every other word. An all-zero page fingerprints to (0, 0), so a fresh image
 * needs no hashing; `page` is mixed in so equal pages at different addresses
 * count differently in an image digest. No allocation per call.
 */
export const hashPage = (words: Uint32Array, page: number, out: Uint32Array): void => {
  let a = 0
  let b = 0
  const base = page * WORDS
  const end = base + WORDS
  for (let i = base; i < end; i += 2) {
    a = (Math.imul(a ^ words[i], 0x01000193) + 0x7feb352d) | 0
    b = (Math.imul(b ^ words[i + 1], 0x85ebca6b) + 0x2c1b3c6d) | 0
  }
  // Zero words still advance the lanes (the additive constants), so compare against an all-zero page's lanes.
  if (a === ZERO_A && b === ZERO_B) {
    out[0] = 0
    out[1] = 0
    return
  }
  out[0] = fmix(a ^ Math.imul(page + 1, 0x9e3779b1))
  out[1] = fmix(b ^ Math.imul(page + 1, 0xc2b2ae35))
}

export const fmix = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hash an arbitrary byte array (small records: vCPU and device state, segments). */
export const hashBytes = (bytes: Uint8Array): string => {
  let a = 0x811c9dc5
  let b = 0x1b873593
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193)
    b = Math.imul(b ^ bytes[i], 0xcc9e2d51) ^ (b >>> 15)
  }
  return fmix(a).toString(16).padStart(8, "0") + fmix(b ^ bytes.length).toString(16).padStart(8, "0")
}

export const hashString = (s: string): string => hashBytes(new TextEncoder().encode(s))

const zeroLanes = (): [number, number] => {
  let a = 0
  let b = 0
  for (let i = 0; i < WORDS; i += 2) {
    a = (Math.imul(a ^ 0, 0x01000193) + 0x7feb352d) | 0
    b = (Math.imul(b ^ 0, 0x85ebca6b) + 0x2c1b3c6d) | 0
  }
  return [a, b]
}
const [ZERO_A, ZERO_B] = zeroLanes()
