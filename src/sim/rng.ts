import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus"
import { uniformInt } from "pure-rand/distribution/uniformInt"

type RandomGenerator = ReturnType<typeof xoroshiro128plus>

/**
 * `x % n` for a uint32 draw `x` and a positive integer `n`, the same number:
 * a uint32 above int32's range makes `%` a float modulo (a call to fmod,
 * ~15 ns), and workloads take several per write. The floor of the quotient
 * is exact for any dividend below 2^53.
 */
export const modUint = (x: number, n: number): number => x - Math.floor(x / n) * n

/**
 * The only source of chance in a run. Each named stream (one per actor, or per
 * purpose inside an actor) is seeded from (run seed, stream name), so adding a
 * new actor never shifts the numbers an existing one draws.
 */
export class Rng {
  private readonly gen: RandomGenerator

  constructor(seed: number, stream: string) {
    this.gen = xoroshiro128plus(streamSeed(seed, stream))
  }

  /** Uniform integer in [from, to], both inclusive. */
  int(from: number, to: number): number {
    return uniformInt(this.gen, from, to)
  }

  /** A full 32-bit unsigned value. */
  u32(): number {
    return this.gen.next() >>> 0
  }

  /** True with probability `p` (resolution 2^-32). */
  chance(p: number): boolean {
    return this.u32() < p * 4294967296
  }
}

/** FNV-1a over the stream name, mixed with the run seed by a murmur3 finaliser. */
export const streamSeed = (seed: number, stream: string): number => {
  let h = 0x811c9dc5 ^ (seed | 0)
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= Math.imul(seed | 0, 0x9e3779b1)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}
