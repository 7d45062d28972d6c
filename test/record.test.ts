import { describe, expect, it, vi } from "vitest"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { deflateSync } from "node:zlib"
import { recordCommand } from "../src/cli/record-command.ts"
import { UsageError } from "../src/cli/usage-error.ts"
import { parseMaps, parseStat, isPrivateWritable } from "../src/record/proc-maps.ts"
import {
  decodeRecording,
  encodeRecording,
  PAGE_SIZE,
  readRecording,
  RecordingError,
  writeRecording,
  type Recording,
} from "../src/record/recording.ts"
import { epochlab } from "./epochlab-in-process.ts"

const tmp = () => mkdtempSync(join(tmpdir(), "epochlab-rec-"))

const page = (fill: (i: number) => number): Uint8Array => Uint8Array.from({ length: PAGE_SIZE }, (_, i) => fill(i) & 0xff)
const epoch = (indices: number[], pages: Uint8Array[]) => {
  const data = new Uint8Array(pages.length * PAGE_SIZE)
  pages.forEach((p, i) => data.set(p, i * PAGE_SIZE))
  return { indices: Int32Array.from(indices), data }
}

const sample: Recording = {
  command: ["sort", "-R", "file with spaces.txt"],
  intervalMs: 25,
  pages: 4,
  method: "compare",
  epochs: [
    epoch([0, 1, 2], [page(() => 0), page((i) => i), page((i) => i * 7 + 3)]),
    epoch([], []),
    epoch([1, 3], [page((i) => i ^ 0x55), page(() => 0xff)]),
  ],
}

const MAGIC = Buffer.from("EPLREC1\n", "latin1")
const goodHeader = { format: "epochlab-recording", version: 1, command: ["x"], intervalMs: 25, pageSize: 4096, pages: 2, method: "compare", epochs: 1 }
const u32 = (...ns: number[]) => {
  const b = Buffer.alloc(4 * ns.length)
  ns.forEach((n, i) => b.writeUInt32LE(n, 4 * i))
  return b
}
/** A file built by hand: any header, any epoch bytes, so malformed files can be made. */
const craft = (header: unknown, epochs: Buffer = Buffer.concat([u32(2, 0, 1), Buffer.alloc(2 * PAGE_SIZE)]), headerLength?: number) => {
  const json = Buffer.from(typeof header === "string" ? header : JSON.stringify(header))
  return Buffer.concat([MAGIC, deflateSync(Buffer.concat([u32(headerLength ?? json.length), json, epochs]))])
}

