// The epochlab process: its command line (cli.ts) with the process's arguments, streams and exit code.
import { epochlab } from "./cli.ts"

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0)
  throw e
})

process.exitCode = await epochlab(process.argv.slice(2))
