import { decodeRecords, recordPages } from "../compress/decoder.ts"
import { unionOfPages } from "../memory/page-set.ts"
import { ActiveSlave } from "./active-slave.ts"
import { concat } from "../common/concat.ts"
import type { BackupCommand, BackupContext, BackupEvent } from "../../machines/backup.ts"
import { GuestMemory, type DirtyPages } from "../memory/guest-memory.ts"
import { PAGE_SIZE } from "../memory/page-hash.ts"
import type { ClientNetwork } from "../net/client-network.ts"
import { addressOf, type Actor, type Sim } from "../sim/kernel.ts"
import { OwedOutput } from "../../machines/owed-output.ts"
import type { HostMessage } from "./host-messages.ts"
import { MachineActor } from "../sim/machine-actor.ts"
import type { ActivationRecord } from "../storage/activation-record.ts"
import type { FaultInjector } from "../faults/injector.ts"
import { Guest, stateDigest, type DeviceState, type VcpuState } from "../workload/guest.ts"
import type { Segment } from "../net/segment.ts"
import { guestTcp, type GuestTcp } from "../net/guest-net.ts"
import type { ClientPacket } from "../net/hypervisor-net.ts"
import type { HashesPayload, HeaderPayload, PartPayload, ReplicationTransport, ReplMessage } from "../transport/transport.ts"
import { GuestExecution } from "./guest-execution.ts"
import { hashBytes } from "../memory/page-hash.ts"
import type { DiskWrite } from "../storage/block-store.ts"
import type { DiskIo } from "../workload/page-cache.ts"
import type { StorageHost } from "./storage-host.ts"
import { answerClaim, crashStop, HostFreeze } from "./host-lifecycle.ts"
import { PROGRESS_SAMPLE_US, observeProgress, sampleProgress } from "./progress-sample.ts"
import { digestsPages, type GuestNet, type HostParams } from "./host-params.ts"
import type { BackupPool } from "./backup-pool.ts"

/**
 * The backup host: a staging area per incoming checkpoint, the committed image
 * (pages, vCPU, devices) that only whole checkpoints reach, the output each
 * applied checkpoint may still owe the clients, and, after failover, the
 * restored guest serving them.
 */
/** What the host carries out of its machine's commands (the machine actor handles its timers itself). */
type HostCommand = Exclude<BackupCommand, { type: "timer.set" | "timer.cancel" }>

export class BackupHost implements Actor<HostMessage> {
  /** The messages the backup reacts to, for the protocol (test/sabotage.test.ts deletes each reaction in turn). */
  static readonly handles = ["repl.msg:part", "repl.msg:commit", "timer", "link.down", "storage.claim-done", "client.request", "client.packet"] as const
  readonly id = "backup"
  readonly address = addressOf<HostMessage>(this)
  private readonly machine: MachineActor<BackupEvent, BackupCommand>
  /** Its host-pause freezes, and the machine's commands held meanwhile. */
  private readonly freezes: HostFreeze<HostCommand>
  private readonly image: GuestMemory
  private vcpu: VcpuState | undefined
  private device: DeviceState | undefined
  private readonly staging = new Map<number, PartPayload[]>()
  /** The checkpoint `vcpu` and `device` came from. */
  private stateEpoch = -1
  /** What applied checkpoints made that the primary may not have released, by epoch: packets for the clients, disk writes for shared storage. */
  private readonly owed = new OwedOutput<Segment, DiskWrite>()
  /** The newest write this host sent to the store, per block (read your writes). */
  private readonly sentToStore = new Map<number, Uint8Array>()
  /** Pages the backup holds (1), for soft-page filtering: a dropped soft page is not in its memory. */
  private readonly held: Uint8Array
  private heldPages = 0
  /** A checkpoint named soft pages: the primary filters, so the backup drops and at failover rebuilds. */
  private filtering = false
  /** Speculation: how far each client had acknowledged the primary's relay, as of the newest applied checkpoint. */
  private clientAcked: Record<string, number> = {}
  /** With real TCP, once restored: the guest's connections and this host's hypervisor side of them. */
  private tcp: GuestTcp | undefined
  /** The checkpoint restore() put in place. */
  private restoredAs: number | undefined
  private guest: Guest | undefined
  private execution: GuestExecution | undefined
  /** Active slave: the backup's own run of the guest, from the initial sync on; hashes that came before their epoch's predecessor was applied. */
  private slave: ActiveSlave | undefined
  /** The checkpoint the slave's state stands at (its run of the next epoch starts there). */
  private slaveAt = -1
  private readonly pendingHashes = new Map<number, HashesPayload>()
  /** Planted bug restore-stale-checkpoint: what the newest apply overwrote, to roll back to. */
  private undo: { epoch: number; pages: DirtyPages; vcpu?: VcpuState; device?: DeviceState } | undefined

