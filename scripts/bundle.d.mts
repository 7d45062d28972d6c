// Types for the tests that build the bundle before they load it (test/epochlab-in-process.ts).
export declare const entries: Record<string, string>
export declare const isFresh: () => boolean
export declare const build: () => Promise<void>
export declare const ensureBundle: () => Promise<void>
