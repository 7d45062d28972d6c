import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

/**
 * Two shapes of code that keep whole runs alive in V8 (docs/performance.md,
 * change 13): a generator function or a class made at run time, and an
 * object literal with getters made per object. Each gets a map of its own in
 * the old generation (a generator function's prototype, a literal's
 * accessors), which points back into the run that made it, and the
 * young-generation collector treats old objects as live: a finished run's
 * objects were copied at every scavenge until the next full collection.
 * This checks the simulation's sources for both.
 */
const ROOTS = ["src", "fuzz", "properties", "machines"]

/** Where `source` makes a generator function or a class anywhere but at the top level, or a getter outside a class. */
const runTimeMaps = (source: string): string[] => {
  const lines = source.split("\n")
  const found: string[] = []
  const indent = (l: string) => l.length - l.trimStart().length
  lines.forEach((line, i) => {
    const where = `line ${i + 1}: ${line.trim()}`
    if (/function\s*\*/.test(line) && !/^(export )?function\* \w+/.test(line)) found.push(`generator function made at run time, ${where}`)
    if (/(^|[=(,]\s*)class\b/.test(line.trim()) && indent(line) > 0) found.push(`class made at run time, ${where}`)
    if (/^\s+(get|set) \w+\(/.test(line)) {
      // The getter's owner: the nearest line above it that is indented less.
      let j = i - 1
      while (j >= 0 && (lines[j].trim() === "" || indent(lines[j]) >= indent(line))) j--
      if (j < 0 || !/\bclass\b/.test(lines[j])) found.push(`getter in an object literal, ${where}`)
    }
  })
  return found
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === "viz" ? [] : sources(path)
    return e.name.endsWith(".ts") ? [path] : []
  })

describe("no run keeps its garbage alive", () => {
  it("finds each shape in code that has it", () => {
    const nested = "export const loop = (w: W) =>\n  Effect.gen(function* () {\n    yield* w\n  })\n"
    const literal = "const make = (a: A) => {\n  return {\n    get value() {\n      return a.value\n    },\n  }\n}\n"
    const inner = "const f = () => {\n  class X {}\n  return new X()\n}\n"
    expect(runTimeMaps(nested)).toEqual(["generator function made at run time, line 2: Effect.gen(function* () {"])
    expect(runTimeMaps(literal)).toEqual(["getter in an object literal, line 3: get value() {"])
    expect(runTimeMaps(inner)).toEqual(["class made at run time, line 2: class X {}"])
    expect(runTimeMaps("function* epochs(w: W) {\n  yield* w\n}\nclass A {\n  get value() {\n    return 1\n  }\n}\n")).toEqual([])
  })

  it("the simulation's sources have none (declare generators and classes at the top level; getters on classes)", () => {
    const found = ROOTS.flatMap((root) => sources(root).flatMap((file) => runTimeMaps(readFileSync(file, "utf8")).map((f) => `${file}: ${f}`)))
    expect(found).toEqual([])
  })
})