  constructor(
    private readonly kernel: Sim,
    private readonly params: HostParams,
    private readonly link: ReplicationTransport,
    private readonly network: ClientNetwork,
    private readonly record: ActivationRecord,
    private readonly injector: FaultInjector,
    private readonly storage: StorageHost,
    /** Backup consolidation: the host's memory this VM shares with others, and the VM's name there. */
    private readonly share?: { pool: BackupPool; vm: string },
  ) {
    share?.pool.onHostCrash(() => this.crash())
    this.image = new GuestMemory(params.pages, false, kernel.reusable(params.pages * PAGE_SIZE, () => this.image.zeroWritten()))
    this.held = new Uint8Array(params.pages)
    this.freezes = new HostFreeze(kernel, "backup", (c: HostCommand) => this.execute(c))
    this.machine = new MachineActor(
      kernel,
      this.address,
      params.protocol.backup,
      { detectionTimeoutUs: params.detectionTimeoutUs, heartbeatUs: params.heartbeatUs, restoreUs: params.restoreUs, applyUsPerPage: params.applyUsPerPage },
      (c) => this.freezes.command(c),
    )
  }

  state(): string {
    return this.machine.state()
  }

  /** The newest checkpoint applied (or restored), as the machine keeps it: the restored guest's output is stamped with the epoch after. */
  private appliedEpoch(): number {
    return this.machine.context<BackupContext>().applied
  }

  /** Crashed: the machine's final state says so, nothing else keeps it. */
  private get down(): boolean {
    return this.machine.matches("crashed")
  }

  /** The restored guest runs here and serves the clients. */
  private get active(): boolean {
    return this.machine.matches("active")
  }

  deliver(event: HostMessage): void {
    if (this.machine.matches("crashed")) return
    switch (event.type) {
      case "repl.msg":
        return this.onMessage(event.message)
      case "timer":
      case "link.down":
        return this.machine.send(event)
      case "guest.sample":
        return this.down || !this.guest || !this.execution ? undefined : sampleProgress(this.kernel, "backup", this.address, this.guest, this.execution)
      case "storage.claim-done": {
        const granted = this.record.claimForBackup()
        // The record went to the primary: the memory taken for the restore goes back.
        if (!granted) this.share?.pool.charge(this.share.vm, this.heldPages)
        return answerClaim(this.kernel, "backup", this.machine, granted)
      }
      case "client.request":
        return this.onRequest(event.client, event.seq)
      case "client.packet":
        if (!this.active || !this.tcp) return
        this.execution?.catchUp(this.kernel.now)
        return this.tcp.hyper.fromClient(event)
    }
  }

  private onMessage(m: ReplMessage): void {
    if (m.kind === "part") {
      const payload = m.payload
      // Planted bug apply-torn-checkpoint: pages go straight into the live image.
      // Planted bug write-live-image: an RDMA WRITE already put them there (no CPU of this host involved).
      if ((this.params.protocol.hooks.pagesIntoImage === "on-arrival" || (payload.kind === "pages" && payload.placedInImage)) && payload.kind === "pages") payload.decoded = decodeRecords(payload.records, this.image.bytes, this.image.writtenPages)
      // Planted bug apply-presend-early: pages sent during their epoch go into the image before it commits.
      else if (payload.kind === "pages" && payload.early && this.params.protocol.hooks.earlyPages === "on-arrival") {
        payload.decoded = decodeRecords(payload.records, this.image.bytes, this.image.writtenPages)
        this.kernel.observe({ kind: "early-apply", epoch: m.epoch, pages: payload.decoded.length })
      }
      const parts = this.staging.get(m.epoch) ?? []
      parts.push(payload)
      this.staging.set(m.epoch, parts)
      if (payload.kind === "hashes") this.onHashes(m.epoch, payload)
      this.machine.send({ type: "repl.part", epoch: m.epoch, part: m.part, pages: m.pages })
      // Mid-transfer: the first page part is in, the rest (and the commit record) are not.
      if (m.part === 1 && this.machine.matches("standby")) this.injector.reached("mid-transfer", m.epoch)
    } else if (m.kind === "commit") {
      this.machine.send({ type: "repl.commit", epoch: m.epoch, parts: m.parts, pages: m.pages })
    }
  }

