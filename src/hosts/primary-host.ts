import { Effect, Layer, type Fiber } from "effect"
import type { PrimaryCommand, PrimaryContext, PrimaryEvent } from "../../machines/primary.ts"
import { epochLoop } from "../epoch/epoch-loop.ts"
import { EpochWaiters } from "../epoch/epoch-waiters.ts"
import { CheckpointPolicy, GuestControl, OutputQueue, PageCompressor, PrimaryProtocol, ReplicationLink, SoftPages, type EpochServices } from "../epoch/services.ts"
import { SoftPageFilter } from "../epoch/soft-page-filter.ts"
import { inertServices, type EpochServiceName } from "../epoch/inert-services.ts"
import { makeEncoder } from "../compress/compressors.ts"
import { keep, type PageEncoder } from "../compress/encoded-pages.ts"
import { GuestMemory } from "../memory/guest-memory.ts"
import type { ClientNetwork } from "../net/client-network.ts"
import { OutputBuffer } from "../net/output-buffer.ts"
import { guestTcp, type GuestTcp } from "../net/guest-net.ts"
import type { ClientPacket } from "../net/hypervisor-net.ts"
import { PAGE_SIZE, hashBytes } from "../memory/page-hash.ts"
import type { DiskWrite } from "../storage/block-store.ts"
import { StorageBuffer } from "../storage/storage-buffer.ts"
import type { DiskIo } from "../workload/page-cache.ts"
import type { StorageHost } from "./storage-host.ts"
import { forkOnKernel, sleepUs } from "../sim/effect-runtime.ts"
import { FiberWatch } from "../sim/fiber-watch.ts"
import { EarlyTransfer, earlyTransferLoop } from "../epoch/early-transfer.ts"
import { EarlySender } from "./early-sender.ts"
import { SlaveComparison } from "./slave-comparison.ts"
import { unionOfPages } from "../memory/page-set.ts"
import { addressOf, type Actor, type Sim } from "../sim/kernel.ts"
import type { HostMessage } from "./host-messages.ts"
import { MachineActor } from "../sim/machine-actor.ts"
import type { ActivationRecord } from "../storage/activation-record.ts"
import type { FaultInjector } from "../faults/injector.ts"
import type { ProtocolPoint } from "../faults/points.ts"
import { Guest, guestState } from "../workload/guest.ts"
import type { Segment } from "../net/segment.ts"
import { softSetBytes } from "../transport/checkpoint.ts"
import { digestsPages, type HostParams } from "./host-params.ts"
import type { ReplicationTransport, ReplMessage } from "../transport/transport.ts"
import { GuestExecution } from "./guest-execution.ts"
import { PrimaryView } from "./policy-view.ts"
import { CowTransfer } from "./cow-transfer.ts"
import { createPolicy } from "../policy/index.ts"
import { answerClaim, crashStop, HostFreeze } from "./host-lifecycle.ts"
import { PROGRESS_SAMPLE_US, sampleProgress } from "./progress-sample.ts"

/**
 * The primary host: the protected guest, the hypervisor's output buffer, the
 * epoch loop (an Effect program on the kernel's clock) and the primary machine
 * that rules on every phase and release.
 */
/** What the host carries out of its machine's commands (the machine actor handles its timers itself). */
type HostCommand = Exclude<PrimaryCommand, { type: "timer.set" | "timer.cancel" }>