const expectRecordingError = (bytes: Uint8Array, message: RegExp) => {
  let error: unknown
  try {
    decodeRecording(bytes, "recordings/x.rec")
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(RecordingError)
  const text = (error as Error).message
  expect(text).not.toContain("\n")
  expect(text).toMatch(/^recordings\/x\.rec: /)
  expect(text).toMatch(message)
}

describe("recording file format", () => {
  it("round trips through encode/decode and through a file", () => {
    const bytes = encodeRecording(sample)
    expect(Buffer.from(bytes.subarray(0, 8)).toString("latin1")).toBe("EPLREC1\n")
    const back = decodeRecording(bytes)
    expect(back.command).toEqual(sample.command)
    expect(back.intervalMs).toBe(25)
    expect(back.pages).toBe(4)
    expect(back.method).toBe("compare")
    expect(back.epochs.map((e) => Array.from(e.indices))).toEqual([[0, 1, 2], [], [1, 3]])
    back.epochs.forEach((e, k) => expect(Buffer.from(e.data).equals(Buffer.from(sample.epochs[k].data))).toBe(true))
    expect(back.epochs[0].indices).toBeInstanceOf(Int32Array)

    const file = join(tmp(), "s.rec")
    writeRecording(file, { ...sample, method: "soft-dirty" })
    const again = readRecording(file)
    expect(again.method).toBe("soft-dirty")
    expect(Buffer.from(again.epochs[2].data).equals(Buffer.from(sample.epochs[2].data))).toBe(true)
  })

  it("a hand-built minimal file decodes (the layout is the documented one)", () => {
    const r = decodeRecording(craft(goodHeader))
    expect(r.pages).toBe(2)
    expect(Array.from(r.epochs[0].indices)).toEqual([0, 1])
  })

  it.each([
    ["an empty file", Buffer.alloc(0), /truncated \(0 bytes, not even the magic\)/],
    ["a truncated magic", MAGIC.subarray(0, 5), /truncated \(5 bytes/],
    ["another format", Buffer.from("{\"format\":\"epochlab-trace\"}"), /not an epochlab recording \(bad magic/],
    ["a body that is not deflate", Buffer.concat([MAGIC, Buffer.from("hello world")]), /compressed body is damaged or truncated \(zlib: /],
    ["a cut compressed stream", craft(goodHeader).subarray(0, 40), /compressed body is damaged or truncated/],
    ["no header length", Buffer.concat([MAGIC, deflateSync(Buffer.from([1, 2]))]), /truncated before the header length/],
    ["a header longer than the body", craft(goodHeader, Buffer.alloc(0), 5000), /header is truncated \(expected 5000 bytes, found \d+\)/],
    ["a header that is not JSON", craft("{format: epochlab}"), /header is not valid JSON/],
    ["a header that is an array", craft("[1,2]"), /header is not a JSON object/],
    ["the wrong format name", craft({ ...goodHeader, format: "epochlab-trace" }), /header format is "epochlab-trace"/],
    ["a newer version", craft({ ...goodHeader, version: 2 }), /unsupported version 2/],
    ["a command that is not a list of strings", craft({ ...goodHeader, command: "sort" }), /command must be an array of strings/],
    ["a zero interval", craft({ ...goodHeader, intervalMs: 0 }), /intervalMs must be a positive number, got 0/],
    ["another page size", craft({ ...goodHeader, pageSize: 8192 }), /pageSize is 8192, only 4096/],
    ["a fractional page count", craft({ ...goodHeader, pages: 1.5 }), /pages must be a non-negative integer, got 1.5/],
    ["a missing page count", craft({ ...goodHeader, pages: undefined }), /pages must be a non-negative integer, got undefined/],
    ["an unknown method", craft({ ...goodHeader, method: "magic" }), /method must be "soft-dirty" or "compare", got "magic"/],
    ["no epochs", craft({ ...goodHeader, epochs: 0 }), /epochs must be a positive integer, got 0/],
    ["fewer epochs than the header says", craft({ ...goodHeader, epochs: 3 }), /epoch 1 is missing \(header says 3 epochs, found 1\)/],
    ["an epoch with more pages than exist", craft(goodHeader, u32(3, 0, 1, 2)), /epoch 0 claims 3 pages, more than the 2/],
    ["truncated page numbers", craft(goodHeader, u32(2, 0)), /epoch 0 is truncated \(expected 8 bytes of page numbers, found 4\)/],
    [
      "truncated page data",
      craft(goodHeader, Buffer.concat([u32(2, 0, 1), Buffer.alloc(100)])),
      /epoch 0 is truncated \(expected 8192 bytes of page data, found 100\)/,
    ],
    ["a page number out of range", craft(goodHeader, Buffer.concat([u32(2, 0, 7), Buffer.alloc(2 * PAGE_SIZE)])), /epoch 0: page number 7 is out of range \(pages: 2\)/],
    ["a huge page number", craft(goodHeader, Buffer.concat([u32(2, 0, 0xffffffff), Buffer.alloc(2 * PAGE_SIZE)])), /page number 4294967295 is out of range/],
    ["page numbers out of order", craft(goodHeader, Buffer.concat([u32(2, 1, 0), Buffer.alloc(2 * PAGE_SIZE)])), /not strictly ascending \(0 after 1\)/],
    ["a page twice in an epoch", craft(goodHeader, Buffer.concat([u32(2, 1, 1), Buffer.alloc(2 * PAGE_SIZE)])), /not strictly ascending \(1 after 1\)/],
    ["trailing bytes", craft(goodHeader, Buffer.concat([u32(2, 0, 1), Buffer.alloc(2 * PAGE_SIZE + 3)])), /3 unexpected bytes after the last epoch/],
    ["a page that never appears", craft({ ...goodHeader, pages: 3 }), /header says 3 pages but page 2 appears in no epoch/],
  ])("%s is a one-line RecordingError naming the file", (_name, bytes, message) => {
    expectRecordingError(bytes, message)
  })

  it("readRecording: a missing file is a RecordingError too", () => {
    expect(() => readRecording("/nonexistent/x.rec")).toThrow(RecordingError)
    expect(() => readRecording("/nonexistent/x.rec")).toThrow(/^\/nonexistent\/x\.rec: cannot read \(ENOENT\)$/)
  })

  it("encode refuses an inconsistent recording", () => {
    const bad = (r: Partial<Recording>) => () => encodeRecording({ ...sample, ...r }, "out.rec")
    expect(bad({ epochs: [{ indices: Int32Array.of(0), data: new Uint8Array(10) }] })).toThrow(/^out\.rec: cannot encode: epoch 0 has 1 page but 10 bytes/)
    expect(bad({ epochs: [] })).toThrow(/no epochs/)
    expect(bad({ pages: 5 })).toThrow(/page 4 appears in no epoch/)
    expect(bad({ pages: 3 })).toThrow(/page number 3 is out of range/)
    expect(bad({ intervalMs: NaN })).toThrow(/intervalMs/)
    expect(bad({ method: "x" as Recording["method"] })).toThrow(/unknown method/)
  })
})

describe("/proc parsing", () => {
  it("maps: names with spaces, and which mappings count as private writable", () => {
    const maps = parseMaps(
      [
        "55c057290000-55c057291000 rw-p 0000a000 fe:00 260131                     /usr/bin/my prog",
        "55c059af5000-55c059b16000 rw-p 00000000 00:00 0                          [heap]",
        "7f8d34385000-7f8d343a7000 rw-p 00000000 00:00 0 ",
        "7f8d34406000-7f8d34409000 rw-s 00000000 00:01 5                          /dev/shm/x",
        "7f8d345dc000-7f8d345de000 r--p 001d3000 fe:00 339380                     /usr/lib/libc.so.6",
        "7f8d345de000-7f8d345eb000 ---p 00000000 00:00 0",
        "7ffe37bee000-7ffe37bf2000 r--p 00000000 00:00 0                          [vvar]",
        "",
      ].join("\n"),
    )
    expect(maps).toHaveLength(7)
    expect(maps[0]).toEqual({ start: 0x55c057290000, end: 0x55c057291000, perms: "rw-p", name: "/usr/bin/my prog" })
    expect(maps[2].name).toBe("")
    expect(maps.map(isPrivateWritable)).toEqual([true, true, true, false, false, false, false])
  })

  it("stat: a command name with spaces and parentheses", () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 4))
    fields[48] = "256" // field 52, exit_code
    const s = parseStat(`1234 (a) b (c) Z ${fields.join(" ")}\n`)
    expect(s.state).toBe("Z")
    expect(s.exitCode).toBe(256)
  })
})

const linux = process.platform === "linux"

describe("epochlab record", () => {
  it("bad flags are one-line usage errors", () => {
    const usage = (...argv: string[]) => {
      try {
        recordCommand(argv)
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError)
        expect((e as Error).message).not.toContain("\n")
        return (e as Error).message
      }
      throw new Error(`no error for ${argv.join(" ")}`)
    }
    expect(usage("--out", "x.rec", "sort", "f")).toMatch(/unexpected argument "sort"; put the command after --/)
    expect(usage("--out", "x.rec")).toMatch(/missing -- COMMAND/)
    expect(usage("--out", "x.rec", "--")).toMatch(/missing COMMAND after --/)
    expect(usage("--", "sleep", "1")).toMatch(/missing --out FILE/)
    expect(usage("--out", "x.rec", "--epochs", "0", "--", "sleep", "1")).toMatch(/--epochs: expected an integer from 1 to 400, got "0"/)
    expect(usage("--out", "x.rec", "--epochs", "401", "--", "sleep", "1")).toMatch(/--epochs/)
    expect(usage("--out", "x.rec", "--interval-ms", "2.5", "--", "sleep", "1")).toMatch(/--interval-ms: expected an integer/)
    expect(usage("--out", "x.rec", "--start-ms", "-1", "--", "sleep", "1")).toMatch(/--start-ms/)
    expect(usage("--out", "x.rec", "--method", "guess", "--", "sleep", "1")).toMatch(/--method: expected auto, soft-dirty or compare/)
    expect(usage("--out", "x.rec", "--frobnicate", "--", "sleep", "1")).toMatch(/Unknown option '--frobnicate'/)
    expect(usage("--out", "/proc/x/x.rec", "--", "sleep", "1")).toMatch(/--out: cannot create \/proc\/x \(ENOENT\)/)
    expect(usage("--out", "/tmp", "--", "sleep", "1")).toMatch(/--out: \/tmp is a folder/)
  })

  it.runIf(linux)("a command that cannot run, or ends before the first snapshot, is a usage error", () => {
    const dir = tmp()
    const out = join(dir, "x.rec")
    const notExecutable = join(dir, "data.txt")
    writeFileSync(notExecutable, "hello\n", { mode: 0o644 })
    expect(() => recordCommand(["--out", out, "--", "epochlab-no-such-command"])).toThrow(/^command not found: "epochlab-no-such-command"$/)
    expect(() => recordCommand(["--out", out, "--", notExecutable])).toThrow(/^cannot execute ".*data\.txt" \(.*permission denied or not an executable\)$/)
    expect(() => recordCommand(["--out", out, "--", "true"])).toThrow(/"true" exited with status 0 before the first snapshot/)
  })

  it("the real CLI: bad flags and bad commands exit 2 with one line on stderr", async () => {
    const runs = [await epochlab("record", "--out", "x.rec"), await epochlab("record", "--out", join(tmp(), "x.rec"), "--", "epochlab-no-such-command")]
    for (const r of runs) {
      expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 2 })
      expect(r.stdout).toBe("")
      const lines = r.stderr.trim().split("\n")
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^epochlab: /)
    }
  })

  it.runIf(linux)("records a real process: dirty pages after snapshot 0, a file that reads back", () => {
    const out = join(tmp(), "busy.rec")
    // Fills a 64 KiB buffer with 0x5a, 0x5b, 0x5c in turn, for at most 3 s (killed sooner).
    const script = "const b = Buffer.alloc(1 << 16); const end = Date.now() + 3000; for (let i = 0; Date.now() < end; i++) b.fill(0x5a + (i % 3))"
    const log = vi.spyOn(console, "log").mockImplementation(() => {})
    let code: number
    let printed: unknown[][]
    try {
      code = recordCommand(["--epochs", "4", "--interval-ms", "25", "--start-ms", "300", "--out", out, "--", process.execPath, "-e", script])
    } finally {
      printed = [...log.mock.calls]
      log.mockRestore()
    }
    expect(code).toBe(0)
    expect(printed).toHaveLength(1)
    expect(String(printed[0][0])).toMatch(/^epochlab record: .*busy\.rec, .*: 4 snapshots, \d+ distinct pages .*method (soft-dirty|compare).*command killed after the last snapshot$/)
    const rec = readRecording(out)
    expect(rec.command).toEqual([process.execPath, "-e", script])
    expect(rec.intervalMs).toBe(25)
    expect(rec.epochs).toHaveLength(4)
    expect(rec.epochs[0].indices.length).toBeGreaterThan(100)
    expect(rec.pages).toBeGreaterThanOrEqual(rec.epochs[0].indices.length)
    // The buffer's pages: every byte one of the three fill values.
    const filled = (e: { data: Uint8Array }) => {
      let n = 0
      for (let at = 0; at < e.data.length; at += PAGE_SIZE) {
        const v = e.data[at]
        if (v >= 0x5a && v <= 0x5c && e.data.subarray(at, at + PAGE_SIZE).every((b) => b === v)) n++
      }
      return n
    }
    // Node starts in about 50 ms, so the loop runs from early on; a busy machine may leave the
    // child without CPU for a whole 25 ms epoch, so not every epoch is required to have pages.
    expect(rec.epochs.slice(1).some((e) => e.indices.length > 0)).toBe(true)
    expect(Math.max(...rec.epochs.map(filled))).toBeGreaterThanOrEqual(8) // 16 pages, some mid-fill or straddling a page boundary
  })
})

