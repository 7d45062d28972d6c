import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { draw, mostLinkMessages } from "./common.ts"


/** The nth work request a host posts fails as it is processed (a local protection or length error): the queue pair goes to ERR. */
export type RdmaWrError = { kind: "rdma-wr-error"; host: HostId; nth: number }

export const rdmaWrError: FaultKind<RdmaWrError> = {
  kind: "rdma-wr-error",
  summary: "the nth work request the host posts completes with an error and its queue pair goes to ERR, flushing everything outstanding",
  fields: { host: "host", nth: "positiveInt" },
  acts: "link",
  transports: ["rdma"],
  describe: (f) => `${f.host}'s work request #${f.nth} fails`,
  lane: (f) => f.host,
  weight: 2,
  arbitrary: (w) => fc.record({ kind: fc.constant("rdma-wr-error" as const), host: draw.host(), nth: draw.nth(w) }),
  whyInert: (w, f) => {
    const most = mostLinkMessages(w.durationUs, w.linkBytesPerSecond)
    return f.nth > most ? `the ${f.host} posts at most ${most} work requests in this run` : undefined
  },
  inertIn: (r, f) => f.nth > r.linkSent[f.host],
}
