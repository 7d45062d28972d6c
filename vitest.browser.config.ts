import { defineConfig } from "vitest/config"

// The explorer in a real browser (npm run test:browser): Chromium driven by playwright-core.
export default defineConfig({
  test: {
    include: ["test-browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One browser at a time: two Chromiums on two cores only slow each other down.
    maxWorkers: 1,
  },
})
