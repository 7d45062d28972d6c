// The page's data (the JSON block #data, src/viz/explorer/explorer-data.ts) indexed for drawing,
// and the state every module reads: the two views, the filters, the selection.

/** A run with what drawing needs at hand: facts by event, event times, epoch starts and numbers. */
const indexRun = (run) => {
  const factsAt = new Map()
  for (const f of run.facts) {
    if (!factsAt.has(f.at)) factsAt.set(f.at, [])
    factsAt.get(f.at).push(f)
  }
  return { ...run, factsAt, times: run.events.map((e) => e[1]), starts: run.epochs.map((e) => e.pause[0]), numbers: run.epochs.map((e) => e.epoch) }
}

// Lanes: the hosts and the link first, then the rest in order of appearance.
const ROLE = ["primary", "backup", "link", "storage", "net"]

/** The client an actor or a payload names: `client-1`, or in a consolidated run `vm2/client-1`. */
export const clientOf = (s) => (s.match(/(vm\d+\/)?client-\d+/) || [])[0]
/** One client named with or without its VM (a payload names `client-1`, the filter `vm2/client-1`). */
const sameClient = (a, b) => a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`)
/** Lanes in role order (the hosts and the link first), VM by VM in a consolidated run, then the rest as they appeared. */
const roleOf = (a) => ROLE.indexOf(a.replace(/^vm\d+\//, ""))

export const createApp = (D) => {
  const run = indexRun(D.run)
  const neighbour = "run" in D.neighbour ? indexRun(D.neighbour.run) : undefined
  const seen = [...new Set([...run.events, ...(neighbour ? neighbour.events : [])].map((e) => e[2]))]
  const actors = [...seen.filter((a) => roleOf(a) >= 0).sort((a, b) => roleOf(a) - roleOf(b) || seen.indexOf(a) - seen.indexOf(b)), ...seen.filter((a) => roleOf(a) < 0)]
  const types = [...new Set(run.events.map((e) => e[3]))].sort()
  const filters = { selected: D.witness.at, actors: new Set(actors), types: new Set(types), client: "" }
  const actorShown = (a) => filters.actors.has(a) && (!filters.client || !clientOf(a) || sameClient(clientOf(a), filters.client))
  return {
    D,
    run,
    neighbour,
    actors,
    types,
    clients: [...new Set(actors.map(clientOf).filter(Boolean))].sort(),
    // Two views, each with its own axis and window: the timeline, and the comparison with the passing run.
    view: { axis: "time", x0: 0, x1: 1 },
    cmp: { axis: "epoch", x0: 0, x1: 1 },
    filters,
    actorShown,
    eventShown: (e) => actorShown(e[2]) && filters.types.has(e[3]) && (!filters.client || !clientOf(e[4]) || sameClient(clientOf(e[4]), filters.client)),
    // Set by main.js: redraw everything that follows the views, select an event, zoom a view to an epoch.
    render: () => {},
    select: (_i) => {},
    zoomToEpoch: (_n, _v) => {},
  }
}
