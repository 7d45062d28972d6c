import { readdirSync } from "node:fs"
import { join } from "node:path"

const dir = join(import.meta.dirname, "..", "fuzz", "corpus")

/**
 * The corpus file of a planted bug on a scenario (`corpusEntry("no-fence", "remus-basic")`). Named by
 * property, bug, scenario, seed and trace hash: the hash changes whenever `npm run corpus` regenerates
 * them, and the property is whichever the shrunk run violates first, which a change in the draws can move.
 */
export const corpusEntry = (bug: string, scenario: string): string => {
  const name = new RegExp(`^[a-z-]+-${bug}-${scenario}-seed\\d+-[0-9a-f]{8}\\.json\\.gz$`)
  const found = readdirSync(dir).filter((f) => name.test(f))
  if (found.length !== 1) throw new Error(`fuzz/corpus: expected one file for ${bug} on ${scenario}, found ${found.length}`)
  return join(dir, found[0])
}
