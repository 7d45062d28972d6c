import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { clientDrop } from "./client-drop.ts"
import { draw } from "./common.ts"

/** The nth packet to the client is overtaken by the next ones (held 1 ms). */
export type ClientReorder = { kind: "client-reorder"; client: string; nth: number }

/** How long a reordered packet is held, so the next ones overtake it. */
const REORDER_HOLD_US = 1000

export const clientReorder: FaultKind<ClientReorder> = {
  kind: "client-reorder",
  summary: "the nth packet to a client is held 1 ms, so the next ones overtake it",
  fields: { client: "client", nth: "positiveInt" },
  acts: "client",
  describe: (f) => `reorder ${f.client} packet #${f.nth}`,
  lane: (f) => f.client,
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("client-reorder" as const), client: draw.client(w), nth: draw.nth(w) }),
  whyInert: (w, f) => clientDrop.whyInert!(w, { ...f, kind: "client-drop", direction: "to-client" }),
  inertIn: (r, f) => f.nth > (r.clientPackets.get(`${f.client}/to-client`) ?? 0),
  client: (p, f, c) => {
    if (f.client !== c.client || c.direction !== "to-client" || f.nth !== c.nth) return false
    p.at += REORDER_HOLD_US
    return true
  },
}