export class PrimaryHost implements Actor<HostMessage> {
  /** The messages the primary reacts to, for the protocol (test/sabotage.test.ts deletes each reaction in turn). */
  static readonly handles = ["repl.msg:ack", "repl.msg:heartbeat", "repl.msg:need", "client.request", "client.packet", "timer", "link.down", "storage.claim-done"] as const
  readonly id = "primary"
  readonly address = addressOf<HostMessage>(this)
  readonly guest: Guest
  private readonly machine: MachineActor<PrimaryEvent, PrimaryCommand>
  /** Its host-pause freezes, and the machine's commands held meanwhile. */
  private readonly freezes: HostFreeze<HostCommand>
  private readonly output = new OutputBuffer()
  private readonly disk = new StorageBuffer()
  /** The newest write this host sent to the store, per block: what the store holds once it lands (read your writes). */
  private readonly sentToStore = new Map<number, Uint8Array>()
  private readonly softPages: SoftPageFilter
  private paused = false
  private held: Array<{ client: string; seq: number }> = []
  /** Epochs whose output the machine has declared safe to release. */
  private readonly safe = new EpochWaiters()
  private loop: Fiber.Fiber<unknown, unknown> | undefined
  private readonly watch: FiberWatch
  private readonly execution: GuestExecution
  private readonly encoder: PageEncoder
  /** With real TCP: the guest's connections and the hypervisor's side of them. */
  private readonly tcp: GuestTcp | undefined
  /** Ground truth, with speculation: per epoch, the stream bytes the hypervisor owned when its barrier closed (recorded, never sent). */
  private readonly owedAtBarrier = new Map<number, Record<string, [number, number]>>()
  /** What the checkpoint policy sees. */
  private readonly view: PrimaryView
  /** Copy-on-write transfer, if the scenario uses it. */
  private readonly cow: CowTransfer | undefined
  /** Speculative state transfer, if the scenario uses it, and its fiber. */
  private readonly early: EarlySender | undefined
  private earlyLoop: Fiber.Fiber<unknown, unknown> | undefined
  /** Active slave, if the scenario uses it: the comparison's primary side; per epoch, pages the backup took from its own run. */
  private readonly slave: SlaveComparison | undefined
  private readonly slaveMatched = new Map<number, number>()
  private capturedTicks = 0
  /** Between a capture and its checkpoint's hand-over to the link. */
  private capturedNotSent = false
  /** The instant of the guest slice running now (its writes happen then), or undefined outside a slice. */
  private sliceAt: number | undefined

  constructor(
    private readonly kernel: Sim,
    private readonly params: HostParams,
    private readonly link: ReplicationTransport,
    private readonly network: ClientNetwork,
    private readonly record: ActivationRecord,
    private readonly injector: FaultInjector,
    private readonly storage: StorageHost,
  ) {
    this.watch = new FiberWatch(kernel, "primary")
    const memory: GuestMemory = new GuestMemory(params.pages, true, kernel.reusable(params.pages * PAGE_SIZE, () => memory.zeroWritten()), (n) => kernel.scratch(n))
    this.softPages = new SoftPageFilter(params.pages, params.protocol.hooks.softPageHints === "trusted")
    this.guest = Guest.boot(memory, params.workload, params.guestSeed, kernel.rng("primary/nondet"), this.diskIo)
    // With soft-page hints the guest gives its first at boot, so the initial sync already leaves clean page cache out.
    const bootHint = params.workload.files?.softHintUs && this.guest.cache ? this.guest.cache.softPages() : []
    if (bootHint.length) this.softPages.receiveHint(bootHint)
    memory.markAllDirty(bootHint) // the first checkpoint is the whole image (but soft pages): the initial sync
    const hooks = params.protocol.hooks
    this.encoder = makeEncoder(params.compression, params.pages, { staleReferences: hooks.deltaReferences === "later-in-checkpoint", staleBlockHashes: hooks.blockHashes === "blocks-records-only" }, (n) => kernel.scratch(n))
    this.execution = new GuestExecution(
      params.workload.tickUs,
      (at) => {
        this.sliceAt = at
        this.guest.tick()
        this.sliceAt = undefined
      },
      0,
    )
    if (params.transfer === "copy-on-write") {
      const cow = new CowTransfer(memory, params.chunkPages, params.protocol.hooks.cowProtect, () => this.execution.catchUp(kernel.now))
      memory.onFirstWrite = (page) => cow.firstWrite(page, this.sliceAt ?? kernel.now)
      this.cow = cow
    }
    if (params.activeSlave) {
      if (params.net || params.workload.files) throw new Error("active slave: the backup replays the guest's requests only; a scenario with real TCP or files is not supported")
      this.slave = new SlaveComparison(kernel, link, (page, data, from) => this.encoder.backupHolds?.(page, data, from))
    }
    // A page sent early is hard until captured, which the soft-page filter cannot see: the two are not combined.
    if (params.presend && params.workload.files?.softHintUs) throw new Error("speculative state transfer with soft-page hints is not supported")
    if (params.presend) this.early = new EarlySender(kernel, memory, this.encoder, link, EarlySender.budget(params.linkBytesPerSecond, params.presend.everyUs))
    this.view = new PrimaryView({ now: () => kernel.now, catchUp: () => this.execution.catchUp(kernel.now), memory, output: this.output, disk: this.disk })
    this.freezes = new HostFreeze(kernel, "primary", (c: HostCommand) => this.execute(c))
    this.machine = new MachineActor(kernel, this.address, params.protocol.primary, { detectionTimeoutUs: params.detectionTimeoutUs }, (c) => this.freezes.command(c))
    if (params.net) {
      const native = params.net.tcp.mode === "native"
      this.tcp = guestTcp({
        sim: kernel,
        host: "primary",
        net: params.net,
        network,
        apps: this.guest,
        hold: native ? undefined : (p) => this.output.enqueue(p),
        releasedBytes: params.protocol.hooks.releasedBytes,
        mayRelease: () => native || record.holds("primary"),
      })
    }
  }

