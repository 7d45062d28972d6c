import type { DeviceState, VcpuState } from "./guest.ts"

/**
 * JSON.stringify of a guest state's usual shapes, written out: every capture
 * renders its vCPU and devices for the state digest, and V8's generic
 * serializer was a thirtieth of a swarm campaign (docs/performance.md,
 * change 14). The shapes are the ones `Guest.cloneVcpu` and
 * `Guest.cloneDevice` make (keys in that order, integer values); a device
 * with a page cache or a TCP stack goes to JSON.stringify.
 * test/state-json.test.ts compares them with JSON.stringify over random
 * states and over a guest's own; the corpus's trace hashes (which cover
 * every capture's digest) would change if they ever differed.
 */

const rngJson = (r: readonly number[]): string => `[${r[0]},${r[1]},${r[2]},${r[3]}]`

export const vcpuJson = (v: VcpuState): string => {
  let s = `{"ticks":${v.ticks},"rng":${rngJson(v.rng)}`
  if (v.threads) {
    s += ',"threads":['
    for (let i = 0; i < v.threads.length; i++) s += (i ? "," : "") + rngJson(v.threads[i])
    s += "]"
  }
  return s + "}"
}

/** `device` as JSON when it holds only its connections' positions; undefined for any other device. */
export const connsOnlyJson = (device: DeviceState): string | undefined => {
  if (device.tcp !== undefined || device.cache !== undefined) return undefined
  let s = '{"conns":{'
  let first = true
  for (const client in device.conns) {
    const c = device.conns[client]
    s += `${first ? "" : ","}${JSON.stringify(client)}:{"txOffset":${c.txOffset},"lastRequest":${c.lastRequest}}`
    first = false
  }
  return s + "}}"
}
