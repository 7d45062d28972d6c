import { describe, expect, it } from "vitest"
import { bugs, correctProtocol, protocolWith, type Bug } from "../src/bugs/bugs.ts"
import { correctHooks } from "../src/bugs/host-hooks.ts"

/** A planted bug is one variant object that deviates in exactly one place (src/bugs/bugs.ts). */
describe("bug variants", () => {
  it.each((bugs as readonly Bug[]).map((b) => [b.name, b] as const))("%s changes exactly one machine guard or host hook", (_, bug) => {
    const places = [...Object.keys(bug.primary?.guards ?? {}), ...Object.keys(bug.backup?.guards ?? {}), ...Object.keys(bug.hooks ?? {})]
    expect(places).toHaveLength(1)
    const p = protocolWith(bug.name as never)
    const changedHooks = Object.keys(correctHooks).filter((k) => p.hooks[k as keyof typeof correctHooks] !== correctHooks[k as keyof typeof correctHooks])
    expect(changedHooks).toEqual(Object.keys(bug.hooks ?? {}))
    // Only the machine it overrides is a different machine; the other is shared.
    expect(p.primary !== correctProtocol.primary).toBe(Boolean(bug.primary))
    expect(p.backup !== correctProtocol.backup).toBe(Boolean(bug.backup))
  })

  it("a guard a variant overrides is one the machine has (a misspelt one would plant nothing)", () => {
    for (const b of bugs as readonly Bug[]) {
      for (const g of Object.keys(b.primary?.guards ?? {})) expect(correctProtocol.primary.implementations.guards, `${b.name}: ${g}`).toHaveProperty(g)
      for (const g of Object.keys(b.backup?.guards ?? {})) expect(correctProtocol.backup.implementations.guards, `${b.name}: ${g}`).toHaveProperty(g)
    }
  })

  it("each bug's protocol is made once (a provided machine is compiled once per object)", () => {
    expect(protocolWith("no-fence")).toBe(protocolWith("no-fence"))
    expect(protocolWith(undefined)).toBe(correctProtocol)
  })
})
