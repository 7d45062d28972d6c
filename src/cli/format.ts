/** Human-readable figures for one-screen reports. */
export const bytes = (n: number): string => {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`
  return `${(n / 1024 ** 3).toFixed(2)} GiB`
}

export const us = (n: number): string => (n < 1000 ? `${n} us` : `${(n / 1000).toFixed(2)} ms`)

export const row = (label: string, value: string): string => `  ${label.padEnd(24)}${value}`

/** A plain-text table: the first column left-aligned, the others right-aligned, two spaces apart; or the same as a Markdown table (for the README). */
export const table = (head: readonly string[], lines: readonly (readonly string[])[], markdown = false): string => {
  if (markdown) return [head, head.map((_, i) => (i === 0 ? "---" : "---:")), ...lines].map((l) => `| ${l.join(" | ")} |`).join("\n")
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)) + 2)
  return [head, ...lines].map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("").trimEnd()).join("\n")
}
