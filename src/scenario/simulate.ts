import { BackupHost } from "../hosts/backup-host.ts"
import { ClientHost } from "../hosts/client-host.ts"
import { LinkHost } from "../hosts/link-host.ts"
import { NetHost } from "../hosts/net-host.ts"
import { StorageHost } from "../hosts/storage-host.ts"
import { BlockStore } from "../storage/block-store.ts"
import { PrimaryHost } from "../hosts/primary-host.ts"
import { ClientNetwork } from "../net/client-network.ts"
import { Kernel } from "../sim/kernel.ts"
import type { Trace } from "../sim/trace.ts"
import { ActivationRecord } from "../storage/activation-record.ts"
import type { BugName } from "../bugs/bugs.ts"
import type { Fault } from "../faults/schedule.ts"
import { isClientFault, isLinkFault } from "../faults/schedule.ts"
import { FaultInjector } from "../faults/injector.ts"
import type { Scenario } from "./scenario.ts"

export interface RunInput {
  scenario: Scenario
  seed: number
  faults: readonly Fault[]
  bug?: BugName
}

export interface SimulationResult {
  input: RunInput
  trace: Trace
  eventCount: number
}

/** Build the world for (scenario, seed, faults), run it to the scenario's end, return the trace. A pure function of its input. */
export const simulate = (input: RunInput): SimulationResult => {
  const { scenario, seed } = input
  const kernel = new Kernel(seed)
  const record = new ActivationRecord()
  const faults = input.faults
  const network = new ClientNetwork(kernel, scenario.clientPath, faults.filter(isClientFault))
  const link = new LinkHost(kernel, scenario.link, faults.filter(isLinkFault))
  const injector = new FaultInjector(kernel, faults)
  const params = { ...scenario.host, guestSeed: seed, bug: input.bug }
  const storage = new StorageHost(kernel, new BlockStore(), scenario.host.storageLatencyUs)
  const primary = new PrimaryHost(kernel, params, link, network, record, injector, storage)
  const backup = new BackupHost(kernel, params, link, network, record, injector, storage)
  const clients = Array.from({ length: scenario.clients }, (_, i) => new ClientHost(kernel, `client-${i + 1}`, scenario.client, network))
  for (const a of [primary, backup, link, new NetHost(network), storage, ...clients]) kernel.register(a)

  for (const c of clients) kernel.schedule(scenario.clientStartUs, c.id, { type: "start" })
  for (const f of faults) {
    if (f.kind === "crash") kernel.schedule(f.atUs, f.host, { type: "fault.crash" })
    if (f.kind === "link-disconnect") kernel.schedule(f.atUs, "link", { type: "disconnect" })
  }
  primary.start()
  kernel.run(scenario.durationUs)
  return { input, trace: kernel.finish(), eventCount: kernel.eventCount }
}
