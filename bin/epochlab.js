#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so there is no build step.
import { tsImport } from "tsx/esm/api"

await tsImport("../src/cli/main.ts", import.meta.url)
