import fc from "fast-check"
import type { FaultKind } from "../kind.ts"
import { draw, inWindow, ms, windowText, type ClientDirection } from "./common.ts"

/** Packets between the VM and `client` sent in the window take `extraUs` longer. */
export type ClientDelay = { kind: "client-delay"; client: string; direction: ClientDirection; atUs: number; durationUs: number; extraUs: number }

export const clientDelay: FaultKind<ClientDelay> = {
  kind: "client-delay",
  summary: "packets of a client's path in a direction sent in the window take extraUs longer",
  fields: { client: "client", direction: "clientDirection", atUs: "time", durationUs: "nonNegative", extraUs: "nonNegative" },
  acts: "client",
  describe: (f) => `${f.client} delay +${ms(f.extraUs)} ms ${f.direction} ${windowText(f.atUs, f.durationUs)}`,
  lane: (f) => f.client,
  weight: 1,
  arbitrary: (w) =>
    fc.record({
      kind: fc.constant("client-delay" as const),
      client: draw.client(w),
      direction: draw.clientDirection(),
      atUs: draw.time(w),
      durationUs: draw.window(),
      extraUs: fc.integer({ min: 100, max: 50_000 }),
    }),
  window: (f) => f,
  client: (p, f, c) => {
    if (f.client !== c.client || f.direction !== c.direction || !inWindow(c.sentAt, f)) return false
    p.at += f.extraUs
    return true
  },
}
