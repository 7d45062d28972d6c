import { match, P } from "ts-pattern"
import type { Fault } from "../faults/schedule.ts"
import { describeFault } from "../faults/schedule.ts"
import { kindOf } from "../faults/kinds/index.ts"
import type { Observation } from "../sim/observations.ts"

/** One line of a counterexample's story, in the lane of the actor it happened to. */
export interface StoryRow {
  t: number
  /** Delivered-event index (for the offending mark); -1 for fault rows. */
  at: number
  lane: string
  text: string
  kind: "fact" | "epoch" | "fault"
  /** For message-like facts: the lane on the receiving side (sequence diagrams). */
  to?: string
  offending?: boolean
}

export interface StoryInput {
  facts: readonly Observation[]
  faults: readonly Fault[]
  witness: { at: number; t: number }
}

const kib = (n: number) => (n < 10_240 ? `${n} B` : `${Math.round(n / 1024)} KiB`)

/**
 * The facts of a trace as a story: a row per protocol step, consecutive
 * packets of one epoch (and consecutive receipts) collapsed into one row,
 * epochs marked, faults placed at their time, the witness's rows flagged.
 */
export const storyRows = (input: StoryInput): StoryRow[] => {
  const rows: StoryRow[] = []
  // Contiguous runs of packets or receipts read as one row, but never across the witness.
  const mergeable = (prev: StoryRow | undefined, f: Observation) =>
    prev !== undefined && (prev.at === f.at || (prev.at !== input.witness.at && f.at !== input.witness.at))
  const push = (f: Observation, lane: string, text: string, to?: string) => rows.push({ t: f.t, at: f.at, lane, text, kind: "fact", to })
  for (const f of input.facts) {
    const prev = rows[rows.length - 1]
    // Every kind of fact is named here (a new kind is a compile error until the story decides what to show of it).
    match(f)
      .with({ kind: "capture" }, (f) => {
        rows.push({ t: f.t, at: f.at, lane: "primary", text: `epoch ${f.epoch}`, kind: "epoch" })
        push(f, "primary", `capture ${f.epoch}: ${f.pages} pages, pause ${f.pauseUs} us`)
      })
      .with({ kind: "checkpoint-sent" }, (f) => push(f, "primary", `send checkpoint ${f.epoch} (${kib(f.bytes)})`, "backup"))
      .with({ kind: "cow-copies" }, (f) => (f.pages ? push(f, "primary", `checkpoint ${f.epoch} read: ${f.pages} pages copied on write`) : undefined))
      .with({ kind: "presend" }, (f) => push(f, "primary", `send ${f.pages} pages of checkpoint ${f.epoch} early (${kib(f.bytes)})`, "backup"))
      .with({ kind: "slave-hashes" }, (f) => push(f, "primary", `hashes of ${f.listed} pages of checkpoint ${f.epoch}, ${f.inputs} inputs (${kib(f.bytes)})`, "backup"))
      .with({ kind: "slave-need" }, (f) => push(f, "primary", `the backup's run differs on ${f.need} pages of checkpoint ${f.epoch}`))
      .with({ kind: "checkpoint-complete" }, (f) => push(f, "backup", `checkpoint ${f.epoch} complete`))
      .with({ kind: "apply" }, (f) => push(f, "backup", `apply ${f.epoch}`))
      .with({ kind: "ack-sent" }, (f) => push(f, "backup", `ack ${f.epoch}`, "primary"))
      .with({ kind: "ack-received" }, (f) => push(f, "primary", `ack ${f.epoch} received`))
      .with({ kind: "packet-out" }, (f) => {
        // The lane is the releasing host; protected is the normal mode, so only the others are named.
        const key = `release e${f.epoch}${f.mode === "protected" ? "" : ` ${f.mode}`} > ${f.client}`
        if (mergeable(prev, f) && prev!.lane === f.host && prev!.text.startsWith(`${key} `) && prev!.text.endsWith(`..${f.offset}`)) {
          prev!.text = prev!.text.replace(/\.\.\d+$/, `..${f.offset + f.len}`)
        } else push(f, f.host, `${key} ${f.offset}..${f.offset + f.len}`, f.client)
      })
      .with({ kind: "client-recv" }, (f) => {
        const conflict = f.conflict >= 0 ? `, CONFLICT at ${f.conflict}` : ""
        if (mergeable(prev, f) && prev!.lane === f.client && /^receive \d+\.\.\d+$/.test(prev!.text) && prev!.text.endsWith(`..${f.offset}`) && !conflict) {
          prev!.text = prev!.text.replace(/\.\.\d+$/, `..${f.offset + f.len}`)
        } else push(f, f.client, `receive ${f.offset}..${f.offset + f.len}${conflict}`)
      })
      .with({ kind: "lease" }, (f) => push(f, f.host, `claim activation record: ${f.granted ? "granted" : "denied"}`, "storage"))
      .with({ kind: "crash" }, (f) => push(f, f.host, "CRASH"))
      .with({ kind: "pause" }, (f) => push(f, f.host, `PAUSED until ${(f.untilUs / 1000).toFixed(3)} ms`))
      .with({ kind: "failover-detected" }, (f) => push(f, "backup", "primary silent: fail over"))
      .with({ kind: "failover-refused" }, (f) => push(f, "backup", `failover refused: ${f.reason}`))
      .with({ kind: "restore" }, (f) => push(f, "backup", `restore checkpoint ${f.epoch} (streams at ${Object.entries(f.streams).map(([c, o]) => `${c} ${o}`).join(", ") || "0"})`))
      .with({ kind: "resumed" }, (f) => push(f, "backup", `resume epoch ${f.epoch}: the VM's address moves here`))
      .with({ kind: "unprotected" }, (f) => push(f, f.host, "no backup: run unprotected"))
      .with({ kind: "fiber-died" }, (f) => push(f, f.host, `${f.fiber} fiber ${f.how}`))
      .with({ kind: "quiescent" }, (f) => push(f, "primary", "nothing left to happen: deadlock"))
      // Not rows of their own: the claim is shown by its lease; disk and storage traffic, memory accounting,
      // progress samples, soft-page rebuilds and early pages applied at commit are detail a reader finds in the trace; a fault's own row says when it was scheduled.
      .with({ kind: P.union("claim", "disk-write", "storage-land", "admission", "backup-charge", "file-ops", "soft-rebuilt", "fault-acted", "early-apply") }, () => undefined)
      .exhaustive()
  }
  for (const fault of input.faults) {
    // A fault with no instant of its own (the nth segment, a protocol point) shows where it first acted, if it did.
    const acted = "atUs" in fault ? undefined : firstActed(input.facts, fault)
    const t = "atUs" in fault ? fault.atUs : (acted ?? 0)
    const lane = kindOf(fault).lane(fault)
    rows.push({ t, at: -1, lane, text: `FAULT: ${describeFault(fault)}${"atUs" in fault || acted !== undefined ? "" : " (never acted)"}`, kind: "fault" })
  }
  rows.sort((a, b) => a.t - b.t || (a.kind === "fault" ? -1 : 0) - (b.kind === "fault" ? -1 : 0))
  for (const r of rows) if (r.at === input.witness.at && r.kind === "fact") r.offending = true
  return rows
}

