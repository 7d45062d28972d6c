/** Typed arrays of one kind, back to back in a new one. */
export const concat = <T extends Uint8Array | Int32Array>(parts: readonly T[], make: (length: number) => T): T => {
  const out = make(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
