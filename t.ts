import { runScenario } from "./src/scenario/run.ts"
import { remusBasic } from "./src/scenario/builtin.ts"
import { bugs } from "./src/bugs/bugs.ts"
const sc = { ...remusBasic, durationUs: 1_200_000 }
for (const b of [undefined, ...bugs.map(b => b.name)]) {
  const hits: Record<string, number> = {}
  let n = 0
  for (let ms = 300; ms < 1000; ms += 17) {
    for (const faults of [[{ kind: "crash" as const, host: "primary" as const, atUs: ms * 1000 }], [{ kind: "link-partition" as const, direction: "both" as const, atUs: ms * 1000, durationUs: 150_000 }]]) {
      n++
      const r = runScenario(sc, 1, faults, b)
      for (const v of r.verdicts.filter(v => !v.ok)) hits[v.property] = (hits[v.property] ?? 0) + 1
    }
  }
  console.log(String(b).padEnd(26), n, JSON.stringify(hits))
}
