/** Reading Linux /proc: a process's mappings, its state, and pagemap entries. */
import { readFileSync } from "node:fs"

export interface Mapping {
  readonly start: number
  readonly end: number
  readonly perms: string
  readonly name: string
}

/** Parse /proc/PID/maps text: "start-end perms offset dev inode [name]" per line. */
export const parseMaps = (text: string): Mapping[] => {
  const out: Mapping[] = []
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+)-([0-9a-f]+)\s+(\S{4})\s+\S+\s+\S+\s+\S+\s*(.*)$/.exec(line)
    if (!m) continue
    out.push({ start: parseInt(m[1], 16), end: parseInt(m[2], 16), perms: m[3], name: m[4] })
  }
  return out
}

/** Private, readable and writable: the memory a guest would dirty ([heap], [stack], anonymous, a binary's data). */
export const isPrivateWritable = (m: Mapping): boolean =>
  m.perms[0] === "r" && m.perms[1] === "w" && m.perms[3] === "p" && !/^\[(vvar|vvar_vclock|vdso|vsyscall)\]$/.test(m.name)

export const readMaps = (pid: number): Mapping[] => parseMaps(readFileSync(`/proc/${pid}/maps`, "latin1"))

export interface ProcState {
  /** R, S, D, T (stopped), t (traced), Z (zombie), X (dead), ... */
  readonly state: string
  /** The wait status (field 52) once the process is a zombie. */
  readonly exitCode: number
}

/** Parse /proc/PID/stat (the command name may contain spaces and parentheses, so split after the last ')'). */
export const parseStat = (text: string): ProcState => {
  const fields = text.slice(text.lastIndexOf(")") + 2).trim().split(" ")
  return { state: fields[0], exitCode: Number(fields[49] ?? 0) }
}

/** The state of a process or thread, or undefined when it is gone. */
export const readStat = (path: string): ProcState | undefined => {
  try {
    return parseStat(readFileSync(path, "latin1"))
  } catch {
    return undefined
  }
}

/** pagemap entry bits (in the high 32-bit word of each 64-bit entry). */
export const PAGEMAP_PRESENT = 1 << 31 // bit 63
export const PAGEMAP_SWAPPED = 1 << 30 // bit 62
export const PAGEMAP_SOFT_DIRTY = 1 << 23 // bit 55
