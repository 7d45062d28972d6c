import { kindOf, type OneFault } from "./kinds/index.ts"

/**
 * Fault schedules, format `epochlab-faults` version 1: a JSON object
 *   { "format": "epochlab-faults", "version": 1, "faults": [ ... ] }
 * where each fault is one of the kinds below. Times are virtual microseconds
 * from the start of the run; `nth` counts from 1 in sending order. See
 * docs/faults.md for the meaning of each kind and examples.
 */
export const FAULTS_FORMAT = "epochlab-faults"
export const FAULTS_VERSION = 1

export type { LinkDirection, ClientDirection } from "./kinds/common.ts"
export { protocolPoints, type ProtocolPoint } from "./points.ts"

/**
 * A fault: one of the kinds in src/faults/kinds/ (each a module: its fields,
 * how it is drawn, described and checked, and how it acts). In a
 * consolidated scenario (several primaries on one backup) a fault may name
 * its VM (`"vm": "vm2"`); without it, it acts on vm1. A backup crash is a
 * crash of the one backup host, whichever VM names it.
 */
export type Fault = OneFault & { vm?: string }

export type FaultKind = Fault["kind"]

export interface FaultSchedule {
  format: typeof FAULTS_FORMAT
  version: typeof FAULTS_VERSION
  faults: Fault[]
}

export const schedule = (faults: Fault[]): FaultSchedule => ({ format: FAULTS_FORMAT, version: FAULTS_VERSION, faults })

export const isLinkFault = (f: Fault): f is Extract<Fault, { kind: `link-${string}` | `rdma-${string}` }> => kindOf(f).acts === "link"
export const isClientFault = (f: Fault): f is Extract<Fault, { kind: `client-${string}` }> => kindOf(f).acts === "client"

/** The VM a fault acts on. */
export const faultVm = (f: Fault): string => f.vm ?? "vm1"

/** A schedule as a short phrase list for one line of a report: the first few faults, then how many more. */
export const describeFaults = (faults: readonly Fault[], none = "no faults", max = 6): string => {
  if (faults.length === 0) return none
  const shown = faults.slice(0, max).map(describeFault).join("; ")
  return faults.length > max ? `${shown}; and ${faults.length - max} more` : shown
}

/** One fault as a short phrase, for reports. */
export const describeFault = (f: Fault): string => (f.vm ? `${f.vm}: ${kindOf(f).describe(f)}` : kindOf(f).describe(f))
