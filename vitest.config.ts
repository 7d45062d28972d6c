import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    pool: "forks",
    // Test files share their worker's modules (Effect, XState, the machines, the protocol) instead of each
    // importing them again: 85 s of imports across the suite became 20 s. No test mocks a module or leaves
    // global state behind (the one console spy restores itself).
    isolate: false,
    // Every core: the default leaves one idle, and on a two-core machine that is half of it.
    maxWorkers: "100%",
    // A reused guest-memory buffer must come back all zero (src/sim/buffer-pool.ts).
    env: { EPOCHLAB_CHECK_POOL: "1" },
  },
})
