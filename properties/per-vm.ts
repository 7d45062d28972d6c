import { faultVm, type Fault } from "../src/faults/schedule.ts"
import { kindOf } from "../src/faults/kinds/index.ts"
import type { Property, RunRecord, Verdict } from "./property.ts"

/** The VMs a consolidated run admitted, in order. */
const vmsOf = (run: RunRecord): string[] => run.trace.facts.flatMap((f) => (f.kind === "admission" && f.admitted ? [f.guest] : []))

/** A backup crash is a crash of the one backup host, so it is a fault of every VM. */
const hitsEveryVm = (f: Fault): boolean => kindOf(f).hitsEveryVm?.(f) ?? false

/** One VM's share of a consolidated run: its facts, its faults and the backup host's crashes, judged as a run of its own. */
const vmRun = (run: RunRecord, vm: string): RunRecord => ({
  scenario: run.scenario,
  faults: run.faults.filter((f) => faultVm(f) === vm || hitsEveryVm(f)),
  trace: { events: run.trace.events, facts: run.trace.facts.filter((f) => f.vm === vm), hash: run.trace.hash },
})

/** Every admitted VM's share of a consolidated run, split once for all the properties. */
export const vmRuns = (run: RunRecord): Array<{ vm: string; run: RunRecord }> => vmsOf(run).map((vm) => ({ vm, run: vmRun(run, vm) }))

/** Judge a per-VM property on every VM of a consolidated run: the first VM that breaks it, named in the message. */
export const judgePerVm = (p: Property, runs: ReturnType<typeof vmRuns>): Verdict => {
  for (const { vm, run } of runs) {
    const v = p.check(run)
    if (!v.ok) return { ...v, witness: v.witness && { ...v.witness, message: `${vm}: ${v.witness.message}` } }
  }
  return { property: p.id, ok: true }
}
