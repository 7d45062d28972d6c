import { clientMachine, type ClientContext } from "../machines/client.ts"
import { startMachine, type MachineEngine } from "../src/sim/machine-actor.ts"

/**
 * What the machines add to a delivery: the client machine taking a segment
 * of its response (awaiting: the guard decides the response is not complete,
 * the action merges the offsets into its context), on XState's own actor, on
 * the compiled tables the kernel uses, and as a plain function doing the
 * same transition by hand (the floor: no interpreter at all).
 */
const N = 300_000
const input = { thinkUs: 2000, minRtoUs: 200_000, maxRtoUs: 3_200_000, maxRequests: 0 }
const segment = (i: number) => ({ type: "segment" as const, reqSeq: 1, respEnd: 1 << 30, receivedThrough: i })

const onEngine = (engine: MachineEngine): number => {
  const out: Array<{ type: string }> = []
  const m = startMachine(engine, clientMachine, input, out)
  m.send({ type: "start" })
  m.send({ type: "timer", name: "think" } as never)
  for (let i = 0; i < 10_000; i++) m.send(segment(i)) // warm-up
  const t0 = performance.now()
  for (let i = 0; i < N; i++) {
    m.send(segment(i))
    out.length = 0
  }
  return ((performance.now() - t0) * 1e6) / N
}

/** The same transition, written out: the guard, then the merge, a fresh context as XState's assign makes. */
const plain = (): number => {
  let ctx = { ...input, rtoUs: 200_000, seq: 1, expectEnd: -1, receivedThrough: 0, completed: 0, retransmits: 0 } as ClientContext
  const step = (c: ClientContext, e: ReturnType<typeof segment>): ClientContext => {
    const end = e.reqSeq === c.seq ? e.respEnd : c.expectEnd
    if (end >= 0 && e.receivedThrough >= end) return { ...c, completed: c.completed + 1 }
    return { ...c, receivedThrough: Math.max(c.receivedThrough, e.receivedThrough), expectEnd: e.reqSeq === c.seq ? e.respEnd : c.expectEnd }
  }
  for (let i = 0; i < 10_000; i++) ctx = step(ctx, segment(i))
  const t0 = performance.now()
  for (let i = 0; i < N; i++) ctx = step(ctx, segment(i))
  return ((performance.now() - t0) * 1e6) / N
}

/** Nanoseconds per delivery on each engine and as a plain function. */
export const machineCost = () => ({
  xstateNs: Math.round(onEngine("xstate")),
  compiledNs: Math.round(onEngine("compiled")),
  plainNs: Math.round(plain()),
})
