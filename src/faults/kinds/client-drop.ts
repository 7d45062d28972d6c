import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { draw, mostClientPackets, type ClientDirection } from "./common.ts"

/** The nth packet between the VM and `client`: to-client is retransmitted by the sender after 200 ms; to-vm is lost. */
export type ClientDrop = { kind: "client-drop"; client: string; direction: ClientDirection; nth: number }

export const clientDrop: FaultKind<ClientDrop> = {
  kind: "client-drop",
  summary: "the nth packet of a client's path in a direction is lost (to the client, the path resends it after 200 ms unless real TCP does)",
  fields: { client: "client", direction: "clientDirection", nth: "positiveInt" },
  acts: "client",
  describe: (f) => `drop ${f.client} packet #${f.nth} ${f.direction}`,
  lane: (f) => f.client,
  weight: 1,
  arbitrary: (w) => fc.record({ kind: fc.constant("client-drop" as const), client: draw.client(w), direction: draw.clientDirection(), nth: draw.nth(w) }),
  whyInert: (w, f) => {
    const most = mostClientPackets(w.durationUs, w.clientBytesPerSecond)
    return f.nth > most ? `a client's path carries at most ${most} packets each way in this run` : undefined
  },
  inertIn: (r, f) => f.nth > (r.clientPackets.get(`${f.client}/${f.direction}`) ?? 0),
  client: (p, f, c) => {
    if (f.client !== c.client || f.direction !== c.direction || f.nth !== c.nth) return false
    if (c.direction === "to-vm" || c.realTcp) p.lost = true
    else p.at += c.rtoUs
    return true
  },
}
