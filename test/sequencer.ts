import { readFileSync } from "node:fs"
import { relative } from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

const weight = JSON.parse(readFileSync(new URL("file-seconds.json", import.meta.url), "utf8")) as Record<string, number>

/**
 * The suite's files, longest first, by the seconds each took in a measured
 * run (test/file-seconds.json, `npm run test:order` refreshes it). CI runs
 * a clean clone, where vitest has no record of earlier runs and falls back
 * to larger files first: that put the heavy simulation files side by side
 * on both workers, and the suite took 229 s instead of 178 s. A file not in
 * the table runs first (as vitest runs unknown files first).
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const of = (f: TestSpecification) => weight[relative(f.project.config.root, f.moduleId).split("\\").join("/")] ?? Infinity
    return [...files].sort((a, b) => of(b) - of(a))
  }
}
