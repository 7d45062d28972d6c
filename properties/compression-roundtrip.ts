import { digestsPages } from "../src/hosts/host-params.ts"
import { fail, pass, type Property } from "./property.ts"

/**
 * compression-roundtrip (primer, section 3): the pages the backup decoded for
 * checkpoint k equal the pages the primary captured for k. Both hosts record
 * a digest of those pages' contents (the primary at capture, the backup right
 * after decoding), so a delta decoded against the wrong reference shows at
 * the first apply it corrupts, long before a failover would run the image.
 * With raw pages only (no compressor, no fine-grained regions) there is
 * nothing to decode and the property holds.
 */
export const compressionRoundtrip: Property = {
  id: "compression-roundtrip",
  explanation: "The backup decoded a checkpoint's pages to bytes other than the primary's: a delta was decoded against a reference the encoder did not use.",
  check({ trace, scenario }) {
    if (!digestsPages(scenario.host)) return pass(this.id)
    const captured = new Map<number, string | undefined>()
    for (const f of trace.facts) {
      if (f.kind === "capture") captured.set(f.epoch, f.pagesDigest)
      else if (f.kind === "apply") {
        const sent = captured.get(f.epoch)
        if (sent !== f.pagesDigest)
          return fail(this.id, f.at, f.t, `checkpoint ${f.epoch}'s pages decoded to digest ${f.pagesDigest}, the primary captured ${sent ?? "nothing"}`)
      }
    }
    return pass(this.id)
  },
}
