import { isDeepStrictEqual } from "node:util"

/**
 * Where two values first differ, as a path (`.sender.cwnd`, `[3]`), or
 * undefined when they are the same. Stricter than comparing their JSON, and
 * as strict as isDeepStrictEqual, in one walk without building strings:
 * plain objects must have the same own keys in the same order (key order is
 * what JSON, and so a checkpoint's digest, sees) and an undefined value is
 * not a missing key; primitives compare with Object.is; arrays and typed
 * arrays element by element; anything else (Map, Date, a class instance) by
 * isDeepStrictEqual and its JSON. Values the two sides share are not walked.
 */
export const firstDifference = (a: unknown, b: unknown, path = ""): string | undefined => {
  if (a === b ? a !== 0 || Object.is(a, b) : a !== a && b !== b) return undefined // the same (0 and -0 are not; NaN is NaN)
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return path || "(the value)"
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return path || "(the value)"
  if (Array.isArray(a)) {
    const y = b as unknown[]
    if (a.length !== y.length) return `${path}.length`
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], y[i], `${path}[${i}]`)
      if (d !== undefined) return d
    }
    return undefined
  }
  if (ArrayBuffer.isView(a)) return Buffer.compare(bytesOf(a), bytesOf(b as ArrayBufferView)) === 0 && a.constructor === b.constructor ? undefined : path || "(the bytes)"
  if (Object.getPrototypeOf(a) !== Object.prototype) return isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b) ? undefined : path || "(the value)"
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return `${path} (keys ${ka.join(",")} vs ${kb.join(",")})`
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return `${path} (keys ${ka.join(",")} vs ${kb.join(",")})`
    const d = firstDifference((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]], `${path}.${ka[i]}`)
    if (d !== undefined) return d
  }
  return undefined
}

const bytesOf = (v: ArrayBufferView): Uint8Array => new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