  start(): void {
    // Native (no replication): no checkpoints, output leaves at once.
    if (!this.native) this.loop = forkOnKernel(this.kernel, this.id, this.watch.watched("epoch-loop", epochLoop(this.watch)).pipe(Effect.provide(this.services())))
    if (this.early && this.params.presend) {
      const early = this.early
      const service = { everyUs: this.params.presend.everyUs, sendQuietPages: Effect.sync(() => this.sendEarly(early)) }
      this.earlyLoop = forkOnKernel(this.kernel, this.id, this.watch.watched("early-transfer", earlyTransferLoop).pipe(Effect.provideService(EarlyTransfer, service)))
    }
    if (this.guest.cache) this.kernel.after(PROGRESS_SAMPLE_US, this.address, { type: "guest.sample" })
    this.tcp?.stack.start()
  }

  state(): string {
    return this.machine.state()
  }

  /** Native TCP (the unreplicated baseline): no replica, no checkpoints, output leaves at once. */
  private get native(): boolean {
    return this.params.net?.tcp.mode === "native"
  }

  /** Crashed, or halted after losing the activation record: the machine says so, nothing else keeps it. */
  private get down(): boolean {
    return this.machine.matches("crashed") || this.machine.matches("alive.protection.fenced")
  }

  /** No replica (the machine went on without one, or there never was one): output leaves at once. */
  private get unprotected(): boolean {
    return this.native || this.machine.matches("alive.protection.unprotected")
  }

  /** The newest epoch whose output the machine has released. */
  private releasedThrough(): number {
    return this.machine.context<PrimaryContext>().released
  }

  deliver(event: HostMessage): void {
    if (this.machine.matches("crashed")) return
    switch (event.type) {
      case "repl.msg": {
        const m = event.message
        if (m.kind === "ack") this.machine.send({ type: "repl.ack", epoch: m.epoch })
        else if (m.kind === "heartbeat") this.machine.send({ type: "repl.heartbeat" })
        else if (m.kind === "need" && this.slave) {
          this.kernel.observe({ kind: "slave-need", epoch: m.epoch, need: m.pages.length })
          this.machine.send({ type: "repl.heartbeat" }) // a sign of life, like any message from the backup
          this.slave.answer(m.epoch, m.pages)
        }
        return
      }
      case "client.request":
        return this.onRequest(event.client, event.seq)
      case "client.packet":
        if (this.down) return
        this.execution.catchUp(this.kernel.now)
        return this.tcp?.hyper.fromClient(event)
      case "timer":
      case "link.down":
        return this.machine.send(event)
      case "guest.sample":
        return this.down ? undefined : sampleProgress(this.kernel, "primary", this.address, this.guest, this.execution)
      case "storage.claim-done":
        return answerClaim(this.kernel, "primary", this.machine, this.record.claimExclusiveForPrimary())
    }
  }

  private onRequest(client: string, seq: number): void {
    if (this.down) return
    if (this.paused) {
      this.held.push({ client, seq })
      return
    }
    this.execution.catchUp(this.kernel.now)
    if (!this.unprotected) this.slave?.input(this.guest.vcpu.ticks, client, seq)
    for (const s of this.guest.handleRequest(client, seq, this.kernel.now)) {
      if (this.unprotected) {
        s.epoch = this.output.epoch
        this.network.toClient("primary", s, "unprotected")
      } else this.output.enqueue(s)
    }
  }

  /** Crash-stop (the fault injector's doing). */
  crash(): void {
    if (this.machine.matches("crashed")) return
    crashStop(this.kernel, "primary", this.machine, this.link, () => this.stopFibers())
  }

  /** Whether the primary still holds the activation record, asked of shared storage (the lease-checked-once bug: asked once, then trusted). */
  private leaseHeld(): boolean {
    if (this.params.protocol.hooks.leaseCheck === "every-release") return this.record.holds("primary")
    return (this.leaseOnce ??= this.record.holds("primary"))
  }

  private leaseOnce: boolean | undefined

