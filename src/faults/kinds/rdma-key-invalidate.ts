import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { draw, ms } from "./common.ts"


/** The backup's staging region is deregistered at an instant: the next WRITE to it meets a remote access error, and both queue pairs go to ERR. */
export type RdmaKeyInvalidate = { kind: "rdma-key-invalidate"; atUs: number }

export const rdmaKeyInvalidate: FaultKind<RdmaKeyInvalidate> = {
  kind: "rdma-key-invalidate",
  summary: "the backup's staging region key is invalidated: the next WRITE to it completes with a remote access error and both queue pairs go to ERR",
  fields: { atUs: "time" },
  acts: "link",
  transports: ["rdma"],
  describe: (f) => `staging key invalidated at ${ms(f.atUs)} ms`,
  lane: () => "backup",
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("rdma-key-invalidate" as const), atUs: draw.time(w) }),
}
