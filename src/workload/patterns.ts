import type { GuestMemory } from "../memory/guest-memory.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"

/**
 * Synthetic memory-content patterns: what one write of the workload does to a
 * page. They exist to span what compressors meet in real memory, from the
 * trivially compressible (zero pages, sparse edits) through self-similarity
 * (copies and moves) and text to the incompressible (random bytes).
 */
export const patterns = [
  { name: "sparse", summary: "a few random words change in a page (counters, pointers, small structs)" },
  { name: "zero", summary: "the page is cleared (freed memory being scrubbed, fresh allocations)" },
  { name: "copy", summary: "another page is copied over the page and edited a little; half the time the source is then cleared (a move)" },
  { name: "text", summary: "a run of text-like bytes (words, spaces, newlines) is written into the page" },
  { name: "random", summary: "the page is filled with random bytes (encrypted or compressed data)" },
  { name: "mixed", summary: "each write picks one of the above: sparse 40%, copy 20%, text 20%, zero 10%, random 10%" },
] as const

export type PatternName = (typeof patterns)[number]["name"]

export const isPatternName = (s: string): s is PatternName => patterns.some((p) => p.name === s)

/**
 * Where a write's random choices come from: the guest's own PRNG (its vCPU
 * state, so a re-executing backup writes the same way) and its page picker.
 * An object with methods, not closures: every guest's draws then go through
 * one call target that V8 inlines (a closure per guest made these calls
 * polymorphic, and each uint32 returned was boxed).
 */
export interface WriteSource {
  next(): number
  /** A draw in [0, n): `next() % n`, without a float modulo (modUint). */
  below(n: number): number
  pickPage(): number
}

const VOCABULARY = (
  "the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were " +
  "error request user session value table index page memory checkpoint epoch backup primary client server status done"
).split(" ")

/** One write of `pattern` to `page`; `draw.pickPage` chooses another page the way the workload does (copy sources). */
export const writePattern = (pattern: PatternName, memory: GuestMemory, page: number, draw: WriteSource, wordsPerWrite: number): void => {
  switch (pattern) {
    case "sparse":
      memory.writeWords(page, wordsPerWrite, draw)
      return
    case "zero":
      memory.writable(page).fill(0)
      return
    case "copy": {
      const from = draw.pickPage()
      if (from === page) return writePattern("sparse", memory, page, draw, wordsPerWrite)
      memory.writable(page).set(memory.bytes.subarray(from * PAGE_SIZE, (from + 1) * PAGE_SIZE))
      memory.writeWord(page, draw.next() & 1023, draw.next())
      if (draw.next() & 1) memory.writable(from).fill(0)
      return
    }
    case "text":
      return writeText(memory.writable(page), draw)
    case "random": {
      const words = new Int32Array(memory.bytes.buffer, page * PAGE_SIZE, PAGE_SIZE / 4)
      memory.writable(page)
      for (let i = 0; i < words.length; i++) words[i] = draw.next()
      return
    }
    case "mixed": {
      const r = draw.below(10)
      const chosen: PatternName = r < 4 ? "sparse" : r < 6 ? "copy" : r < 8 ? "text" : r < 9 ? "zero" : "random"
      return writePattern(chosen, memory, page, draw, wordsPerWrite)
    }
  }
}

/** The vocabulary as bytes, so a text write copies words rather than building them character by character. */
const WORD_BYTES = VOCABULARY.map((w) => Uint8Array.from(w, (c) => c.charCodeAt(0)))

/** A line-oriented run of words from a small vocabulary, 512 to 4096 bytes, at a random place in the page. */
const writeText = (bytes: Uint8Array, draw: WriteSource): void => {
  const length = 512 + draw.below(PAGE_SIZE - 512 + 1)
  let at = draw.below(PAGE_SIZE - length + 1)
  const end = at + length
  while (at < end) {
    const word = WORD_BYTES[draw.below(WORD_BYTES.length)]
    const n = Math.min(word.length, end - at)
    // A loop, not bytes.set: words are a few bytes, and a native call per word cost more than the copy.
    for (let k = 0; k < n; k++) bytes[at + k] = word[k]
    at += n
    if (at < end) bytes[at++] = (draw.next() & 7) === 0 ? 10 : 32
  }
}
