import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { draw, windowText } from "./common.ts"


/** A host posts no new receives during the window: once those it had posted are used up, a SEND or WRITE_WITH_IMM to it meets receiver-not-ready and is resent after the RNR timer. */
export type RdmaRnr = { kind: "rdma-rnr"; host: HostId; atUs: number; durationUs: number }

export const rdmaRnr: FaultKind<RdmaRnr> = {
  kind: "rdma-rnr",
  summary: "the host posts no new receives during the window: once its posted ones are used up (the backup keeps one per staging slot, the primary 16), SENDs and WRITE_WITH_IMMs to it get receiver-not-ready NAKs and are resent every 0.64 ms (rnr_retry 7: for ever)",
  fields: { host: "host", atUs: "time", durationUs: "nonNegative" },
  acts: "link",
  transports: ["rdma"],
  describe: (f) => `${f.host} posts no new receives ${windowText(f.atUs, f.durationUs)}`,
  lane: (f) => f.host,
  weight: 2,
  arbitrary: (w) => fc.record({ kind: fc.constant("rdma-rnr" as const), host: draw.host(), atUs: draw.time(w), durationUs: draw.window() }),
  window: (f) => f,
}
