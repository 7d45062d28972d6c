import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    pool: "forks",
    // Every core: the default leaves one idle, and on a two-core machine that is half of it.
    maxWorkers: "100%",
    // A reused guest-memory buffer must come back all zero (src/sim/buffer-pool.ts).
    env: { EPOCHLAB_CHECK_POOL: "1" },
  },
})
