import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { clientDrop } from "./client-drop.ts"
import { draw, type ClientDirection } from "./common.ts"

/** The nth packet between the VM and `client` arrives twice. */
export type ClientDuplicate = { kind: "client-duplicate"; client: string; direction: ClientDirection; nth: number }

export const clientDuplicate: FaultKind<ClientDuplicate> = {
  kind: "client-duplicate",
  summary: "the nth packet of a client's path in a direction arrives twice",
  fields: { client: "client", direction: "clientDirection", nth: "positiveInt" },
  acts: "client",
  describe: (f) => `duplicate ${f.client} packet #${f.nth} ${f.direction}`,
  lane: (f) => f.client,
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("client-duplicate" as const), client: draw.client(w), direction: draw.clientDirection(), nth: draw.nth(w) }),
  whyInert: (w, f) => clientDrop.whyInert!(w, { ...f, kind: "client-drop" }),
  inertIn: (r, f) => clientDrop.inertIn!(r, { ...f, kind: "client-drop" }),
  client: (p, f, c) => {
    if (f.client !== c.client || f.direction !== c.direction || f.nth !== c.nth) return false
    p.copies = 2
    return true
  },
}