  private onRequest(client: string, seq: number): void {
    if (!this.active || !this.guest) return
    this.execution?.catchUp(this.kernel.now)
    for (const s of this.guest.handleRequest(client, seq, this.kernel.now)) {
      s.epoch = this.appliedEpoch() + 1
      this.network.toClient("backup", s, "unprotected")
    }
  }

  /** Crash-stop (the fault injector's doing, or another VM's backup on this host crashing). */
  crash(): void {
    if (this.down) return
    crashStop(this.kernel, "backup", this.machine, this.link, () => {
      this.execution?.stop()
      this.tcp?.stack.stop()
      this.tcp?.hyper.stop()
    })
    this.share?.pool.charge(this.share.vm, 0)
    this.share?.pool.hostCrashed()
  }

  /** The whole host stops until `untilUs` (a host-pause fault): what arrives meanwhile waits in the kernel's queue. */
  freeze(untilUs: number): void {
    if (this.down) return
    this.freezes.freeze(untilUs, () => this.execution)
  }

  /**
   * Decode a whole staged checkpoint into the image, in send order. Runs inside
   * one event: atomic with respect to a crash. Returns the pages' digest when a
   * compressor is on (the compression-roundtrip ground truth).
   */
  private apply(epoch: number): string | undefined {
    const parts = this.staging.get(epoch) ?? []
    this.staging.delete(epoch)
    if (this.params.protocol.hooks.restoreFrom === "previous") this.undo = this.undoRecord(parts)
    const written: Int32Array[] = []
    let early = 0
    for (const p of parts) {
      if (p.kind === "header") this.applyHeader(epoch, p)
      else if (p.kind === "hashes") written.push(this.takeFromSlave(epoch))
      // A delta decodes once: the torn-apply bug already put these pages in the image.
      else if (p.decoded) written.push(p.decoded)
      else {
        written.push(decodeRecords(p.records, this.image.bytes, this.image.writtenPages))
        if (p.early) early += written[written.length - 1].length
      }
    }
    // Early parts arrived first and decode first: a page sent again at the checkpoint ends as the checkpoint has it.
    if (early) this.kernel.observe({ kind: "early-apply", epoch, pages: early })
    for (const w of written) for (let i = 0; i < w.length; i++) this.hold(w[i], true)
    // Applied: the primary's record buffer (scratch, shared by the parts) can be reused.
    for (const p of parts) if (p.kind === "pages") this.kernel.recycle(p.records)
    // A page sent early and again at the checkpoint (or taken from the slave and sent) counts once, as in the primary's digest.
    const installed = this.params.presend || this.params.activeSlave ? unionOfPages(this.params.pages, written) : undefined
    this.slaveCommitted(epoch, installed)
    if (!digestsPages(this.params)) return undefined
    return this.image.pagesDigest(installed ?? concat(written, (n) => new Int32Array(n)))
  }

  /** The pages checkpoint `epoch` takes from the slave's own run, copied into the image. */
  private takeFromSlave(epoch: number): Int32Array {
    const matched = this.slave?.takeMatched(epoch, this.image.bytes) ?? new Int32Array(0)
    for (const p of matched) this.image.writtenPages[p] = 1
    return matched
  }

  /** Active slave: checkpoint k's hashes are in; the slave runs k from k-1, so k-1 must be applied first. */
  private onHashes(epoch: number, h: HashesPayload): void {
    if (!this.slave || this.slaveAt !== epoch - 1) return void this.pendingHashes.set(epoch, h)
    const c = this.slave.compare(epoch, h)
    this.link.sendNeed!(epoch, c.need, h.pages.length)
  }

  /** After applying `epoch`: the initial sync starts the slave; later checkpoints bring it back to the committed image. */
  private slaveCommitted(epoch: number, installed: Int32Array | undefined): void {
    if (!this.params.activeSlave || !installed || !this.vcpu || !this.device) return
    if (!this.slave) this.slave = new ActiveSlave(this.image, this.vcpu, this.device, this.params.workload, this.kernel.rng("backup/slave"), this.params.protocol.hooks.slaveCompare === "trust-earlier-match")
    else this.slave.committed(this.image, installed, this.vcpu, this.device)
    this.slaveAt = epoch
    const next = this.pendingHashes.get(epoch + 1)
    this.pendingHashes.delete(epoch + 1)
    if (next) this.onHashes(epoch + 1, next)
  }

  private applyObserved(epoch: number): void {
    const pagesDigest = this.apply(epoch)
    const held = this.filtering ? { heldPages: this.heldPages } : {}
    this.kernel.observe({ kind: "apply", epoch, ...(pagesDigest ? { pagesDigest } : {}), ...held })
    this.share?.pool.charge(this.share.vm, this.heldPages)
  }

