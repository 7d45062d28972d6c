import { mergeCommand, mergeHelp } from "./merge-command.ts"
import { bugsCommand } from "./bugs-command.ts"
import { experimentCommand, experimentHelp } from "./experiment-command.ts"
import { machinesCommand, machinesHelp } from "./machines-command.ts"
import { fuzzCommand, fuzzHelp } from "./fuzz-command.ts"
import { exploreCommand, exploreHelp } from "./explore-command.ts"
import { replayCommand, replayHelp } from "./replay-command.ts"
import { showCommand, showHelp } from "./show-command.ts"
import { recordCommand, recordHelp } from "./record-command.ts"
import { runCommand, runHelp } from "./run-command.ts"
import { scenariosCommand } from "./scenarios-command.ts"
import { UsageError } from "./usage-error.ts"
import { VERSION } from "../version.ts"

const help = `epochlab ${VERSION}: a deterministic fault-injection and model-checking testbed
for checkpoint-recovery VM replication (Remus, Kemari, COLO and their successors).

Usage: epochlab <command> [options]

Commands:
  run          simulate one protected run and judge it by every property
  fuzz         search fault schedules for property violations; shrink and save them
  explore      place faults at every protocol point and event of a run, systematically
  replay       re-execute a counterexample file and check it reproduces
  show         a counterexample as a story (text), a sequence diagram (mermaid) or one page (html)
  scenarios    list the built-in scenarios
  bugs         list the planted protocol bugs
  machines     render the protocol machines as Mermaid statecharts
  experiment   run an experiment (compression, soft-pages, tcp-throughput, transport, scheduling,
               memory-sync): its table, or a plot (--plot FILE.svg, --html FILE.html)
  record       record a real Linux process's memory, to replay as a guest's dirty pages
  merge        combine the journals of a sharded fuzz campaign (fuzz --shard K/N) into one report
  help [CMD]   this text, or a command's options

Run 'epochlab <command> --help' for a command's options.`

const commands: Record<string, { run: (argv: string[]) => number | Promise<number>; help: string }> = {
  run: { run: runCommand, help: runHelp },
  fuzz: { run: fuzzCommand, help: fuzzHelp },
  explore: { run: exploreCommand, help: exploreHelp },
  replay: { run: replayCommand, help: replayHelp },
  show: { run: showCommand, help: showHelp },
  scenarios: { run: scenariosCommand, help: "epochlab scenarios [--json]\n  List the built-in scenarios." },
  machines: { run: machinesCommand, help: machinesHelp },
  experiment: { run: experimentCommand, help: experimentHelp },
  record: { run: recordCommand, help: recordHelp },
  bugs: { run: bugsCommand, help: "epochlab bugs [--json]\n  List the planted protocol bugs, one line each." },
  merge: { run: mergeCommand, help: mergeHelp },
}

const dispatch = (argv: string[]): number | Promise<number> => {
  const [cmd, ...rest] = argv
  if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
    const topic = cmd === "help" ? rest[0] : undefined
    console.log(topic && commands[topic] ? commands[topic].help : help)
    return 0
  }
  if (cmd === "--version") {
    console.log(VERSION)
    return 0
  }
  const command = commands[cmd]
  if (!command) throw new UsageError(`unknown command "${cmd}"; commands: ${Object.keys(commands).join(", ")}`)
  // Arguments after "--" belong to a command epochlab runs (record), not to epochlab.
  const own = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest
  if (own.includes("--help") || own.includes("-h")) {
    console.log(command.help)
    return 0
  }
  return command.run(rest)
}

/**
 * epochlab's command line as a function: the exit code of `epochlab ...argv`,
 * its output written through console and process.stdout/stderr. Bad input
 * (a UsageError from any command) is one line on stderr and code 2; anything
 * else thrown is a bug and propagates. main.ts runs it as the process; the
 * tests call it in theirs (test/epochlab-in-process.ts).
 */
export const epochlab = async (argv: string[]): Promise<number> => {
  try {
    return await dispatch(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    console.error(`epochlab: ${e.message}`)
    return 2
  }
}
