#!/usr/bin/env node
// The CLI runs from the bundle in dist/ (scripts/bundle.mjs), rebuilt first
// if any source is newer: no build step to remember, never stale code.
import { ensureBundle } from "../scripts/bundle.mjs"

await ensureBundle()
await import("../dist/epochlab.js")
