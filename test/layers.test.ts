import { describe, expect, it } from "vitest"
import { readFileSync, readdirSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"

/**
 * The folders show the layers, and imports go one way: down, or sideways
 * within a layer without a cycle. A new folder must be given a layer here.
 * (docs/architecture.md: "Folders and layers".)
 */
const layers: string[][] = [
  ["src/sim", "src/io", "src/common", "src/project-root.ts", "src/version.ts"], // the kernel and what everything may use
  ["machines", "src/bugs"], // the protocol's machines; the planted bugs' names
  ["src/memory", "src/compress", "src/storage", "src/net", "src/workload", "src/record", "src/faults", "src/transport"], // mechanisms
  ["src/epoch", "src/policy", "src/hosts"], // the epoch loop, checkpoint policies, hosts
  ["src/scenario"], // scenarios: building the world
  ["properties"], // judging a run
  ["src/run", "src/experiments", "fuzz"], // running and searching
  ["src/viz", "src/plot", "src/cli", "bench"], // what users see
]

const root = join(import.meta.dirname, "..")
const folderOf = (file: string): string => {
  const r = relative(root, file)
  const parts = r.split("/")
  return parts[0] === "src" ? (parts.length === 2 ? r : `src/${parts[1]}`) : parts[0]
}
const layerOf = (folder: string) => layers.findIndex((l) => l.includes(folder))

const files: string[] = []
const walk = (d: string) => {
  for (const e of readdirSync(d)) {
    const p = join(d, e)
    if (statSync(p).isDirectory()) walk(p)
    else if (p.endsWith(".ts")) files.push(p)
  }
}
for (const d of ["src", "machines", "properties", "fuzz", "bench"]) walk(join(root, d))

const imports = files.flatMap((f) =>
  [...readFileSync(f, "utf8").matchAll(/from "(\.[^"]+)"/g)].map((m) => ({ file: relative(root, f), from: folderOf(f), to: folderOf(resolve(dirname(f), m[1])) })),
)

describe("folders and layers", () => {
  it("every folder has a layer", () => {
    expect([...new Set(files.map(folderOf))].filter((f) => layerOf(f) < 0)).toEqual([])
  })

  const upward = (list: typeof imports) => list.filter((i) => layerOf(i.to) > layerOf(i.from)).map((i) => `${i.file} imports ${i.to} (layer ${layerOf(i.to)} above ${layerOf(i.from)})`)

  it("no import goes up a layer", () => {
    expect(upward(imports)).toEqual([])
    // The check itself: the kernel importing a property would be caught.
    expect(upward([{ file: "src/sim/kernel.ts", from: "src/sim", to: "properties" }])).toHaveLength(1)
  })

  it("no cycle between folders", () => {
    const edges = new Map<string, Set<string>>()
    for (const i of imports) if (i.from !== i.to) (edges.get(i.from) ?? edges.set(i.from, new Set()).get(i.from)!).add(i.to)
    const reaches = (a: string, b: string, seen = new Set<string>()): boolean =>
      [...(edges.get(a) ?? [])].some((n) => n === b || (!seen.has(n) && (seen.add(n), reaches(n, b, seen))))
    const cycles = [...edges].flatMap(([a, bs]) => [...bs].filter((b) => reaches(b, a)).map((b) => `${a} -> ${b} -> ... -> ${a}`))
    expect(cycles).toEqual([])
  })
})
