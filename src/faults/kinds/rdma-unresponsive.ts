import fc from "fast-check"
import type { HostId } from "../../sim/observations.ts"
import type { FaultKind } from "../kind.ts"
import { draw, windowText } from "./common.ts"


/** A host's HCA answers nothing during the window: requests to it are resent every ACK timeout, and fail retry-exceeded if the window outlasts the retry budget. */
export type RdmaUnresponsive = { kind: "rdma-unresponsive"; host: HostId; atUs: number; durationUs: number }

export const rdmaUnresponsive: FaultKind<RdmaUnresponsive> = {
  kind: "rdma-unresponsive",
  summary: "the host's adapter answers nothing during the window: requests to it are resent each ACK timeout (67 ms), and complete retry-exceeded after 8 attempts (537 ms)",
  fields: { host: "host", atUs: "time", durationUs: "nonNegative" },
  acts: "link",
  transports: ["rdma"],
  describe: (f) => `${f.host} unresponsive ${windowText(f.atUs, f.durationUs)}`,
  lane: (f) => f.host,
  weight: 2,
  // Up to a second: a window past the retry budget (537 ms) makes the sender's queue pair fail.
  arbitrary: (w) => fc.record({ kind: fc.constant("rdma-unresponsive" as const), host: draw.host(), atUs: draw.time(w), durationUs: fc.integer({ min: 1_000, max: 1_000_000 }) }),
  window: (f) => f,
}
