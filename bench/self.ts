import { fileURLToPath } from "node:url"

/** Node arguments that run this module again in a child: through tsx from the sources, directly from the bundle. */
export const selfArgs = (moduleUrl: string): string[] => {
  const self = fileURLToPath(moduleUrl)
  return self.endsWith(".ts") ? ["--import", "tsx", self] : [self]
}
