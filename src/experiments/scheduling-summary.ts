import type { SchedulingRow } from "./scheduling-experiment.ts"

/** Per workload, vCPU count and link: where the adaptive policy stands against the fixed periods. */
export interface SchedulingStanding {
  workload: string
  vcpus: number
  link: SchedulingRow["link"]
  adaptive: SchedulingRow
  /** Of the fixed periods that cost no more than adaptive (slowdown), the one with the least mean delay. */
  cheapFixed: SchedulingRow | undefined
  /** Adaptive waits less than every fixed period as cheap; else the cheapest fixed period that costs no more and waits no longer. */
  ahead: boolean
  beatenBy: SchedulingRow | undefined
}

/**
 * The README's summary of `experiment scheduling`: the rule is "a fixed
 * period beats adaptive if it costs no more slowdown and waits no longer";
 * adaptive is ahead if no such period exists.
 */
export const schedulingStandings = (rows: readonly SchedulingRow[]): SchedulingStanding[] => {
  const out: SchedulingStanding[] = []
  for (const adaptive of rows.filter((r) => r.policy === "adaptive")) {
    const fixed = rows.filter((r) => r.policy.startsWith("fixed") && r.workload === adaptive.workload && r.vcpus === adaptive.vcpus && r.link === adaptive.link)
    const asCheap = fixed.filter((r) => r.slowdown <= adaptive.slowdown)
    const cheapFixed = asCheap.reduce<SchedulingRow | undefined>((best, r) => (!best || r.meanOutputDelayUs < best.meanOutputDelayUs ? r : best), undefined)
    const beatenBy = asCheap.filter((r) => r.meanOutputDelayUs <= adaptive.meanOutputDelayUs).reduce<SchedulingRow | undefined>((best, r) => (!best || r.slowdown < best.slowdown ? r : best), undefined)
    out.push({ workload: adaptive.workload, vcpus: adaptive.vcpus, link: adaptive.link, adaptive, cheapFixed, ahead: !beatenBy, beatenBy })
  }
  return out
}