describe("shipped recordings", () => {
  const dir = "testdata/recordings"
  const files = readdirSync(dir).filter((f) => f.endsWith(".rec"))
  const readme = readFileSync(join(dir, "README.md"), "utf8")

  it("there are at least four, documented, small", () => {
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const f of files) expect(readme).toContain(f)
    const total = files.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0)
    // Five recordings; the compiler's (3005 pages) is the largest at 2.6 MiB.
    expect(total).toBeLessThan(8_000_000)
  })

  it.each(files)("%s reads back, with at least 3 epochs and dirty pages after the first", (f) => {
    const rec = readRecording(join(dir, f))
    expect(rec.epochs.length).toBeGreaterThanOrEqual(3)
    expect(rec.command.length).toBeGreaterThan(0)
    expect(rec.epochs[0].indices.length).toBeGreaterThan(0)
    expect(rec.epochs.slice(1).filter((e) => e.indices.length > 0).length).toBeGreaterThanOrEqual(2)
  })
})

// A damaged shipped-style file through the decoder, as the simulator will meet it.
it("a recording cut short on disk names the file", () => {
  const file = join(tmp(), "cut.rec")
  writeFileSync(file, encodeRecording(sample).subarray(0, 60))
  expect(() => readRecording(file)).toThrow(new RegExp(`^${file.replace(/[.]/g, "\\.")}: compressed body is damaged or truncated`))
})
