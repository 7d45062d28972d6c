import type { HostId } from "../sim/observations.ts"
import type { Micros } from "../sim/time.ts"

/**
 * Fault schedules, format `epochlab-faults` version 1: a JSON object
 *   { "format": "epochlab-faults", "version": 1, "faults": [ ... ] }
 * where each fault is one of the kinds below. Times are virtual microseconds
 * from the start of the run; `nth` counts from 1 in sending order. See
 * docs/faults.md for the meaning of each kind and examples.
 */
export const FAULTS_FORMAT = "epochlab-faults"
export const FAULTS_VERSION = 1

export type LinkDirection = "primary->backup" | "backup->primary" | "both"
export type ClientDirection = "to-client" | "to-vm"

/** Named protocol points a crash can be attached to (for a given epoch where it applies). */
export const protocolPoints = [
  "after-capture",
  "mid-transfer",
  "after-apply-before-ack",
  "after-ack-before-release",
  "during-failover",
] as const
export type ProtocolPoint = (typeof protocolPoints)[number]

/**
 * In a consolidated scenario (several primaries on one backup) a fault may
 * name its VM (`"vm": "vm2"`); without it, it acts on vm1. A backup crash is
 * a crash of the one backup host, whichever VM names it.
 */
export type Fault = OneFault & { vm?: string }

type OneFault =
  /** Crash-stop of a host at a virtual instant. */
  | { kind: "crash"; host: HostId; atUs: Micros }
  /** Crash-stop of a host the moment the protocol reaches `point` for `epoch` (any epoch for during-failover). */
  | { kind: "crash-at"; host: HostId; point: ProtocolPoint; epoch: number }
  /** The nth replication segment in `direction` is lost; TCP retransmits it after its RTO (200 ms), later ones wait behind it. */
  | { kind: "link-drop"; direction: LinkDirection; nth: number }
  /** The nth segment is sent twice: the copy costs wire time, TCP discards it at the receiver. */
  | { kind: "link-duplicate"; direction: LinkDirection; nth: number }
  /** Segments leaving in the window take `extraUs` longer (in order still). */
  | { kind: "link-delay"; direction: LinkDirection; atUs: Micros; durationUs: Micros; extraUs: Micros }
  /** Bandwidth times `factor` (0 < factor <= 1) for segments serialised in the window. */
  | { kind: "link-bandwidth"; direction: LinkDirection; atUs: Micros; durationUs: Micros; factor: number }
  /** The replication connection breaks for good: in-flight data is lost, both hosts see the connection fail. */
  | { kind: "link-disconnect"; atUs: Micros }
  /** Nothing gets through in `direction` during the window; TCP delivers what was held after it heals plus an RTO. */
  | { kind: "link-partition"; direction: LinkDirection; atUs: Micros; durationUs: Micros }
  /** The nth packet between the VM and `client`: to-client is retransmitted by the sender after 200 ms; to-vm is lost. */
  | { kind: "client-drop"; client: string; direction: ClientDirection; nth: number }
  | { kind: "client-duplicate"; client: string; direction: ClientDirection; nth: number }
  /** The nth packet to the client is overtaken by the next ones (held 1 ms). */
  | { kind: "client-reorder"; client: string; nth: number }
  | { kind: "client-delay"; client: string; direction: ClientDirection; atUs: Micros; durationUs: Micros; extraUs: Micros }

export type FaultKind = Fault["kind"]

export interface FaultSchedule {
  format: typeof FAULTS_FORMAT
  version: typeof FAULTS_VERSION
  faults: Fault[]
}

export const schedule = (faults: Fault[]): FaultSchedule => ({ format: FAULTS_FORMAT, version: FAULTS_VERSION, faults })

export const isLinkFault = (f: Fault): f is Extract<Fault, { kind: `link-${string}` }> => f.kind.startsWith("link-")
export const isClientFault = (f: Fault): f is Extract<Fault, { kind: `client-${string}` }> => f.kind.startsWith("client-")

/** The VM a fault acts on. */
export const faultVm = (f: Fault): string => f.vm ?? "vm1"

/** A schedule as a short phrase list for one line of a report: the first few faults, then how many more. */
export const describeFaults = (faults: readonly Fault[], none = "no faults", max = 6): string => {
  if (faults.length === 0) return none
  const shown = faults.slice(0, max).map(describeFault).join("; ")
  return faults.length > max ? `${shown}; and ${faults.length - max} more` : shown
}

/** One fault as a short phrase, for reports. */
export const describeFault = (f: Fault): string => (f.vm ? `${f.vm}: ${describeOne(f)}` : describeOne(f))

const describeOne = (f: Fault): string => {
  const win = (a: Micros, d: Micros) => `${a / 1000}..${(a + d) / 1000} ms`
  switch (f.kind) {
    case "crash":
      return `crash ${f.host} at ${f.atUs / 1000} ms`
    case "crash-at":
      return `crash ${f.host} ${f.point}${f.point === "during-failover" ? "" : ` of epoch ${f.epoch}`}`
    case "link-drop":
      return `drop replication segment #${f.nth} ${f.direction}`
    case "link-duplicate":
      return `duplicate replication segment #${f.nth} ${f.direction}`
    case "link-delay":
      return `replication delay +${f.extraUs / 1000} ms ${f.direction} ${win(f.atUs, f.durationUs)}`
    case "link-bandwidth":
      return `replication bandwidth x${f.factor} ${f.direction} ${win(f.atUs, f.durationUs)}`
    case "link-disconnect":
      return `replication link disconnected at ${f.atUs / 1000} ms`
    case "link-partition":
      return `partition ${f.direction} ${win(f.atUs, f.durationUs)}`
    case "client-drop":
      return `drop ${f.client} packet #${f.nth} ${f.direction}`
    case "client-duplicate":
      return `duplicate ${f.client} packet #${f.nth} ${f.direction}`
    case "client-reorder":
      return `reorder ${f.client} packet #${f.nth}`
    case "client-delay":
      return `${f.client} delay +${f.extraUs / 1000} ms ${f.direction} ${win(f.atUs, f.durationUs)}`
  }
}
