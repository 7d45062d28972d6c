import { defineConfig } from "vitest/config"
import { CAMPAIGN_SEMI_SPACE_MB } from "./fuzz/campaign-heap.ts"
import { LongestFirst } from "./test/sequencer.ts"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    pool: "forks",
    // Test files share their worker's modules (Effect, XState, the machines, the protocol) instead of each
    // importing them again: 85 s of imports across the suite became 20 s. No test mocks a module or leaves
    // global state behind (the one console spy, and the CLI tests' capture of the console and the standard streams,
    // test/epochlab-in-process.ts, restore what they replaced).
    isolate: false,
    // Every core: the default leaves one idle, and on a two-core machine that is half of it.
    maxWorkers: "100%",
    // The young generation a campaign thread gets (fuzz/campaign-heap.ts, docs/performance.md change 12): a test
    // file's runs, like a campaign's, live for milliseconds and die together. fuzz-bugs and compiled-machine side
    // by side: 11 to 15% less CPU than with V8's default 16 MiB (two pairs).
    execArgv: [`--max-semi-space-size=${CAMPAIGN_SEMI_SPACE_MB}`],
    // Longest files first, from a committed table: a clean clone (CI) has no record of earlier runs (test/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    // Pooled buffers are checked (src/sim/buffer-pool.ts): a guest-memory buffer must come back all zero, and a
    // scratch buffer comes back poisoned, so a view still read after it was given back reads no run's bytes.
    // The CLI the tests run runs its campaigns on one thread unless a test asks for more (--workers): two
    // test files already fill both cores, and a thread's start and warm-up cost more than a small campaign gains.
    env: { EPOCHLAB_CHECK_POOL: "1", EPOCHLAB_WORKERS: "1" },
    // The bundle (dist/) is loaded by Node itself, as users run it: test/epochlab-in-process.ts runs the CLI from it.
    server: { deps: { external: [/[\\/]dist[\\/]/] } },
    // Effect as the bundle builds it: no AsyncResource per fiber suspension (test/setup-effect.ts).
    setupFiles: ["test/setup-effect.ts"],
  },
})
