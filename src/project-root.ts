import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"

/**
 * The epochlab checkout this code runs from: the nearest folder up from this
 * module holding epochlab's package.json. The same from the TypeScript
 * sources and from the bundle in dist/ (scripts/bundle.mjs).
 */
const find = (from: string): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json")
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "epochlab") return dir
    if (dirname(dir) === dir) throw new Error(`epochlab: no epochlab package.json above ${from}`)
  }
}

export const PROJECT_ROOT = find(import.meta.dirname)
