import { FAULTS_FORMAT, FAULTS_VERSION, protocolPoints, type Fault, type FaultSchedule, type ProtocolPoint } from "./schedule.ts"
import { anyEpoch } from "./points.ts"
import type { FieldType } from "./kind.ts"
import { faultKinds, kindNamed } from "./kinds/index.ts"

/** A fault schedule that does not parse: the message says what is wrong and where. */
export class FaultScheduleError extends Error {}

const check = (type: FieldType, v: unknown): string | undefined => {
  const int = typeof v === "number" && Number.isSafeInteger(v)
  switch (type) {
    case "host":
      return v === "primary" || v === "backup" ? undefined : `expected "primary" or "backup"`
    case "time":
    case "nonNegative":
    case "epoch":
      return int && (v as number) >= 0 ? undefined : "expected a non-negative integer"
    case "positiveInt":
      return int && (v as number) >= 1 ? undefined : "expected an integer >= 1"
    case "point":
      return (protocolPoints as readonly unknown[]).includes(v) ? undefined : `expected one of ${protocolPoints.join(", ")}`
    case "linkDirection":
      return v === "primary->backup" || v === "backup->primary" || v === "both" ? undefined : `expected "primary->backup", "backup->primary" or "both"`
    case "clientDirection":
      return v === "to-client" || v === "to-vm" ? undefined : `expected "to-client" or "to-vm"`
    case "client":
      return typeof v === "string" && /^client-\d+$/.test(v) ? undefined : `expected a client id like "client-1"`
    case "factor":
      return typeof v === "number" && v > 0 && v <= 1 ? undefined : "expected a number in (0, 1]"
  }
}

const show = (v: unknown) => (v === undefined ? "nothing" : JSON.stringify(v))

/** Validate one fault; `where` names it in messages (e.g. `faults[2]`). */
export const parseFault = (raw: unknown, where: string): Fault => {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new FaultScheduleError(`${where}: expected an object, got ${show(raw)}`)
  const o = raw as Record<string, unknown>
  const spec = typeof o.kind === "string" ? kindNamed(o.kind)?.fields : undefined
  if (!spec) throw new FaultScheduleError(`${where}.kind: unknown fault kind ${show(o.kind)}; kinds: ${faultKinds.map((k) => k.kind).join(", ")}`)
  for (const [name, type] of Object.entries(spec)) {
    // A point reached whatever the epoch (claim, during-failover) may leave it out.
    if (name === "epoch" && o.epoch === undefined && (protocolPoints as readonly unknown[]).includes(o.point) && anyEpoch(o.point as ProtocolPoint)) continue
    const problem = check(type, o[name])
    if (problem) throw new FaultScheduleError(`${where}.${name}: ${problem}, got ${show(o[name])}`)
  }
  if (o.vm !== undefined && !(typeof o.vm === "string" && /^vm[1-9]\d*$/.test(o.vm))) throw new FaultScheduleError(`${where}.vm: expected a VM id like "vm2", got ${show(o.vm)}`)
  for (const key of Object.keys(o)) {
    if (key !== "kind" && key !== "vm" && !(key in spec)) throw new FaultScheduleError(`${where}: unknown field "${key}" for kind ${o.kind}`)
  }
  return o as unknown as Fault
}

/** Parse a schedule document (the text of a --faults file). `source` names the file in messages. */
export const parseSchedule = (text: string, source: string): FaultSchedule => {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new FaultScheduleError(`${source}: not JSON (${(e as Error).message})`)
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new FaultScheduleError(`${source}: expected {"format": "${FAULTS_FORMAT}", "version": ${FAULTS_VERSION}, "faults": [...]}`)
  const d = doc as Record<string, unknown>
  if (d.format !== FAULTS_FORMAT) throw new FaultScheduleError(`${source}: format: expected "${FAULTS_FORMAT}", got ${show(d.format)}`)
  if (d.version !== FAULTS_VERSION) throw new FaultScheduleError(`${source}: version: this epochlab reads version ${FAULTS_VERSION}, got ${show(d.version)}`)
  if (!Array.isArray(d.faults)) throw new FaultScheduleError(`${source}: faults: expected an array, got ${show(d.faults)}`)
  return { format: FAULTS_FORMAT, version: FAULTS_VERSION, faults: d.faults.map((f, i) => parseFault(f, `${source}: faults[${i}]`)) }
}
