import { clientMachine, type ClientCommand, type ClientEvent } from "../../machines/client.ts"
import { hashBytes } from "../memory/page-hash.ts"
import type { ClientNetwork } from "../net/client-network.ts"
import type { Actor, Kernel, SimEvent } from "../sim/kernel.ts"
import { MachineActor } from "../sim/machine-actor.ts"
import type { Micros } from "../sim/time.ts"
import type { Segment } from "../workload/segment.ts"

export interface ClientParams {
  thinkUs: Micros
  minRtoUs: Micros
  maxRtoUs: Micros
  requestBytes: number
  maxRequests: number
}

/**
 * An external client: the client machine plus its receive side, which
 * reassembles the VM's byte stream (in order, duplicates dropped, early
 * segments held) and keeps every byte it accepted.
 */
export class ClientHost implements Actor {
  private readonly machine: MachineActor<ClientEvent, ClientCommand>
  private stream = new Uint8Array(1 << 16)
  private receivedThrough = 0
  private readonly early = new Map<number, Segment>()

  constructor(
    private readonly kernel: Kernel,
    readonly id: string,
    private readonly params: ClientParams,
    private readonly network: ClientNetwork,
  ) {
    this.machine = new MachineActor(kernel, id, clientMachine, params, (c) => this.execute(c))
  }

  get bytesReceived(): number {
    return this.receivedThrough
  }

  get completed(): number {
    return this.machine.context<{ completed: number }>().completed
  }

  /** The stream as received so far. */
  received(): Uint8Array {
    return this.stream.subarray(0, this.receivedThrough)
  }

  state(): string {
    return this.machine.state()
  }

  deliver(event: SimEvent): void {
    if (event.type === "net.segment") {
      const s = (event as unknown as { segment: Segment }).segment
      this.kernel.observe({ kind: "client-recv", client: this.id, offset: s.offset, len: s.len, digest: hashBytes(s.bytes) })
      this.accept(s)
      this.machine.send({ type: "segment", reqSeq: s.reqSeq, respEnd: s.respEnd, receivedThrough: this.receivedThrough })
    } else {
      this.machine.send(event as ClientEvent)
    }
  }

  private accept(s: Segment): void {
    if (s.offset + s.len <= this.receivedThrough) return
    if (s.offset > this.receivedThrough) {
      this.early.set(s.offset, s)
      return
    }
    this.append(s)
    for (let next = this.early.get(this.receivedThrough); next; next = this.early.get(this.receivedThrough)) {
      this.early.delete(next.offset)
      this.append(next)
    }
  }

  private append(s: Segment): void {
    const skip = this.receivedThrough - s.offset
    const end = s.offset + s.len
    if (end > this.stream.length) {
      const grown = new Uint8Array(Math.max(end, this.stream.length * 2))
      grown.set(this.stream)
      this.stream = grown
    }
    this.stream.set(s.bytes.subarray(skip), this.receivedThrough)
    this.receivedThrough = end
  }

  private execute(cmd: Exclude<ClientCommand, { type: "timer.set" | "timer.cancel" }>): void {
    if (cmd.type === "request.send") this.network.toVm(this.id, cmd.seq, this.params.requestBytes)
  }
}
