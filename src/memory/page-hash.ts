/** Guest page size: 4 KiB, as every x86 hypervisor tracks dirtiness. */
export const PAGE_SIZE = 4096
const WORDS = PAGE_SIZE / 4

/**
 * Two independent 32-bit hashes of one page (a 64-bit fingerprint), over its
 * 32-bit words. Written for speed on typed arrays: no allocation per call.
 */
export const hashPage = (words: Uint32Array, page: number, out: Uint32Array): void => {
  let a = 0x9747b28c ^ page
  let b = 0x2f6b3c1d ^ Math.imul(page, 0x9e3779b1)
  const base = page * WORDS
  for (let i = 0; i < WORDS; i++) {
    const w = words[base + i]
    a = Math.imul(a ^ w, 0x01000193)
    b = Math.imul((b << 5) | (b >>> 27), 0x85ebca6b) ^ w
  }
  out[0] = fmix(a)
  out[1] = fmix(b ^ WORDS)
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