/** When a fault without an instant first acted: its kind's first `fault-acted` fact, or for a crash at a protocol point the host's crash. */
const firstActed = (facts: readonly Observation[], fault: Fault): number | undefined => {
  for (const f of facts) {
    if (f.kind === "fault-acted" && f.fault === fault.kind) return f.t
    if ((fault.kind === "crash-at" || fault.kind === "crash-at-event") && f.kind === "crash" && f.host === fault.host) return f.t
    if (fault.kind === "host-pause-at" && f.kind === "pause" && f.host === fault.host) return f.t
    if ((fault.kind === "link-disconnect-at" || fault.kind === "link-disconnect-at-event") && f.kind === "fault-acted" && f.fault === "link-disconnect") return f.t
  }
  return undefined
}

/** The rows worth reading: the last `before` rows up to the witness and `after` rows past it, faults always. */
export const storyWindow = (rows: StoryRow[], witnessAt: number, before = 45, after = 8): StoryRow[] => {
  let w = rows.findIndex((r) => r.offending)
  if (w < 0) w = rows.findIndex((r) => r.at >= witnessAt)
  if (w < 0) w = rows.length - 1
  const from = Math.max(0, w - before)
  const to = Math.min(rows.length, w + after + 1)
  return rows.filter((r, i) => (i >= from && i < to) || r.kind === "fault")
}
