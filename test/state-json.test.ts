import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { connsOnlyJson, vcpuJson } from "../src/workload/state-json.ts"
import { Guest, type DeviceState, type VcpuState } from "../src/workload/guest.ts"
import { GuestMemory } from "../src/memory/guest-memory.ts"
import { remusMini } from "../src/scenario/builtin.ts"
import { Rng } from "../src/sim/rng.ts"

// A PRNG word is a uint32 once drawn, but a fresh stream's seed words are int32s and may be negative (streamOf).
const word = fc.integer({ min: -0x80000000, max: 0xffffffff })
const rng = fc.tuple(word, word, word, word)
const vcpu: fc.Arbitrary<VcpuState> = fc.record({ ticks: fc.nat(), rng, threads: fc.option(fc.array(rng, { maxLength: 4 }), { nil: undefined }) }).map((v) =>
  v.threads ? { ticks: v.ticks, rng: v.rng, threads: v.threads } : { ticks: v.ticks, rng: v.rng },
)
const device: fc.Arbitrary<DeviceState> = fc
  .dictionary(fc.oneof(fc.constantFrom("client-1", "client-2", "client-3"), fc.string()), fc.record({ txOffset: fc.nat(), lastRequest: fc.nat() }))
  .map((conns) => ({ conns }))

describe("a guest state's JSON, written out", () => {
  it("is JSON.stringify's for every vCPU and connections-only device the guest makes", () => {
    fc.assert(fc.property(vcpu, (v) => vcpuJson(v) === JSON.stringify(v)))
    fc.assert(fc.property(device, (d) => connsOnlyJson(d) === JSON.stringify(d)))
  })

  it("leaves any other device to JSON.stringify", () => {
    expect(connsOnlyJson({ conns: {}, cache: { slots: 1 } } as unknown as DeviceState)).toBeUndefined()
    expect(connsOnlyJson({ conns: {}, tcp: {} })).toBeUndefined()
  })

  it("is JSON.stringify's for the states a guest of several vCPUs and clients captures", () => {
    const guest = Guest.boot(new GuestMemory(64), { ...remusMini.host.workload, vcpus: 3 }, 7, new Rng(1, "nondet"))
    for (let t = 0; t < 200; t++) {
      guest.tick()
      if (t % 7 === 0) guest.respond(`client-${1 + (t % 3)}`, t + 1)
      const v = guest.cloneVcpu()
      const d = guest.cloneDevice()
      expect(vcpuJson(v)).toBe(JSON.stringify(v))
      expect(connsOnlyJson(d)).toBe(JSON.stringify(d))
    }
    expect(guest.cloneVcpu().threads).toHaveLength(2)
    expect(Object.keys(guest.cloneDevice().conns)).toHaveLength(3)
  })
})
