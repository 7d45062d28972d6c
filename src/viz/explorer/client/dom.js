// Small DOM helpers the explorer's modules share.
const SVG = "http://www.w3.org/2000/svg"

export const $ = (id) => document.getElementById(id)

/** An element ("svg:" prefix for SVG) with attributes (undefined and null skipped) and text. */
export const el = (tag, attrs = {}, text) => {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, String(v))
  if (text !== undefined) e.textContent = text
  return e
}

/** Microseconds as milliseconds, three decimals. */
export const ms = (t) => (t / 1000).toFixed(3)

/** The first index of a sorted array holding a value not below `v`. */
export const lowerBound = (arr, v) => {
  let lo = 0
  let hi = arr.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (arr[mid] < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The `data-i` (event index) of a clicked element, or undefined. */
export const eventIndexOf = (target) => {
  const i = target.getAttribute?.("data-i")
  return i === null || i === undefined ? undefined : Number(i)
}
