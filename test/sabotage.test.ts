import { describe, expect, it } from "vitest"
import type { Fault } from "../src/faults/schedule.ts"
import { epochServiceNames } from "../src/epoch/inert-services.ts"
import { BackupHost } from "../src/hosts/backup-host.ts"
import { PrimaryHost } from "../src/hosts/primary-host.ts"
import { remusActive, remusBasic, remusMini, remusSpec } from "../src/scenario/builtin.ts"
import { runScenario } from "../src/run/run.ts"
import type { RunOptions } from "../src/scenario/simulate.ts"
import type { Scenario } from "../src/scenario/scenario.ts"

/**
 * Nothing passes by doing nothing: delete, one at a time, each service of the
 * epoch loop (swapped for its inert version) and each protocol host's
 * reaction to each message kind it handles (the kernel drops those events
 * before the host sees them), by test-only switches and not by editing code;
 * some property must fail every time. The lists come from the code
 * (inert-services.ts, PrimaryHost.handles, BackupHost.handles), so a new
 * service or a new handler is covered here as soon as it exists.
 *
 * Each deletion runs in a world that exercises it: a crash of the primary
 * (failover), a crash of the backup (the primary goes on alone), a broken
 * replication connection, real TCP for the client packets, and an active
 * slave for its answers.
 */
const crashPrimary: Fault[] = [{ kind: "crash", host: "primary", atUs: 250_000 }]
const crashBackup: Fault[] = [{ kind: "crash", host: "backup", atUs: 150_000 }]
const disconnect: Fault[] = [{ kind: "link-disconnect", atUs: 150_000 }]

/**
 * The worlds a deletion is tried in; it must be caught in at least one. A
 * 1.5 s remus-mini leaves room after each fault for the protocol to recover
 * and be judged; remus-basic's initial sync outlasts the detection timeout
 * (only heartbeats keep the primary from suspecting its backup); a single
 * request/response client over real TCP is what a host ignoring TCP packets
 * starves (a bulk flow beside it may be starved by TCP itself).
 */
const worlds = (uses: string): Array<{ scenario: Scenario; faults: Fault[] }> => {
  if (uses === "client.packet") {
    const tcp: Scenario = { ...remusSpec, durationUs: 2_500_000, clients: 1, tcp: { ...remusSpec.tcp!, bulkClients: 0 } }
    return [{ scenario: tcp, faults: [] }, { scenario: tcp, faults: crashPrimary }]
  }
  // Only the active slave's backup answers the primary's page hashes.
  if (uses === "repl.msg:need") return [{ scenario: { ...remusActive, durationUs: 500_000 }, faults: [] }]
  const mini = { ...remusMini, durationUs: 1_500_000 }
  return [
    { scenario: mini, faults: [] },
    { scenario: mini, faults: crashPrimary },
    { scenario: mini, faults: crashBackup },
    { scenario: mini, faults: disconnect },
    { scenario: { ...remusBasic, durationUs: 400_000 }, faults: [] },
  ]
}

const caught = (uses: string, options: RunOptions): string[] =>
  worlds(uses).flatMap(({ scenario, faults }) =>
    runScenario(scenario, 1, faults, undefined, options)
      .verdicts.filter((v) => !v.ok)
      .map((v) => `${v.property}: ${v.witness?.message}`),
  )

describe("every deletion is caught by some property", () => {
  it("the worlds pass with nothing deleted", () => {
    expect(caught("", {})).toEqual([])
    expect(caught("client.packet", {})).toEqual([])
  })

  it.each(epochServiceNames)("the epoch loop without its %s service", (service) => {
    expect(caught(service, { deleteService: service })).not.toEqual([])
  })

  it.each(PrimaryHost.handles.map((e) => ["primary", e] as const))("the %s ignoring %s", (actor, event) => {
    expect(caught(event, { ignore: { actor, event } })).not.toEqual([])
  })

  it.each(BackupHost.handles.map((e) => ["backup", e] as const))("the %s ignoring %s", (actor, event) => {
    expect(caught(event, { ignore: { actor, event } })).not.toEqual([])
  })
})
