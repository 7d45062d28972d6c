/** Human-readable figures for one-screen reports. */
export const bytes = (n: number): string => {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`
  return `${(n / 1024 ** 3).toFixed(2)} GiB`
}

export const us = (n: number): string => (n < 1000 ? `${n} us` : `${(n / 1000).toFixed(2)} ms`)

export const row = (label: string, value: string): string => `  ${label.padEnd(24)}${value}`
