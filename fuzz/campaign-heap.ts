/**
 * The young generation a campaign's thread runs with. A run's objects live
 * for the run (a few milliseconds) and die together; with V8's default
 * semi-spaces (16 MiB) a scavenge lands every ~50 ms of a swarm campaign and
 * copies whatever the run in progress holds. With 64 MiB semi-spaces it
 * lands a quarter as often, for the same copying each time. Side by side
 * (bench/side-by-side.mjs-style pairs, the same build): swarm campaign +6%
 * median over ten pairs (0.95 to 1.26); 32 MiB gave +1.4% over six. The cost
 * is memory: up to about 100 MiB more per campaign thread.
 */
export const CAMPAIGN_SEMI_SPACE_MB = 64

/** The same limit for a worker thread (V8's young generation is three semi-spaces). */
export const campaignWorkerLimits = { maxYoungGenerationSizeMb: 3 * CAMPAIGN_SEMI_SPACE_MB }