  /** Hold a page, or drop it: a dropped soft page's memory is freed (zeroed here) until a checkpoint sends it again. */
  private hold(page: number, on: boolean): void {
    if (this.held[page] === (on ? 1 : 0)) return
    this.held[page] = on ? 1 : 0
    this.heldPages += on ? 1 : -1
    if (!on) this.image.bytes.fill(0, page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
  }

  private undoRecord(parts: PartPayload[]): NonNullable<BackupHost["undo"]> {
    const indices = Int32Array.from(parts.flatMap((p) => (p.kind === "pages" ? [...recordPages(p.records)] : [])))
    const data = new Uint8Array(indices.length * PAGE_SIZE)
    indices.forEach((page, i) => data.set(this.image.bytes.subarray(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), i * PAGE_SIZE))
    return { epoch: this.stateEpoch, pages: { indices, data }, vcpu: this.vcpu, device: this.device }
  }

  private applyHeader(epoch: number, h: HeaderPayload): void {
    this.vcpu = h.vcpu
    this.device = h.device
    this.stateEpoch = epoch
    this.owed.applied(epoch, h.output, h.disk, h.releasedThrough, h.clientAcked)
    if (h.soft.length) this.filtering = true
    for (const p of h.soft) this.hold(p, false)
    if (h.clientAcked) this.clientAcked = h.clientAcked
  }

  private execute(cmd: HostCommand): void {
    if (this.down) return
    switch (cmd.type) {
      case "checkpoint.complete":
        this.kernel.observe({ kind: "checkpoint-complete", epoch: cmd.epoch })
        return
      case "apply.start":
        // A backlog (a burst after a partition or a pause, a long initial image): checkpoints wait behind this apply.
        if (cmd.queued > 0) this.injector.reached("apply-queued", cmd.epoch)
        return
      case "apply": {
        this.applyObserved(cmd.epoch)
        this.injector.reached("after-apply-before-ack", cmd.epoch)
        return
      }
      case "ack.send":
        this.link.sendAck(cmd.epoch)
        this.kernel.observe({ kind: "ack-sent", epoch: cmd.epoch })
        return
      case "heartbeat.send":
        this.link.sendHeartbeat()
        return
      case "failover.detected":
        this.kernel.observe({ kind: "failover-detected" })
        return
      case "lease.claim":
        // The claim point: a crash here leaves the record unclaimed; a pause sends the claim when the host wakes.
        this.injector.reached("claim", this.appliedEpoch())
        return this.freezes.defer(() => this.claim())
      case "restore":
        this.injector.reached("during-failover", cmd.epoch)
        return this.freezes.defer(() => this.restore(cmd.epoch, cmd.apply))
      case "resume":
        return this.resume(cmd.epoch)
      case "stand-down":
        return
      default:
        // A plain switch on this hot path, exhaustive all the same: a new command is a compile error here.
        return cmd satisfies never
    }
  }

  /** Claim the activation record on shared storage (the answer comes a storage latency later). */
  private claim(): void {
    if (this.down) return
    this.link.observeClaim("backup")
    // A shared backup takes over only if the restored guest fits; otherwise it leaves the record to the primary.
    const refused = this.share?.pool.claimForFailover(this.share.vm, this.params.pages)
    if (refused) {
      this.kernel.observe({ kind: "failover-refused", reason: refused })
      return answerClaim(this.kernel, "backup", this.machine, false)
    }
    this.kernel.after(this.params.storageLatencyUs, this.address, { type: "storage.claim-done" })
  }

  /** Apply the complete checkpoints the machine names, discard partial ones, and build the guest. */
  private restore(epoch: number, apply: readonly number[]): void {
    if (this.down) return
    // A failing-over backup answers no more comparisons (the checkpoints it applies now were compared already).
    this.pendingHashes.clear()
    for (const e of apply) this.applyObserved(e)
    this.staging.clear()
    // The slave's run was speculative: its memory, vCPU, devices and the responses it computed go; the committed image stays.
    this.slave = undefined
    if (this.params.protocol.hooks.restoreFrom === "previous" && this.undo?.vcpu) {
      // The planted bug: distrust the newest checkpoint and roll back one.
      this.image.applyPages(this.undo.pages)
      this.vcpu = this.undo.vcpu
      this.device = this.undo.device
      epoch = this.undo.epoch
      this.owed.forgetAfter(epoch)
    }
    const vcpu = this.vcpu!
    const device = this.device!
    // Storage first: the writes the restored checkpoint made but the primary never released land before the guest runs (restore takes longer than a write).
    this.sendToStore(this.owed.takeWrites(), "owed")
    this.restoredAs = epoch
    const rebuilt = this.filtering ? this.rebuildSoftPages(device) : []
    const streams = Object.fromEntries(Object.entries(device.conns).map(([client, c]) => [client, c.txOffset]))
    const owes = device.tcp && Object.keys(this.clientAcked).length ? { owes: this.owed.streams(this.clientAcked) } : {}
    this.kernel.observe({ kind: "restore", epoch, digest: stateDigest(this.image.fullDigest(), vcpu, device), streams, ...owes })
    if (this.filtering) this.kernel.observe({ kind: "soft-rebuilt", epoch, pages: rebuilt.length, heldPages: this.heldPages })
    // The restored guest runs here with all its memory: the room admission kept for one failover.
    this.share?.pool.charge(this.share.vm, this.params.pages)
    const nondet = this.kernel.rng("backup/nondet")
    this.guest = new Guest(this.image, structuredClone(vcpu), structuredClone(device), this.params.workload, nondet, this.diskIo)
    // Failover fix-up: the page cache forgets what the backup did not hold; the guest re-reads those blocks on first use (a cold cache).
    const dropped = new Set(rebuilt)
    this.guest.cache?.forget((page) => dropped.has(page))
  }

  /**
   * Rebuild the pages the backup dropped from shared storage (after the owed
   * writes), so the restored image can be checked against the checkpoint's
   * digest: soft pages must be "equal or rebuilt from storage content that
   * matches that checkpoint" (primer, section 3). Returns the pages rebuilt.
   */
  private rebuildSoftPages(device: DeviceState): number[] {
    const cache = device.cache
    if (!cache) return []
    const first = this.params.pages - cache.block.length
    const rebuilt: number[] = []
    for (let s = 0; s < cache.block.length; s++) {
      const page = first + s
      if (this.held[page] || cache.block[s] < 0) continue
      this.image.writable(page).set(this.diskIo.read(cache.block[s]).subarray(0, PAGE_SIZE))
      rebuilt.push(page)
    }
    return rebuilt
  }

  private sendToStore(writes: DiskWrite[], mode: "owed" | "unprotected"): void {
    for (const w of writes) this.sentToStore.set(w.block, w.bytes)
    this.storage.issue("backup", writes, mode)
  }

  /** The restored guest's path to shared storage: it runs alone, so its writes go out at once. */
  private readonly diskIo: DiskIo = {
    read: (block) => this.sentToStore.get(block) ?? this.storage.store.read(block),
    write: (block, bytes) => {
      const write = { block, bytes, epoch: this.appliedEpoch() + 1, digest: hashBytes(bytes) }
      this.kernel.observe({ kind: "disk-write", host: "backup", epoch: write.epoch, block, digest: write.digest })
      this.sendToStore([write], "unprotected")
    },
  }

  /**
   * The restored guest's TCP connections, from its checkpoint, behind a
   * hypervisor side with no replica. With speculation a relay per client
   * takes over the released bytes the primary's relay still owed, from where
   * the client's acknowledgements stood at that checkpoint.
   */
  private restoreTcp(net: GuestNet): GuestTcp {
    const guest = this.guest!
    return guestTcp({ sim: this.kernel, host: "backup", net, network: this.network, apps: guest, releasedBytes: this.params.protocol.hooks.releasedBytes, restored: guest.device.tcp, clientAcked: this.clientAcked })
  }

  /** Take the VM's address, release what the restored checkpoint still owes, and run. */
  private resume(epoch: number): void {
    this.network.announce("backup")
    if (this.params.net) this.tcp = this.restoreTcp(this.params.net)
    for (const packets of this.owed.takePackets()) {
      if (this.tcp) this.tcp.hyper.release(packets, "owed")
      else for (const s of packets) this.network.toClient("backup", s, "owed")
    }
    // The epoch restore() actually used (the restore-stale-checkpoint bug rolls back behind the machine's back).
    this.kernel.observe({ kind: "resumed", epoch: this.restoredAs ?? epoch })
    const guest = this.guest!
    this.execution = new GuestExecution(this.params.workload.tickUs, () => guest.tick(), this.kernel.now)
    this.tcp?.stack.start()
    if (guest.cache) {
      observeProgress(this.kernel, "backup", guest) // where the restored guest starts from
      this.kernel.after(PROGRESS_SAMPLE_US, this.address, { type: "guest.sample" })
    }
  }
}
