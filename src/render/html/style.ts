/**
 * The stylesheet of the HTML documents, inline so that the file stands alone: plain on screen,
 * A4 on paper, a new page before each department's sheet, table headers repeated on every page.
 */
export const HTML_STYLE = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6em; margin: 0 0 .6em; }
h2 { font-size: 1.3em; margin: 1.4em 0 .5em; border-bottom: 1px solid #ccc; padding-bottom: .15em; }
h3 { font-size: 1.1em; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; margin: .5em 0 1em; width: auto; max-width: 100%; }
th, td { border: 1px solid #bbb; padding: .2em .45em; vertical-align: top; text-align: left; }
th { background: #eef1f4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.tone-good { color: #1e7b34; }
.tone-bad { color: #b03a2e; }
.tone-muted { color: #666; }
.tone-strong { font-weight: bold; }
pre { font-size: 9pt; overflow-x: auto; }
figure.chart { margin: 1em 0 1.5em; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .95em; margin-bottom: .4em; }
details summary { cursor: pointer; color: #444; font-size: .95em; }
table.blank { width: 100%; }
table.blank td { height: 2.2em; }
table.blank td:first-child { width: 2em; }
section.sheet { break-before: page; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  details summary { display: none; }
  h2, h3 { break-after: avoid; }
}
`;
