// Compare two builds of epochlab on one fuzz rate, run at the same time, one per core:
//
//   cp -r dist .ab/before   (then change something; npm run build)
//   node bench/side-by-side.mjs .ab/before dist "swarm (remus-mini ranges)" 6
//
// This machine's speed moves by a fifth from one minute to the next, so two
// builds measured one after the other can differ by more than any change
// between them (ratios from 0.75 to 1.4 for the same pair of builds). Run side
// by side, both see the same machine: a build against itself comes out within
// about 5%. Each pair's ratio is B's runs per second over A's, and the median
// over the pairs is the figure to quote. The rates themselves are lower than
// `bench:fuzz` prints (the other core is busy): compare ratios, not rates.
// A build directory must lie inside the project (its bundle resolves packages
// from node_modules).
import { spawn } from "node:child_process"
import { resolve } from "node:path"

const [a, b, rate, pairs = "6"] = process.argv.slice(2)
if (!a || !b || !rate) {
  console.error('usage: node bench/side-by-side.mjs DIR_A DIR_B "RATE NAME" [PAIRS]   (a rate bench/fuzz-bench.ts measures, e.g. remus-mini)')
  process.exit(2)
}

const measure = (dir) =>
  new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(dir, "fuzz-bench.js"), "--one", `rate:${rate}`], { stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("close", (code) => (code === 0 ? done(JSON.parse(out).runsPerSecond) : fail(new Error(`${dir}: fuzz-bench exited ${code}`))))
  })

const ratios = []
for (let i = 0; i < Number(pairs); i++) {
  const [ra, rb] = await Promise.all([measure(a), measure(b)])
  ratios.push(rb / ra)
  console.log(`${a} ${ra}  ${b} ${rb}  ratio ${(rb / ra).toFixed(3)}`)
}
ratios.sort((x, y) => x - y)
const mid = ratios.length >> 1
const median = ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2
console.log(`median ratio B/A ${median.toFixed(3)} over ${ratios.length} pairs [${ratios[0].toFixed(3)}, ${ratios[ratios.length - 1].toFixed(3)}]`)
