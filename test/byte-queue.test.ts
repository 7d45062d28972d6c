import { expect } from "vitest"
import { fc, test } from "@fast-check/vitest"
import { ByteQueue } from "../src/net/byte-queue.ts"

/** The chunked send buffer against a plain array of bytes, under random appends, drops and reads. */
test.prop([
  fc.array(
    fc.oneof(
      fc.record({ op: fc.constant("append" as const), bytes: fc.uint8Array({ maxLength: 40 }) }),
      fc.record({ op: fc.constant("drop" as const), n: fc.nat(60) }),
      fc.record({ op: fc.constant("copy" as const), from: fc.nat(80), len: fc.nat(80) }),
    ),
    { maxLength: 60 },
  ),
])("ByteQueue holds exactly the bytes appended and not yet dropped", (ops) => {
  const q = new ByteQueue(new Uint8Array(0), 16)
  let model: number[] = []
  for (const o of ops) {
    if (o.op === "append") {
      q.append(o.bytes)
      model.push(...o.bytes)
    } else if (o.op === "drop") {
      q.drop(o.n)
      model = model.slice(Math.min(o.n, model.length))
    } else expect([...q.copy(o.from, o.len)]).toEqual(model.slice(o.from, o.from + o.len))
    expect(q.length).toBe(model.length)
  }
  expect([...q.toBytes()]).toEqual(model)
})
