import { fmix } from "../memory/page-hash.ts"
import { WORDS_PER_PAGE } from "./zero-run.ts"

/**
 * Bit-projection key of a page (primer, section 2.1): 32 fixed bit positions
 * spread over the page, the same for every page, read into a 32-bit key.
 * Pages that agree on the sampled bits are likely similar. Positions are one
 * per 32-word stripe (so a local edit moves few of them), at a fixed
 * pseudo-random word and bit within the stripe.
 */
export const KEY_BITS = 32
const STRIPE = WORDS_PER_PAGE / KEY_BITS

const positions = (() => {
  const word = new Int32Array(KEY_BITS)
  const bit = new Int32Array(KEY_BITS)
  for (let i = 0; i < KEY_BITS; i++) {
    const h = fmix(0x5eed + i)
    word[i] = i * STRIPE + (h % STRIPE)
    bit[i] = (h >>> 8) & 31
  }
  return { word, bit }
})()

/** The key of page `words[base .. +1024]`. */
export const projectionKey = (words: Int32Array, base: number): number => {
  const { word, bit } = positions
  let key = 0
  for (let i = 0; i < KEY_BITS; i++) key |= ((words[base + word[i]] >>> bit[i]) & 1) << i
  return key >>> 0
}
