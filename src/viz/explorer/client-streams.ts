import type { Observation } from "../../sim/observations.ts"

/** A piece of a client's byte stream as it arrived: when, during which event, which bytes, and from which host. */
export interface StreamChunk {
  t: number
  at: number
  offset: number
  len: number
  /** The first offset at which these bytes differ from bytes the client already held, or -1. */
  conflict: number
  /** The host whose release carried these bytes (the latest release covering the offset), if one did. */
  host?: string
}

/**
 * Each client's byte stream from the facts: what arrived when, attributed to
 * the host that released it (a client does not know which host it talks to;
 * the release facts do).
 */
export const clientStreams = (facts: readonly Observation[]): Record<string, StreamChunk[]> => {
  const streams: Record<string, StreamChunk[]> = {}
  const released: Record<string, { host: string; offset: number; end: number }[]> = {}
  for (const f of facts) {
    // In a consolidated run each VM has its own clients: `vm2/client-1`.
    const client = f.kind === "packet-out" || f.kind === "client-recv" ? (f.vm ? `${f.vm}/${f.client}` : f.client) : ""
    if (f.kind === "packet-out") (released[client] ??= []).push({ host: f.host, offset: f.offset, end: f.offset + f.len })
    if (f.kind !== "client-recv") continue
    const outs = released[client] ?? []
    let host: string | undefined
    // The newest release covering the first byte; a few hundred back is far more than a window's worth.
    for (let j = outs.length - 1; j >= 0 && j >= outs.length - 500; j--)
      if (outs[j].offset <= f.offset && f.offset < outs[j].end) {
        host = outs[j].host
        break
      }
    ;(streams[client] ??= []).push({ t: f.t, at: f.at, offset: f.offset, len: f.len, conflict: f.conflict, ...(host ? { host } : {}) })
  }
  return streams
}

/**
 * Stream offsets a witness names, to mark on the stream: "client-1 bytes 0..1448", "client-1's stream has
 * a gap at 0", "client-1 received bytes at offset 0 that differ", "client-1 already received bytes up to 96".
 */
export const namedOffsets = (message: string): { client: string; from: number; to?: number }[] => {
  const found: { client: string; from: number; to?: number }[] = []
  for (const m of message.matchAll(/(client-\d+)(?:'s stream has a gap at | bytes | received bytes at offset | already received bytes up to )(\d+)(?:\.\.(\d+))?/g))
    found.push({ client: m[1], from: Number(m[2]), ...(m[3] !== undefined ? { to: Number(m[3]) } : {}) })
  return found
}
