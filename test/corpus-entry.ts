import { readdirSync } from "node:fs"
import { join } from "node:path"

const dir = join(import.meta.dirname, "..", "fuzz", "corpus")

/**
 * The corpus file for a property, bug and scenario (`single-active-no-fence-remus-basic-seed1`):
 * names end in the trace hash, which changes whenever `npm run corpus` regenerates them.
 */
export const corpusEntry = (prefix: string): string => {
  const found = readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".json.gz"))
  if (found.length !== 1) throw new Error(`fuzz/corpus: expected one ${prefix}-*.json.gz, found ${found.length}`)
  return join(dir, found[0])
}
