/**
 * What a backup owes the outside world if it takes over (primer, section 1:
 * output commit across failover), decided here, beside the machines, not in
 * host code. Checkpoint k carries epoch k's packets and disk writes and the
 * newest epoch the primary had released when it captured k. The backup owes
 * the output of every applied epoch newer than that; with speculative
 * communication also released packets the client had not acknowledged
 * (the primary's relay held the only other copy). The host keeps the bytes;
 * this keeps which of them are owed.
 */
export interface OwedPacket {
  readonly client: string
  readonly offset: number
  readonly len: number
}

export class OwedOutput<P extends OwedPacket, W> {
  private readonly byEpoch = new Map<number, { packets: P[]; writes: W[] }>()

  /** Checkpoint `epoch` was applied: its output is owed until the primary is known to have released it. */
  applied(epoch: number, packets: P[], writes: W[], releasedThrough: number, clientAcked?: Record<string, number>): void {
    this.byEpoch.set(epoch, { packets, writes })
    for (const [e, o] of [...this.byEpoch]) {
      if (e > releasedThrough) continue
      if (!clientAcked) {
        this.byEpoch.delete(e)
        continue
      }
      // Speculation: released data the client has not acknowledged is still owed; writes the primary released are not.
      o.writes = []
      o.packets = o.packets.filter((p) => p.len > 0 && p.offset + p.len > (clientAcked[p.client] ?? 0))
      if (!o.packets.length) this.byEpoch.delete(e)
    }
  }

  /** The backup restores an older checkpoint than it applied: what newer ones made is not owed. */
  forgetAfter(epoch: number): void {
    for (const e of [...this.byEpoch.keys()]) if (e > epoch) this.byEpoch.delete(e)
  }

  /** The owed disk writes, oldest epoch first, handed over once (they must land before the restored guest runs). */
  takeWrites(): W[] {
    const out: W[] = []
    for (const e of this.epochs()) out.push(...this.byEpoch.get(e)!.writes.splice(0))
    return out
  }

  /** The owed packets, oldest epoch first, handed over once (the restored backup releases them as it resumes). */
  takePackets(): P[][] {
    const out = this.epochs().map((e) => this.byEpoch.get(e)!.packets)
    this.byEpoch.clear()
    return out
  }

  /** With speculation: per client, the stream bytes the backup can send, contiguous from where the client's acknowledgements stood. */
  streams(clientAcked: Record<string, number>): Record<string, [number, number]> {
    const out: Record<string, [number, number]> = {}
    for (const [client, acked] of Object.entries(clientAcked)) {
      let end = acked
      for (const e of this.epochs()) for (const p of this.byEpoch.get(e)!.packets) if (p.client === client && p.len > 0 && p.offset <= end) end = Math.max(end, p.offset + p.len)
      out[client] = [acked, end]
    }
    return out
  }

  private epochs(): number[] {
    return [...this.byEpoch.keys()].sort((a, b) => a - b)
  }
}
