import { createMachine, emit, setup } from "xstate"
import { expect, it } from "vitest"
import { CompiledActor, CompiledMachine } from "../src/sim/compiled-machine.ts"

// The interpreter keeps one list of enabled transitions for every send: a guard that throws mid-send must not leave
// the transitions selected before it in that list for the next send (of any machine) to take.
it("a guard that throws leaves nothing behind for the next send", () => {
  const throwing = new CompiledMachine(
    setup({ guards: { boom: () => { throw new Error("boom") } } }).createMachine({
      type: "parallel",
      // Region one's transition is selected first; region two's guard then throws.
      states: { one: { initial: "a", states: { a: { on: { go: { target: "b", actions: emit({ type: "leaked" }) } } }, b: {} } }, two: { initial: "c", states: { c: { on: { go: { guard: "boom", target: "d" } } }, d: {} } } },
    }),
  )
  expect(() => new CompiledActor(throwing, undefined, []).send({ type: "go" }, [])).toThrow("boom")
  // Another machine, in a state with no transition for `go`: nothing may fire.
  const other = new CompiledActor(new CompiledMachine(createMachine({ initial: "x", states: { x: { on: { other: "y" } }, y: {} } })), undefined, [])
  const out: { type: string }[] = []
  other.send({ type: "go" }, out)
  expect(out).toEqual([])
  expect(other.value).toBe("x")
})
