import { keep, type PageEncoder } from "../compress/encoded-pages.ts"
import { RAW_RECORD_BYTES } from "../compress/page-record.ts"
import type { GuestMemory } from "../memory/guest-memory.ts"
import type { Sim } from "../sim/kernel.ts"
import type { ReplicationTransport } from "../transport/transport.ts"

/** What one epoch's checkpoint already sent early. */
export interface SentEarly {
  /** Page parts sent, numbered 1..parts. */
  parts: number
  /** Page records in them (a page sent twice counts twice: the backup applies both). */
  records: number
  /** The pages, in send order. */
  pages: number[]
}

/**
 * The primary's side of speculative state transfer (src/epoch/early-transfer.ts
 * has the rule's clock): takes the quiet dirty pages, encodes them with the
 * checkpoint's own encoder (so references follow what the backup will hold
 * when it decodes them, in order, at commit), sends them as early parts of
 * the running epoch's checkpoint, and remembers what it sent for it.
 */
export class EarlySender {
  private readonly sent = new Map<number, SentEarly>()

  constructor(
    private readonly kernel: Sim,
    private readonly memory: GuestMemory,
    private readonly encoder: PageEncoder,
    private readonly link: ReplicationTransport,
    /** Pages the link carries in one interval: the budget of one selection. */
    private readonly budgetPages: number,
  ) {
    if (!link.sendEarlyPages) throw new Error("speculative state transfer needs a transport that sends early page parts (tcp)")
  }

  static budget(linkBytesPerSecond: number, everyUs: number): number {
    return Math.max(1, Math.floor((linkBytesPerSecond * everyUs) / 1e6 / RAW_RECORD_BYTES))
  }

  /** One selection for `epoch` (the running one). */
  sendQuiet(epoch: number): void {
    const pages = this.memory.takeQuiet(this.budgetPages)
    if (pages.indices.length === 0) return
    const encoded = keep(this.encoder.encode(pages))
    const s = this.sent.get(epoch) ?? { parts: 0, records: 0, pages: [] }
    const cost = this.link.sendEarlyPages!(epoch, encoded, s.parts + 1)
    s.parts += cost.parts
    s.records += pages.indices.length
    for (const p of pages.indices) s.pages.push(p)
    this.sent.set(epoch, s)
    this.kernel.observe({ kind: "presend", epoch, pages: pages.indices.length, bytes: cost.bytes, messages: cost.messages })
  }

  /** What checkpoint `epoch` sent early, if anything; forgotten from now on (the checkpoint carries it). */
  take(epoch: number): SentEarly | undefined {
    const s = this.sent.get(epoch)
    this.sent.delete(epoch)
    return s
  }

  /** What `epoch` has sent early so far (the capture's digest covers these pages too). */
  peek(epoch: number): SentEarly | undefined {
    return this.sent.get(epoch)
  }
}