  /** The whole host stops, hypervisor and guest, until `untilUs` (a host-pause fault): what arrives meanwhile waits in the kernel's queue. */
  freeze(untilUs: number): void {
    if (this.down) return
    this.freezes.freeze(untilUs, () => this.execution)
  }

  private stopFibers(): void {
    this.execution.stop()
    this.tcp?.stack.stop()
    this.tcp?.hyper.stop()
    this.watch.stop(this.loop, this.earlyLoop)
  }

  /** One look for quiet pages: only while the guest runs under protection and no checkpoint is on the link (its idle capacity). */
  private sendEarly(early: EarlySender): void {
    if (this.down || this.paused || this.unprotected) return
    // A checkpoint captured and not yet handed to the link (the active slave's comparison can hold it for a round
    // trip) goes first: the next epoch's early parts must not overtake it on the wire, nor its encoding.
    if (this.capturedNotSent) return
    this.execution.catchUp(this.kernel.now)
    if (this.view.unackedCheckpoints > 0) return
    early.sendQuiet(this.output.epoch)
  }

  /** The pages checkpoint `epoch` carries: those captured, and those it sent early. */
  private checkpointPages(epoch: number, captured: Int32Array): Int32Array {
    const early = this.early?.peek(epoch)
    return early ? unionOfPages(this.params.pages, [captured, early.pages]) : captured
  }

  private release(segments: Segment[], mode: "protected" | "unprotected"): void {
    if (this.tcp) return this.tcp.hyper.release(segments, mode)
    for (const s of segments) this.network.toClient("primary", s, mode)
  }

  private sendToStore(writes: DiskWrite[], mode: "protected" | "unprotected"): void {
    for (const w of writes) this.sentToStore.set(w.block, w.bytes)
    this.storage.issue("primary", writes, mode)
  }

  /**
   * The guest's path to shared storage through the hypervisor. Reads see the
   * guest's own writes first (held in the disk buffer, then in flight), then
   * the store. Writes are held until their epoch commits (storage output
   * commit); planted bug disk-write-through sends them at once.
   */
  private readonly diskIo: DiskIo = {
    read: (block) => this.disk.newest(block) ?? this.sentToStore.get(block) ?? this.storage.store.read(block),
    write: (block, bytes) => {
      const write = { block, bytes, epoch: this.output.epoch, digest: hashBytes(bytes) }
      this.kernel.observe({ kind: "disk-write", host: "primary", epoch: write.epoch, block, digest: write.digest })
      if (this.unprotected) this.sendToStore([write], "unprotected")
      else if (this.params.protocol.hooks.diskWrites === "at-once") this.sendToStore([write], "protected")
      else this.disk.hold(write)
    },
    softHint: (pages) => this.softPages.receiveHint(pages),
  }

  private execute(cmd: HostCommand): void {
    // A crashed or fenced host does nothing more, but for the halt that fencing it asks for.
    if (this.down && cmd.type !== "halt") return
    switch (cmd.type) {
      case "acked": {
        this.kernel.observe({ kind: "ack-received", epoch: cmd.epoch })
        this.view.acked(cmd.epoch, this.kernel.now)
        this.injector.reached("after-ack-before-release", cmd.epoch)
        return
      }
      case "safe":
        this.safe.advance(cmd.epoch)
        return
      case "release":
        this.release(this.output.take(cmd.epoch), cmd.mode)
        this.sendToStore(this.disk.take(cmd.epoch), cmd.mode)
        return
      case "lease.claim-exclusive":
        // The claim point: a crash here leaves the record unclaimed; a pause sends the claim when the host wakes.
        this.injector.reached("claim", this.releasedThrough())
        return this.freezes.defer(() => {
          if (this.down) return
          this.link.observeClaim("primary")
          this.kernel.after(this.params.storageLatencyUs, this.address, { type: "storage.claim-done" })
        })
      case "go-unprotected":
        // No replica any more: stop checkpointing and let everything held go.
        this.watch.stop(this.loop, this.earlyLoop)
        this.tcp?.hyper.unprotect()
        this.kernel.observe({ kind: "unprotected", host: "primary" })
        this.release(this.output.takeAll(), "unprotected")
        this.sendToStore(this.disk.takeAll(), "unprotected")
        // The loop may have been stopped inside a checkpoint's pause: the guest runs again, or it never would.
        if (this.paused) {
          this.signal({ type: "checkpoint.resume", epoch: this.output.epoch })
          this.resumeGuest()
        }
        return
      case "halt":
        this.stopFibers()
        return
      default:
        // A plain switch on this hot path, exhaustive all the same: a new command is a compile error here.
        return cmd satisfies never
    }
  }

