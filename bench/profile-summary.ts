/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time by category
 * (the rows of docs/performance.md), then the top files and functions.
 * `npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N | --lines NAME | --inclusive [N]]`
 */
import { existsSync, readFileSync } from "node:fs"
import { SourceMap } from "node:module"
import { fileURLToPath } from "node:url"

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: Node[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * A bundle profiled with a source map next to it (esbuild --sourcemap): map
 * each function back to its source file and line, so categories still work.
 */
const maps = new Map<string, SourceMap | null>()
const original = (n: Node): Node => {
  const url = n.callFrame.url
  if (!url.startsWith("file://") || !/\.m?js$/.test(url) || url.includes("/node_modules/")) return n
  if (!maps.has(url)) {
    const mapFile = `${fileURLToPath(url)}.map`
    maps.set(url, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : null)
  }
  const entry = maps.get(url)?.findEntry(n.callFrame.lineNumber, (n.callFrame as { columnNumber?: number }).columnNumber ?? 0)
  if (!entry || !("originalSource" in entry)) return n
  const source = entry.originalSource.replace(/^.*?\/(node_modules|src|machines|properties|fuzz|bench)\//, "/work/x/$1/")
  return { ...n, callFrame: { functionName: n.callFrame.functionName, url: `file://${source}`, lineNumber: entry.originalLine } }
}

const [file, ...rest] = process.argv.slice(2)
if (!file) {
  console.error("usage: profile-summary FILE.cpuprofile [--top N]")
  process.exit(2)
}
const top = rest[0] === "--top" ? Number(rest[1]) : 25
/** `--lines NAME`: the hottest source lines of functions called NAME, instead of the summary. */
const linesOf = rest[0] === "--lines" ? rest[1] : undefined
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, original(n)]))
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))

/** Which row of the breakdown a function's self time belongs to. */
const category = (n: Node): string => {
  const { url, functionName: f } = n.callFrame
  const path = url.replace(/^file:\/\//, "")
  if (f === "(garbage collector)") return "GC"
  if (f === "(program)" || f === "(idle)" || f === "(root)") return "V8 / runtime (program)"
  if (path.includes("/node_modules/xstate/")) return "XState"
  if (path.includes("/node_modules/effect/")) return "Effect runtime"
  if (path.includes("/node_modules/fast-check/") || path.includes("/node_modules/pure-rand/")) return "fast-check / pure-rand"
  if (path.includes("/node_modules/")) return "other libraries"
  if (path.includes("/src/memory/")) return f.includes("hash") || f.includes("igest") || f === "fmix" || f === "rehash" ? "fingerprints and digests" : "page copies (memory)"
  if (path.includes("/src/compress/")) return "encode / decode"
  if (path.includes("/src/sim/trace.ts")) return "trace recording and hash"
  if (path.includes("/src/sim/compiled-machine.ts") || path.includes("/src/sim/machine-actor.ts")) return "machine interpreter (compiled tables)"
  if (f === "digest" || f === "update" || url === "node:crypto" || path.includes("internal/crypto")) return "trace recording and hash"
  if (path.includes("/src/sim/")) return "kernel (queue, actors, Effect glue)"
  if (path.includes("/properties/")) return "judging (properties)"
  if (path.includes("/machines/")) return "machine guards and actions"
  if (path.includes("/src/workload/")) return "guest workload"
  if (path.includes("/src/hosts/")) return "hosts"
  if (path.includes("/src/net/")) return "network (TCP, client path)"
  if (path.includes("/src/") || path.includes("/fuzz/")) return "other epochlab code"
  if (url.startsWith("node:") || path.startsWith("internal") || url === "") return "node internals / builtins"
  return "other"
}

if (linesOf) {
  const raw = JSON.parse(readFileSync(file, "utf8")) as { nodes: Array<Node & { positionTicks?: Array<{ line: number; ticks: number }> }> }
  const hits = new Map<string, number>()
  for (const n of raw.nodes) {
    if (n.callFrame.functionName !== linesOf) continue
    for (const t of n.positionTicks ?? []) {
      const o = original({ ...n, callFrame: { ...n.callFrame, lineNumber: t.line - 1 } })
      const key = `${o.callFrame.url.replace(/^.*\/x\//, "")}:${o.callFrame.lineNumber + 1}`
      hits.set(key, (hits.get(key) ?? 0) + t.ticks)
    }
  }
  for (const [k, v] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(String(v).padStart(6), k)
  process.exit(0)
}

const total = [...self.values()].reduce((a, b) => a + b, 0)

/**
 * `--inclusive [N]`: time under each function (itself and what it calls; a
 * recursive function counted once per sample). `--under NAME [N]`: the same,
 * counting only samples taken inside a function called NAME, and only the
 * frames from it down (where NAME's time goes).
 */
if (rest[0] === "--inclusive" || rest[0] === "--under") {
  const within = rest[0] === "--under" ? rest[1] : undefined
  const limit = Number(rest[within === undefined ? 1 : 2] ?? 60)
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const under = new Map<string, number>()
  for (const [id, us] of self) {
    const seen = new Set<string>()
    const stack: number[] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(at)
    const top = within === undefined ? stack.length : stack.findIndex((at) => byId.get(at)!.callFrame.functionName === within) + 1
    for (const at of stack.slice(0, top)) {
      const n = byId.get(at)!
      const key = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/x\//, "")}:${n.callFrame.lineNumber + 1}`
      if (seen.has(key)) continue
      seen.add(key)
      under.set(key, (under.get(key) ?? 0) + us)
    }
  }
  for (const [k, v] of [...under].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`)
  process.exit(0)
}
const rows = new Map<string, number>()
const files = new Map<string, number>()
const fns = new Map<string, number>()
for (const [id, us] of self) {
  const n = byId.get(id)!
  const c = category(n)
  rows.set(c, (rows.get(c) ?? 0) + us)
  const f = n.callFrame.url.replace(/^.*\/work\/[^/]+\//, "").replace(/^file:\/\//, "") || n.callFrame.functionName
  files.set(f, (files.get(f) ?? 0) + us)
  const key = `${n.callFrame.functionName || "(anonymous)"} ${f}:${n.callFrame.lineNumber + 1}`
  fns.set(key, (fns.get(key) ?? 0) + us)
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`
const show = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title}`)
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(v)}  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`)
}
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`)
show("by category (self time)", rows, 40)
show("by file", files, top)
show("by function", fns, top)
