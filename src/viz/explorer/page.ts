import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { escapeHtml as esc } from "../../common/escape-html.ts"
import { PROJECT_ROOT } from "../../project-root.ts"
import type { ExplorerData } from "./explorer-data.ts"

const CLIENT = join(PROJECT_ROOT, "src", "viz", "explorer", "client")

/** esbuild, loaded when a page is first written: every other command starts without it (parsing it cost each CLI start some 25 ms). */
const esbuild = (): typeof import("esbuild") => createRequire(import.meta.url)("esbuild")

/** The page's script: client/main.js and the modules it imports, bundled into one function (esbuild, about 50 ms). */
let script: string | undefined
const clientScript = (): string =>
  (script ??= esbuild().buildSync({ entryPoints: [join(CLIENT, "main.js")], bundle: true, write: false, format: "iife", target: "es2022", logLevel: "error" }).outputFiles[0].text)

/**
 * The explorer as one self-contained HTML file: the data as a JSON block,
 * the script and the style inline, nothing fetched when it is viewed.
 */
export const explorerPage = (data: ExplorerData): string => {
  // JSON inside <script>: "<" escaped so no payload can close the block.
  const json = JSON.stringify(data).replace(/</g, "\\u003c")
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${esc(data.title)}</title>
<style>
${readFileSync(join(CLIENT, "explorer.css"), "utf8")}</style></head><body>
<h1>${esc(data.title)}</h1>
<p id="explanation">${esc(data.explanation)}</p>
<p><b>Witness</b> at ${(data.witness.t / 1000).toFixed(3)} ms (event ${data.witness.at}): <span id="witness-message">${esc(data.witness.message)}</span></p>
<p><b>Faults</b>: ${data.faults.length ? data.faults.map(esc).join("; ") : "none"}</p>
<p><b>Replay</b>: <code id="replay">${esc(data.replay)}</code></p>
<h2>Timeline</h2>
<div class="toolbar">
  <button id="fit">fit</button> <button id="zoom-witness">zoom to the witness</button>
  <label>epoch <select id="epoch-select"><option value="">-</option></select></label>
  <label>x axis <select id="axis"><option value="time">virtual time</option><option value="order">delivery order</option></select></label>
  <label>client <select id="client-filter"><option value="">all</option></select></label>
  <details><summary>actors</summary><div class="filter-box" id="actor-filters"></div></details>
  <details><summary>event types</summary><div class="filter-box" id="type-filters"></div></details>
  <label>find <input id="find" type="search" placeholder="text in an event" size="18"></label>
  <span id="range" class="legend"></span>
</div>
<svg id="timeline"></svg>
<p class="legend">Wheel to zoom, drag to pan, click an event for its state; find (Enter) selects the next event whose actor, type, payload or state contains the text. Epoch bands: pause (grey), transfer (blue), acknowledgement (green), first release (orange diamond); a click on a band zooms to its epoch. The witness is red, faults pink where they acted.</p>
<section id="detail"></section>
<h2>Clients' byte streams</h2>
<section id="streams"></section>
<h2>The nearest passing run</h2>
<section id="neighbour"><svg id="neighbour-timeline"></svg></section>
<h2>Story</h2>
<table id="story"></table>
<script type="application/json" id="data">${json}</script>
<script>
${clientScript().replace(/<\/script/gi, "<\\/script")}</script>
</body></html>
`
}
