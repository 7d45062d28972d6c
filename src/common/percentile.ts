/** The p-quantile (0..1) of `values` by the nearest-rank rule, 0 for none. Sorts a copy. */
export const percentile = (values: readonly number[], p: number): number => {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}
