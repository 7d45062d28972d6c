import { Effect } from "effect"
import { emptyStats } from "../compress/encoded-pages.ts"
import type { CheckpointPolicy, GuestControl, OutputQueue, PageCompressor, PrimaryProtocol, ReplicationLink, SoftPages } from "./services.ts"

/**
 * The epoch loop's services with the work taken out: what the loop would do
 * if a host's wiring forgot one (it compiles, the loop runs, nothing it
 * needs happens). Runs switch one in by name (`sabotage.service`) to show
 * that some property fails without each service (test/sabotage.test.ts);
 * no scenario uses them.
 */
const nothingCaptured = { pages: { indices: new Int32Array(0), data: new Uint8Array(0) }, vcpu: { ticks: 0, rng: [0, 0, 0, 0] as [number, number, number, number] }, device: { conns: {} }, stateBytes: 0 }
const noPages = { bytes: new Uint8Array(0), offsets: new Int32Array(1), wire: new Int32Array(1), stats: emptyStats(), owned: true }

export const inertServices = {
  CheckpointPolicy: { awaitCheckpoint: () => Effect.never } satisfies CheckpointPolicy["Service"],
  GuestControl: { pause: () => Effect.void, capture: () => Effect.succeed(nothingCaptured), resume: () => Effect.void } satisfies GuestControl["Service"],
  SoftPages: { filter: () => Effect.succeed({ pages: nothingCaptured.pages, soft: new Int32Array(0) }) } satisfies SoftPages["Service"],
  PageCompressor: { encode: () => Effect.succeed(noPages) } satisfies PageCompressor["Service"],
  OutputQueue: { closeBarrier: () => Effect.succeed({ packets: [], writes: [] }), releasedThrough: Effect.succeed(-1), releaseLatencyUs: 0, requestRelease: () => Effect.void } satisfies OutputQueue["Service"],
  ReplicationLink: { send: () => Effect.succeed(0), awaitAck: () => Effect.never } satisfies ReplicationLink["Service"],
  PrimaryProtocol: { signal: () => Effect.void } satisfies PrimaryProtocol["Service"],
}

export type EpochServiceName = keyof typeof inertServices

export const epochServiceNames = Object.keys(inertServices) as EpochServiceName[]
