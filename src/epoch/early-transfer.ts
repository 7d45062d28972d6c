import { Context, Effect } from "effect"
import { sleepUs } from "../sim/effect-runtime.ts"

/**
 * Speculative state transfer (primer, section 2.6): while the guest runs
 * epoch k, the hypervisor sends pages the guest has already dirtied in k and
 * seems done with, as early parts of checkpoint k, so that at the checkpoint
 * only the pages dirtied again since remain. The backup stages them with
 * checkpoint k and applies them only when k commits.
 *
 * The selection rule (the host's `sendQuietPages`): every `everyUs` of the
 * epoch, if no checkpoint is on the link, the dirty pages not written during
 * the last interval, lowest first, as many as the link carries in one
 * interval. A page written in every interval is never sent early (it would be
 * sent again anyway); a page quiet for an interval is, even if the guest
 * comes back to it (then it is sent twice: the price of guessing).
 */
export class EarlyTransfer extends Context.Service<
  EarlyTransfer,
  {
    readonly everyUs: number
    /** Pick the quiet dirty pages of the running epoch and send them as early parts of its checkpoint. */
    readonly sendQuietPages: Effect.Effect<void>
  }
>()("epochlab/EarlyTransfer") {}

/** The early-transfer fiber: the selection rule's clock. */
export const earlyTransferLoop = Effect.gen(earlyTransfers)

function* earlyTransfers() {
  const early = yield* EarlyTransfer
  for (;;) {
    yield* sleepUs(early.everyUs)
    yield* early.sendQuietPages
  }
}
