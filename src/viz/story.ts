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
    switch (f.kind) {
      case "capture":
        rows.push({ t: f.t, at: f.at, lane: "primary", text: `epoch ${f.epoch}`, kind: "epoch" })
        push(f, "primary", `capture ${f.epoch}: ${f.pages} pages, pause ${f.pauseUs} us`)
        break
      case "checkpoint-sent":
        push(f, "primary", `send checkpoint ${f.epoch} (${kib(f.bytes)})`, "backup")
        break
      case "checkpoint-complete":
        push(f, "backup", `checkpoint ${f.epoch} complete`)
        break
      case "apply":
        push(f, "backup", `apply ${f.epoch}`)
        break
      case "ack-sent":
        push(f, "backup", `ack ${f.epoch}`, "primary")
        break
      case "ack-received":
        push(f, "primary", `ack ${f.epoch} received`)
        break
      case "packet-out": {
        // The lane is the releasing host; protected is the normal mode, so only the others are named.
        const key = `release e${f.epoch}${f.mode === "protected" ? "" : ` ${f.mode}`} > ${f.client}`
        if (mergeable(prev, f) && prev!.lane === f.host && prev!.text.startsWith(`${key} `) && prev!.text.endsWith(`..${f.offset}`)) {
          prev!.text = prev!.text.replace(/\.\.\d+$/, `..${f.offset + f.len}`)
        } else push(f, f.host, `${key} ${f.offset}..${f.offset + f.len}`, f.client)
        break
      }
      case "client-recv": {
        const conflict = f.conflict >= 0 ? `, CONFLICT at ${f.conflict}` : ""
        if (mergeable(prev, f) && prev!.lane === f.client && /^receive \d+\.\.\d+$/.test(prev!.text) && prev!.text.endsWith(`..${f.offset}`) && !conflict) {
          prev!.text = prev!.text.replace(/\.\.\d+$/, `..${f.offset + f.len}`)
        } else push(f, f.client, `receive ${f.offset}..${f.offset + f.len}${conflict}`)
        break
      }
      case "lease":
        push(f, f.host, `claim activation record: ${f.granted ? "granted" : "denied"}`, "storage")
        break
      case "crash":
        push(f, f.host, "CRASH")
        break
      case "failover-detected":
        push(f, "backup", "primary silent: fail over")
        break
      case "restore":
        push(f, "backup", `restore checkpoint ${f.epoch} (streams at ${Object.entries(f.streams).map(([c, o]) => `${c} ${o}`).join(", ") || "0"})`)
        break
      case "resumed":
        push(f, "backup", `resume epoch ${f.epoch}: the VM's address moves here`)
        break
      case "unprotected":
        push(f, f.host, "no backup: run unprotected")
        break
      case "quiescent":
        push(f, "primary", "nothing left to happen: deadlock")
        break
    }
  }
  for (const fault of input.faults) {
    const t = "atUs" in fault ? fault.atUs : 0
    const lane = kindOf(fault).lane(fault)
    rows.push({ t, at: -1, lane, text: `FAULT: ${describeFault(fault)}`, kind: "fault" })
  }
  rows.sort((a, b) => a.t - b.t || (a.kind === "fault" ? -1 : 0) - (b.kind === "fault" ? -1 : 0))
  for (const r of rows) if (r.at === input.witness.at && r.kind === "fact") r.offending = true
  return rows
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
