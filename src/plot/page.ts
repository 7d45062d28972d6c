import { escapeHtml } from "../common/escape-html.ts"

/**
 * One self-contained page: a title, the plot's SVG inline and the table as the
 * command printed it. Nothing is loaded at view time (no scripts, styles or
 * fonts from elsewhere).
 */
export const plotPage = (title: string, svg: string, table: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; }
figure { margin: 0 0 2em 0; overflow-x: auto; }
pre { font-size: 12px; line-height: 1.35; background: #f7f7f7; padding: 1em; overflow-x: auto; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<figure>
${svg}
</figure>
<pre>${escapeHtml(table)}</pre>
</body>
</html>
`
