import { BackupHost } from "../hosts/backup-host.ts"
import { BackupPool } from "../hosts/backup-pool.ts"
import { ClientHost } from "../hosts/client-host.ts"
import { transportNamed } from "../transport/index.ts"
import { defaultVerbs } from "../transport/rdma/verbs.ts"
import { defaultPolicy } from "../policy/index.ts"
import type { HostParams } from "../hosts/host-params.ts"
import { NetHost } from "../hosts/net-host.ts"
import { StorageHost } from "../hosts/storage-host.ts"
import { BlockStore } from "../storage/block-store.ts"
import { PrimaryHost } from "../hosts/primary-host.ts"
import { ClientNetwork } from "../net/client-network.ts"
import { Kernel, addressOf, type KernelOptions, type Sim } from "../sim/kernel.ts"
import { VmScope } from "../sim/vm-scope.ts"
import type { Trace } from "../sim/trace.ts"
import { ActivationRecord } from "../storage/activation-record.ts"
import { protocolWith, type BugName } from "../bugs/bugs.ts"
import type { EpochServiceName } from "../epoch/inert-services.ts"
import type { Fault } from "../faults/schedule.ts"
import { faultVm, isClientFault, isLinkFault } from "../faults/schedule.ts"
import { FaultInjector } from "../faults/injector.ts"
import type { Reach } from "../faults/reach.ts"
import type { Scenario } from "./scenario.ts"

export interface RunInput {
  scenario: Scenario
  seed: number
  faults: readonly Fault[]
  bug?: BugName
  /** What to record and which machine engine to use (default: everything, compiled machines); test-only sabotage. */
  options?: RunOptions
}

/** Kernel options, and test-only: an epoch-loop service replaced by its inert version; a policy not in the registry. */
export type RunOptions = KernelOptions & { deleteService?: EpochServiceName; customPolicy?: HostParams["customPolicy"] }

export interface SimulationResult {
  input: RunInput
  trace: Trace
  eventCount: number
  /** Ended early: an explorer's `onFault` said stop (src/sim/kernel.ts). */
  stopped: boolean
  /** How far the run got (one VM only): what tells a campaign which faults could not have acted (src/faults/reach.ts). */
  reach?: Reach
}

/** Build the world for (scenario, seed, faults), run it to the scenario's end, return the trace. A pure function of its input. */
export const simulate = (input: RunInput): SimulationResult => {
  const { scenario, seed } = input
  const kernel = new Kernel(seed, input.options)
  const vms = scenario.consolidation
  let reach: (() => Omit<Reach, "events">) | undefined
  if (!vms) reach = buildVm(kernel, input, input.faults)
  else {
    // One backup host for every primary; each VM that fits gets its own primary, link, storage and clients.
    const pool = new BackupPool(kernel, vms.backupCapacityPages)
    for (let i = 1; i <= vms.vms; i++) {
      const vm = `vm${i}`
      if (!pool.admit(vm, vms.reservePages, scenario.host.pages)) continue
      const faults = input.faults.filter((f) => faultVm(f) === vm)
      buildVm(new VmScope(kernel, vm), { ...input, seed: seed + i - 1 }, faults, { pool, vm })
    }
  }
  kernel.run(scenario.durationUs)
  const events = kernel.trace.next
  const result = { input, trace: kernel.finish(), eventCount: kernel.eventCount, stopped: kernel.stopped, ...(reach ? { reach: { ...reach(), events } } : {}) }
  kernel.dispose()
  return result
}

/** One protected VM: its primary, its backup (or its share of a consolidated one), replication link, shared storage and clients. */
const buildVm = (sim: Sim, input: RunInput, faults: readonly Fault[], share?: { pool: BackupPool; vm: string }): (() => Omit<Reach, "events">) => {
  const { scenario, seed } = input
  const record = new ActivationRecord()
  const { tcp } = scenario
  const network = new ClientNetwork(sim, scenario.clientPath, faults.filter(isClientFault), tcp !== undefined)
  const injector = new FaultInjector(sim, faults)
  const link = transportNamed(scenario.transport ?? "tcp").create(sim, { link: scenario.link, faults: faults.filter(isLinkFault), chunkPages: scenario.host.chunkPages, hooks: protocolWith(input.bug).hooks, points: injector, verbs: { ...defaultVerbs, ...scenario.verbs } })
  const clientIds = Array.from({ length: scenario.clients }, (_, i) => `client-${i + 1}`)
  const net = tcp && { tcp, clients: clientIds, requestBytes: scenario.client.requestBytes }
  const deleted = input.options?.deleteService
  const custom = input.options?.customPolicy
  const params: HostParams = {
    ...scenario.host,
    linkBytesPerSecond: scenario.link.bytesPerSecond,
    guestSeed: seed,
    protocol: protocolWith(input.bug),
    policy: scenario.policy ?? defaultPolicy,
    ...(custom ? { customPolicy: custom } : {}),
    ...(net ? { net } : {}),
    ...(deleted ? { sabotage: { service: deleted } } : {}),
  }
  const storage = new StorageHost(sim, new BlockStore(), scenario.host.storageLatencyUs)
  const primary = new PrimaryHost(sim, params, link, network, record, injector, storage)
  // Native TCP (the unreplicated baseline) has no backup at all.
  const backup = tcp?.mode === "native" ? [] : [new BackupHost(sim, params, link, network, record, injector, storage, share)]
  const clients = clientIds.map((id) => new ClientHost(sim, id, scenario.client, network, tcp))
  const router = new NetHost(network)
  // Registered in this order (the kernel files actors by name; the order is not observable).
  sim.register(primary)
  for (const b of backup) sim.register(b)
  sim.register(link)
  sim.register(router)
  sim.register(storage)
  sim.register(injector)
  for (const c of clients) sim.register(c)
  // Who delivers to whom, typed: each sender gets the addresses of the actors it sends to.
  const hosts = { primary: primary.address, ...(backup[0] ? { backup: backup[0].address } : {}) }
  link.connect(hosts)
  network.connect({ clients: new Map(clients.map((c) => [c.id, addressOf(c)])), net: addressOf(router), hosts })
  injector.attach({ hosts: { primary, ...(backup[0] ? { backup: backup[0] } : {}) }, link })

  // Request/response clients start; bulk-flow clients only receive.
  for (const c of clients.slice(tcp?.bulkClients ?? 0)) sim.schedule(scenario.clientStartUs, addressOf(c), { type: "start" })
  primary.start()
  return () => ({ points: injector.points, linkSent: link.sentCounts, clientPackets: new Map(network.packetCounts), struck: injector.struck, ...(injector.pointsBeforeFault === undefined ? {} : { pointsBeforeFault: injector.pointsBeforeFault }) })
}