  /** The guest runs again after a pause: what arrived meanwhile is handled now. */
  private resumeGuest(): void {
    this.execution.resume(this.kernel.now)
    this.view.resumed(this.kernel.now)
    this.paused = false
    this.tcp?.stack.resume()
    const held = this.held
    this.held = []
    for (const r of held) this.onRequest(r.client, r.seq)
  }

  /** Epoch k's packets, which checkpoint k carries. Planted bug lost-speculative-buffer: not the data the hypervisor acknowledged speculatively. */
  private epochOutput(epoch: number): Segment[] {
    const packets = this.output.closeBarrier(epoch)
    if (this.params.protocol.hooks.speculativeSegments === "checkpointed" || !this.tcp?.hyper.speculative) return packets
    return packets.filter((p) => p.len === 0)
  }

  /**
   * With speculation: where each client's acknowledgements stand, for the
   * backup to know which released bytes it still owes. What the hypervisor
   * owned at that instant is ground truth for the properties, kept here (not
   * in the checkpoint) and recorded with the checkpoint-sent fact.
   */
  private speculationState(epoch: number): { clientAcked?: Record<string, number> } {
    if (!this.tcp?.hyper.speculative) return {}
    this.owedAtBarrier.set(epoch, this.tcp.hyper.owes())
    return { clientAcked: this.tcp.hyper.clientAcked() }
  }

  /** The checkpoints whose pages the adapter has all read by now: what copy-on-write cost the guest for each. */
  private observeCowCopies(): void {
    for (const w of this.cow?.closeRead(this.kernel.now) ?? [])
      this.kernel.observe({ kind: "cow-copies", epoch: w.epoch, pages: w.copies, stallUs: Math.round(w.copies * (this.params.cowFaultUs ?? 0)) })
  }

  /**
   * The epoch loop reached a protocol point: a crash there ends the loop at
   * its next step; a pause there holds the rest of the step (the capture
   * after the pause, the send after the resume) until the host wakes.
   */
  private reach(point: ProtocolPoint, epoch: number): Effect.Effect<void> {
    this.injector.reached(point, epoch)
    return this.freezes.frozen ? Effect.callback<void>((resume) => this.freezes.defer(() => resume(Effect.void))) : Effect.void
  }

  private signal(event: PrimaryEvent): void {
    if (this.down) return
    this.machine.send(event)
    this.kernel.note(this.id, event, this.machine.state())
  }

  /**
   * The epoch loop's services (src/epoch/services.ts), on this host, as one
   * Layer: the compiler checks that every one is here. A test-only switch
   * (`sabotage.service`) swaps one for its inert version.
   */
  private services(): Layer.Layer<EpochServices> {
    const s = this.serviceImpls()
    const deleted = this.params.sabotage?.service
    const pick = <K extends EpochServiceName>(name: K) => (deleted === name ? inertServices[name] : s[name])
    return Layer.mergeAll(
      Layer.succeed(CheckpointPolicy)(pick("CheckpointPolicy")),
      Layer.succeed(GuestControl)(pick("GuestControl")),
      Layer.succeed(SoftPages)(pick("SoftPages")),
      Layer.succeed(PageCompressor)(pick("PageCompressor")),
      Layer.succeed(OutputQueue)(pick("OutputQueue")),
      Layer.succeed(ReplicationLink)(pick("ReplicationLink")),
      Layer.succeed(PrimaryProtocol)(pick("PrimaryProtocol")),
    )
  }

