import { Effect } from "effect"
import { sleepUs } from "../sim/effect-runtime.ts"
import type { FiberWatch } from "../sim/fiber-watch.ts"
import { CheckpointPolicy, GuestControl, OutputQueue, PageCompressor, PrimaryProtocol, ReplicationLink, SoftPages } from "./services.ts"

/**
 * The primary's epoch loop (primer, section 1). Checkpoint 0 is the initial
 * full copy. For each epoch k: wait for the policy, pause, capture dirty pages
 * + vCPU + devices, close output barrier k, resume, filter soft pages, encode the pages, hand k to the link. The
 * guest runs epoch k+1 while k is encoded and on the wire: a pipeline. A second fiber
 * releases epochs in order as their acknowledgements arrive.
 */
export const epochLoop = (watch: FiberWatch) => Effect.gen(() => epochs(watch))

// The loops are generator functions declared once, here, not one per call: each generator function
// made at run time has a prototype of its own and its generators a map of their own, and V8's
// young-generation collector then keeps the objects of every run that made one alive until the next
// full collection (a campaign's scavenges copied megabytes of finished runs each time: docs/performance.md).
function* epochs(watch: FiberWatch) {
  const policy = yield* CheckpointPolicy
  const guest = yield* GuestControl
  const output = yield* OutputQueue
  const softPages = yield* SoftPages
  const compressor = yield* PageCompressor
  const link = yield* ReplicationLink
  const protocol = yield* PrimaryProtocol

  yield* Effect.forkChild(watch.watched("release", releaseInOrder(link, output)))
  for (let epoch = 0; ; epoch++) {
    if (epoch > 0) yield* policy.awaitCheckpoint(epoch)
    yield* protocol.signal({ type: "checkpoint.pause", epoch })
    yield* guest.pause(epoch)
    const state = yield* guest.capture(epoch)
    yield* protocol.signal({ type: "checkpoint.captured", epoch, pages: state.pages.indices.length })
    const { packets, writes, clientAcked } = yield* output.closeBarrier(epoch)
    const releasedThrough = yield* output.releasedThrough
    yield* guest.resume(epoch)
    yield* protocol.signal({ type: "checkpoint.resume", epoch })
    const filtered = yield* softPages.filter(epoch, state.pages)
    const pages = yield* compressor.encode(epoch, filtered.pages, filtered.soft)
    const bytes = yield* link.send({ epoch, ...state, pages, soft: filtered.soft, output: packets, disk: writes, releasedThrough, ...(clientAcked ? { clientAcked } : {}) })
    yield* protocol.signal({ type: "checkpoint.sent", epoch, bytes })
  }
}

/** Output commit: epoch k's packets go out only after checkpoint k is acknowledged, in epoch order. */
const releaseInOrder = (link: ReplicationLink["Service"], output: OutputQueue["Service"]) => Effect.gen(() => releases(link, output))

function* releases(link: ReplicationLink["Service"], output: OutputQueue["Service"]) {
  for (let epoch = 1; ; epoch++) {
    yield* link.awaitAck(epoch)
    // Between the acknowledgement and the release: a crash here leaves k committed but unreleased.
    yield* sleepUs(output.releaseLatencyUs)
    yield* output.requestRelease(epoch)
  }
}
