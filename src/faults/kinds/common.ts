import fc from "fast-check"
import type { ArbitraryWorld } from "../kind.ts"

/** Directions of the replication link a fault can name, and of a client's path. */
export type LinkDirection = "primary->backup" | "backup->primary" | "both"
export type ClientDirection = "to-client" | "to-vm"

/** Arbitraries the kinds share: everything shrinks toward the start of the run, small numbers and the first option. */
export const draw = {
  host: () => fc.constantFrom("primary" as const, "backup" as const),
  time: (w: ArbitraryWorld) => fc.integer({ min: 0, max: w.durationUs - 1 }),
  window: () => fc.integer({ min: 1_000, max: 400_000 }),
  linkDirection: () => fc.constantFrom<LinkDirection>("both", "primary->backup", "backup->primary"),
  nth: (w: ArbitraryWorld) => fc.integer({ min: 1, max: w.epochs * 4 }),
  client: (w: ArbitraryWorld) => fc.integer({ min: 1, max: w.clients }).map((i) => `client-${i}`),
  clientDirection: () => fc.constantFrom("to-client" as const, "to-vm" as const),
}

export const ms = (us: number) => us / 1000
export const windowText = (a: number, d: number) => `${ms(a)}..${ms(a + d)} ms`

/** Does a link fault in `direction` apply to a segment sent by `from`? */
export const towardOf = (direction: LinkDirection, from: string) => direction === "both" || direction.startsWith(`${from}->`)

/** The most messages each way the link can carry in a run: full of its smallest (an acknowledgement, 32 bytes). */
export const mostLinkMessages = (durationUs: number, bytesPerSecond: number) => Math.ceil((durationUs * bytesPerSecond) / 1e6 / 32)
/** The most packets each way a client's path can carry in a run: full of bare TCP segments (66 bytes). */
export const mostClientPackets = (durationUs: number, bytesPerSecond: number) => Math.ceil((durationUs * bytesPerSecond) / 1e6 / 66)

export const inWindow = (t: number, f: { atUs: number; durationUs: number }) => t >= f.atUs && t < f.atUs + f.durationUs