  private serviceImpls() {
    return {
      CheckpointPolicy: (this.params.customPolicy?.(this.view) ?? createPolicy(this.params.policy, this.params, this.view, this.params.protocol.hooks.policyCeiling)) satisfies CheckpointPolicy["Service"],
      PrimaryProtocol: { signal: (e) => Effect.sync(() => this.signal(e)) } satisfies PrimaryProtocol["Service"],
      GuestControl: {
        pause: (epoch) =>
          Effect.suspend(() => {
            this.execution.pause(this.kernel.now)
            this.paused = true
            this.tcp?.stack.pause()
            return this.reach("checkpoint-pause", epoch)
          }),
        capture: (epoch) =>
          Effect.suspend(() => {
            const memory = this.guest.memory
            const pages = memory.capture()
            const vcpu = this.guest.cloneVcpu()
            this.capturedTicks = vcpu.ticks
            this.capturedNotSent = true
            this.slave?.captured(epoch)
            const device = this.tcp ? { ...this.guest.cloneDevice(), tcp: this.tcp.stack.snapshot() } : this.guest.cloneDevice()
            const { digest, wireBytes: stateBytes } = guestState(memory.digest(), vcpu, device)
            // Copy-on-write protects the pages instead of copying them: the pause no longer grows with a page copy each.
            const perPage = this.cow ? (this.params.cowProtectUsPerPage ?? 0) : this.params.pauseUsPerPage
            const pauseUs = Math.round(this.params.pauseBaseUs + perPage * pages.indices.length)
            this.observeCowCopies()
            const pagesDigest = digestsPages(this.params) ? { pagesDigest: memory.pagesDigest(this.checkpointPages(epoch, pages.indices)) } : {}
            this.kernel.observe({ kind: "capture", host: "primary", epoch, pages: pages.indices.length, pauseUs, digest, releasedThrough: this.releasedThrough(), work: this.guest.work, ...pagesDigest })
            this.view.captured(pauseUs)
            this.injector.reached("after-capture", epoch)
            // The copy takes the pause time; the guest stays paused throughout.
            return sleepUs(pauseUs).pipe(Effect.as({ pages, vcpu, device, stateBytes }))
          }),
        resume: (epoch) =>
          Effect.suspend(() => {
            this.resumeGuest()
            return this.reach("after-resume", epoch)
          }),
      } satisfies GuestControl["Service"],
      SoftPages: {
        filter: (epoch, pages) => {
          const slave = this.slave
          // The active slave starts from the initial sync: checkpoint 0 carries every page.
          if (!slave || epoch === 0) return Effect.sync(() => this.softPages.filter(pages))
          const part = (this.early?.peek(epoch)?.parts ?? 0) + 1
          this.signal({ type: "checkpoint.compare", epoch })
          return slave.select(epoch, pages, this.capturedTicks, part).pipe(
            Effect.map((s) => {
              this.slaveMatched.set(epoch, s.matched)
              return { pages: s.pages, soft: new Int32Array(0) }
            }),
          )
        },
      } satisfies SoftPages["Service"],
      PageCompressor: {
        encode: (_epoch, pages, dropped) =>
          Effect.sync(() => {
            if (dropped.length) this.encoder.dropped?.(dropped)
            return keep(this.encoder.encode(pages))
          }),
      } satisfies PageCompressor["Service"],
      OutputQueue: {
        closeBarrier: (epoch) => Effect.sync(() => ({ packets: this.epochOutput(epoch), writes: this.disk.closeBarrier(epoch), ...this.speculationState(epoch) })),
        releasedThrough: Effect.sync(() => this.releasedThrough()),
        releaseLatencyUs: this.params.releaseLatencyUs,
        requestRelease: (epoch) =>
          Effect.sync(() => {
            if (!this.down) this.signal({ type: "release.request", epoch, leaseHeld: this.leaseHeld() })
          }),
      } satisfies OutputQueue["Service"],
      ReplicationLink: {
        send: (cp) =>
          Effect.sync(() => {
            if (this.down) return 0
            this.capturedNotSent = false
            const sentEarly = this.early?.take(cp.epoch)
            // Parts already on the wire: pages sent early, and the active slave's hashes (whose matched pages the backup copies at apply).
            const matched = this.slaveMatched.get(cp.epoch)
            this.slaveMatched.delete(cp.epoch)
            const earlyParts = (sentEarly?.parts ?? 0) + (matched !== undefined ? 1 : 0)
            const earlyPages = (sentEarly?.records ?? 0) + (matched ?? 0)
            const early = earlyParts ? { early: { parts: earlyParts, pages: earlyPages } } : {}
            const { bytes, messages } = this.link.sendCheckpoint(this.cow ? { ...cp, cow: this.cow.open(cp.epoch, cp.pages.bytes) } : { ...cp, ...early })
            this.view.sentCheckpoint(cp.epoch, this.kernel.now, bytes)
            const hint = softSetBytes(cp.soft)
            const owes = this.owedAtBarrier.get(cp.epoch)
            this.owedAtBarrier.delete(cp.epoch)
            this.kernel.observe({ kind: "checkpoint-sent", epoch: cp.epoch, bytes, messages, pages: cp.pages.stats.pages + earlyPages, ...(hint ? { hintBytes: hint } : {}), ...(owes ? { owes } : {}) })
            return bytes
          }),
        awaitAck: (epoch) => this.safe.wait(epoch),
      } satisfies ReplicationLink["Service"],
    }
  }
}
