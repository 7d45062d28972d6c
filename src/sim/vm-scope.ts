import type { Actor, Address, Handle, Kernel, Sim, SimEvent } from "./kernel.ts"
import type { Fact } from "./observations.ts"
import type { Rng } from "./rng.ts"
import type { Micros } from "./time.ts"
import type { MachineEngine } from "./machine-actor.ts"

/**
 * One VM's view of a kernel shared by several (backup consolidation). The
 * hosts of a VM name each other as in a run of their own ("primary", "link",
 * "client-1"); the scope files them under the VM's name ("vm2/primary"),
 * tags every fact with the VM, and gives them random streams of their own.
 */
export class VmScope implements Sim {
  constructor(
    private readonly kernel: Kernel,
    readonly vm: string,
  ) {}

  get now(): Micros {
    return this.kernel.now
  }

  get engine(): MachineEngine {
    return this.kernel.engine
  }

  /** The kernel's name for this VM's actor `id`. */
  id(actor: string): string {
    return `${this.vm}/${actor}`
  }

  register<M extends SimEvent>(actor: Actor<M>): void {
    this.kernel.register<M>({ id: this.id(actor.id), deliver: (e) => actor.deliver(e), state: () => actor.state() })
  }

  rng(stream: string): Rng {
    return this.kernel.rng(this.id(stream))
  }

  schedule<M extends SimEvent>(at: Micros, to: Address<M>, event: M): Handle {
    return this.kernel.push(at, this.id(to.id), event)
  }

  after<M extends SimEvent>(delayUs: Micros, to: Address<M>, event: M): Handle {
    return this.kernel.push(this.now + Math.max(0, Math.round(delayUs)), this.id(to.id), event)
  }

  wakeAt(at: Micros, actor: string, wake: () => void): Handle {
    return this.kernel.wakeAt(at, this.id(actor), wake)
  }

  cancel(handle: Handle | undefined): void {
    this.kernel.cancel(handle)
  }

  observe(fact: Fact): void {
    this.kernel.observe({ ...fact, vm: this.vm } as unknown as Fact)
  }

  enqueueTask(task: () => void): void {
    this.kernel.enqueueTask(task)
  }

  drainTasks(): void {
    this.kernel.drainTasks()
  }

  get detailed(): boolean {
    return this.kernel.detailed
  }

  reusable(bytes: number, zeroAgain: (buffer: Uint8Array) => void): Uint8Array {
    return this.kernel.reusable(bytes, zeroAgain)
  }

  scratch(bytes: number): Uint8Array {
    return this.kernel.scratch(bytes)
  }

  recycle(view: Uint8Array): void {
    this.kernel.recycle(view)
  }

  beforeEvent(index: number, act: () => void): void {
    this.kernel.beforeEvent(index, act)
  }

  freeze(actor: string, untilUs: Micros, thaw: () => void): void {
    this.kernel.freeze(this.id(actor), untilUs, thaw)
  }

  thawsAt(actor: string): Micros | undefined {
    return this.kernel.thawsAt(this.id(actor))
  }

  faultActed(): void {
    this.kernel.faultActed()
  }

  note(actor: string, event: SimEvent, state: string): void {
    this.kernel.note(this.id(actor), event, state)
  }
}
