/** The pages named in `lists`, each once, ascending (page numbers below `pages`). */
export const unionOfPages = (pages: number, lists: readonly ArrayLike<number>[]): Int32Array => {
  const seen = new Uint8Array(pages)
  let n = 0
  for (const l of lists)
    for (let i = 0; i < l.length; i++)
      if (!seen[l[i]]) {
        seen[l[i]] = 1
        n++
      }
  const out = new Int32Array(n)
  for (let p = 0, j = 0; j < n; p++) if (seen[p]) out[j++] = p
  return out
}
