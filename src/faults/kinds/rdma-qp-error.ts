import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { draw, ms } from "./common.ts"


/** A host's queue pair hits a fatal error at an instant (a local protection or catastrophic HCA error) and goes to ERR. */
export type RdmaQpError = { kind: "rdma-qp-error"; host: HostId; atUs: number }

export const rdmaQpError: FaultKind<RdmaQpError> = {
  kind: "rdma-qp-error",
  summary: "the host's queue pair goes to ERR at that instant: every outstanding work request completes with a flush error, the host sees the connection fail",
  fields: { host: "host", atUs: "time" },
  acts: "link",
  transports: ["rdma"],
  describe: (f) => `${f.host}'s queue pair to ERR at ${ms(f.atUs)} ms`,
  lane: (f) => f.host,
  weight: 2,
  arbitrary: (w) => fc.record({ kind: fc.constant("rdma-qp-error" as const), host: draw.host(), atUs: draw.time(w) }),
}
