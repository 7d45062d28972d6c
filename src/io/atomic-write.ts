import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs"
import { basename, dirname, join, resolve, sep } from "node:path"

/**
 * Every file epochlab writes (counterexamples, traces, recordings, the
 * corpus) goes through here: written whole to a temporary file in the same
 * folder, flushed to disk, then renamed over the final name. A reader (or a
 * process killed mid-write) sees the old file or the new one, never half of
 * one.
 */
export const writeFileAtomic = (path: string, data: string | Uint8Array): void => {
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.floor(Math.random() * 1e9)}.tmp`)
  const fd = openSync(tmp, "wx", 0o644)
  try {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at)
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw e
  }
  closeSync(fd)
  try {
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
  // The rename itself reaches the disk with the folder.
  try {
    const d = openSync(dir, "r")
    fsyncSync(d)
    closeSync(d)
  } catch {
    // Some filesystems cannot fsync a folder; the file itself is on disk.
  }
}

/** An output location that cannot be used: the message is one line and says why. */
export class OutputError extends Error {}

const reason = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message

/**
 * Make sure `dir` exists (creating it and its parents one level at a time:
 * Node's recursive mkdir spins on procfs) and that a file can be written and
 * renamed in it, before any work starts. Throws an OutputError naming `what`.
 */
export const ensureWritableDir = (dir: string, what: string): void => {
  const full = resolve(dir)
  const parts = full.split(sep).filter(Boolean)
  let at: string = sep
  for (const p of parts) {
    at = join(at, p)
    const s = statSync(at, { throwIfNoEntry: false })
    if (s) {
      if (!s.isDirectory()) throw new OutputError(`${what}: ${at} is not a folder`)
      continue
    }
    try {
      mkdirSync(at)
    } catch (e) {
      throw new OutputError(`${what}: cannot create ${at} (${reason(e)})`)
    }
  }
  try {
    const probe = join(full, `.epochlab-probe-${process.pid}`)
    writeFileAtomic(probe, "")
    rmSync(probe, { force: true })
  } catch (e) {
    throw new OutputError(`${what}: cannot write in ${full} (${reason(e)})`)
  }
}

/** A file about to be written: its folder must be usable and the path must not be a folder. */
export const ensureWritableFile = (path: string, what: string): void => {
  let s
  try {
    s = statSync(path, { throwIfNoEntry: false })
  } catch {
    // ENOTDIR and the like: a part of the path is not a folder, which the folder check names.
  }
  if (s?.isDirectory()) throw new OutputError(`${what}: ${path} is a folder`)
  ensureWritableDir(dirname(resolve(path)), what)
}
