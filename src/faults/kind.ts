import type fc from "fast-check"
import type { HostId } from "../sim/observations.ts"
import type { Reach } from "./reach.ts"
import type { LinkDirection } from "./kinds/common.ts"

/**
 * One kind of fault, as one object (the shape of fast-check's ICommand: each
 * command knows how to be generated, checked, described and run): its fields
 * and how they are checked, how it is drawn by the fuzzer, how it reads in a
 * report, when it can never act, and the hook by which it acts where its real
 * counterpart would (on a replication segment's timing, on a client packet's
 * fate, or by the fault injector at an instant or a protocol point). The
 * kinds are registered in src/faults/kinds/index.ts; adding one is a module
 * there, a line in that list and a row in docs/faults.md.
 */
export interface FaultKind<F extends { kind: string }> {
  readonly kind: F["kind"]
  /** One line: what it does. */
  readonly summary: string
  /** Its fields and their types (the schedule parser checks them). */
  readonly fields: Readonly<Record<string, FieldType>>
  /** Where it acts: on a host (the injector), on the replication link, on a client's path. */
  readonly acts: "host" | "link" | "client"
  /** The replication transports it can act on (src/transport/index.ts); absent, every one. */
  readonly transports?: readonly string[]
  /** A short phrase for reports. */
  describe(f: F): string
  /** The actor a story shows it on. */
  lane(f: F): string
  /** How often the fuzzer draws it, relative to the others, and how. */
  readonly weight: number
  arbitrary(w: ArbitraryWorld): fc.Arbitrary<F>
  /** Why it can never act in a scenario, beyond what every fault is checked for (its time, its client, its VM). */
  whyInert?(w: FaultWorld, f: F): string | undefined
  /** Whether it cannot act in a run that went only as far as `reach` (conservative: may it act, say false). */
  inertIn?(r: Reach, f: F): boolean
  /** The window it acts in, if it has one (the fault horizon ends after it). */
  window?(f: F): { atUs: number; durationUs: number }
  /** In a consolidated run: does it hit every VM (a crash of the one backup host)? */
  hitsEveryVm?(f: F): boolean
  /** A replication link fault: its effect on one segment's timing, at its stage; true if it changed the segment's fate. */
  readonly link?: { readonly stage: "rate" | "segment" | "outage"; apply(t: SegmentTiming, f: F, s: SegmentInfo): boolean }
  /** A client-path fault: its effect on one packet's fate; true if it acted. */
  client?(p: PacketFate, f: F, c: PacketInfo): boolean
  /** A fault the injector applies at `f.atUs`: the event the trace shows, and what it does. */
  readonly timed?: { event(f: F): InjectorEvent; act(t: FaultTargets, f: F): void }
  /** A fault the injector applies when a host reports reaching a protocol point (any epoch: `epoch` undefined). */
  atPoint?(f: F): { point: string; epoch: number | undefined; strike: Strike }
  /** A fault the injector applies just before the delivery that is event `event` of the run's trace (or the first after it). */
  atEvent?(f: F): { event: number; strike: Strike }
}

/** What a fault attached to a point or an event does when it strikes: the actor the trace shows it on, and the act. */
export interface Strike {
  actor: string
  /** The trace's word for it (`fault.crash`, `fault.disconnect`). */
  type: InjectorEvent["type"]
  act(t: FaultTargets, now: number): void
}

export type FieldType = "host" | "time" | "nonNegative" | "positiveInt" | "epoch" | "point" | "linkDirection" | "clientDirection" | "client" | "factor"

/** The events the fault injector schedules for itself, as the trace shows them. */
export type InjectorEvent = { type: "fault.crash"; host: HostId } | { type: "fault.disconnect" } | { type: "fault.pause"; host: HostId } | { type: "fault.partition" }

/** What the fuzzer draws faults within. */
export interface ArbitraryWorld {
  durationUs: number
  /** The scenario's replication transport. */
  transport: string
  epochs: number
  clients: number
}

/** What decides whether a fault can act at all in a scenario. */
export interface FaultWorld {
  name: string
  durationUs: number
  epochUs: number
  clients: number
  vms: number
  linkBytesPerSecond: number
  clientBytesPerSecond: number
  /** The replication transport (tcp, rdma). */
  transport: string
  hasBackup: boolean
}

/** What the injector acts on: the hosts it can crash or freeze, and the link it can cut or partition (a transport that can start a partition mid-flight). */
export interface FaultTargets {
  hosts: Partial<Record<HostId, { crash(): void; freeze(untilUs: number): void }>>
  link: { disconnect(): void; partition?(direction: LinkDirection, durationUs: number): void }
}

/** One replication segment on its way: what the link knows when it sends it. */
export interface SegmentInfo {
  now: number
  from: HostId
  /** When its serialisation starts (behind what is queued). */
  start: number
  /** Its number in its direction, from 1. */
  nth: number
  latencyUs: number
  /** The sender's retransmission timeout: a lost segment is resent this long after it left. */
  rtoUs: number
}

/** The segment's timing, which link faults change in stage order: rate (before serialisation), segment, outage. */
export interface SegmentTiming {
  bandwidth: number
  /** Time on the wire at `bandwidth` (set after the rate stage). */
  wire: number
  departAt: number
  busyUntil: number
  arriveAt: number
  lastTxAt: number
}

/** One packet between a client and the VM. */
export interface PacketInfo {
  client: string
  direction: "to-client" | "to-vm"
  nth: number
  sentAt: number
  /** Real TCP on both ends: a lost packet is lost (the sender's TCP resends), not resent by the path. */
  realTcp: boolean
  /** The sender's (or the path's) retransmission timeout: a lost packet is resent this long after it left. */
  rtoUs: number
}

/** What happens to the packet: when it arrives, how many copies, or lost. */
export interface PacketFate {
  at: number
  copies: number
  lost: boolean
}
