/** The site's one stylesheet: readable on screen, contrast at least 4.5:1, and a print layout. */
export const siteStyles = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --accent: #154273; --line: #c8c8c8; --bg: #ffffff; --band: #eef3f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible, summary:focus-visible { outline: 3px solid #c9540a; outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--accent); color: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: var(--accent); color: #fff; padding: 0.75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; }
.site-header a { color: #fff; }
.site-name { margin: 0; font-weight: 600; }
.site-name a { font-size: 1.25rem; text-decoration: none; margin-right: 0.5rem; }
.site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.site-header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.language-switch { margin: 0 0 0 auto; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
main:focus { outline: none; }
h1 { color: var(--accent); font-size: 2rem; line-height: 1.2; }
h2 { color: var(--accent); margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.headline { font-size: 1.2rem; background: var(--band); padding: 1rem; border-left: 4px solid var(--accent); }
figure.chart { margin: 1rem 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.5rem; }
figure.chart svg { max-width: 100%; height: auto; }
.chart-summary, .note { color: var(--muted); }
.table-scroll { overflow: auto; max-height: 32rem; border: 1px solid var(--line); margin: 0.5rem 0; }
/* a short table whose rows are long texts (the model families): shown whole, not in a scroll box */
.table-scroll.table-whole { max-height: none; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.5rem; }
th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--band); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; padding: 0.25rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.site-footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); }
.zicht-nav { flex-basis: 100%; font-size: 0.9rem; border-bottom: 1px solid rgb(255 255 255 / 0.35); padding-bottom: 0.4rem; }
.zicht-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.zicht-nav a[aria-current] { font-weight: 700; }
.explorer-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: flex-start; background: var(--band); padding: 0.75rem 1rem; margin: 1rem 0; }
.explorer-controls fieldset { border: 1px solid var(--line); margin: 0; padding: 0.25rem 0.75rem 0.5rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; background: var(--bg); }
.explorer-controls legend { font-weight: 600; padding: 0 0.25rem; }
.explorer-field { margin: 0.25rem 0; display: flex; flex-direction: column; }
.explorer-field[hidden] { display: none; }
.explorer-table { flex-basis: 100%; }
.explorer-field label { font-weight: 600; font-size: 0.9rem; }
.explorer-controls select, .explorer-controls button { font: inherit; padding: 0.3rem 0.5rem; min-height: 2.5rem; max-width: 100%; }
.explorer-download { flex-basis: 100%; margin: 0.25rem 0; }
.explorer-controls button { background: var(--accent); color: #fff; border: 2px solid var(--accent); border-radius: 0.25rem; cursor: pointer; }
.explorer-controls select:focus-visible, .explorer-controls button:focus-visible, th button:focus-visible { outline: 3px solid #c9540a; outline-offset: 2px; }
.explorer-count { font-weight: 600; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; text-align: inherit; }
th.num { text-align: right; }
.table-list { padding-left: 1.25rem; }
.table-list li { margin: 0.25rem 0; }
.print-subtitle { font-size: 1.15rem; color: var(--muted); }
/* --- Charts and estimate (issue 14: labels, numbers and charts for readers) --- */
.chart-legend { font-size: 0.9375rem; margin: 0.25rem 0 0.5rem; }
.chart-legend-title { margin: 0 0 0.25rem; font-weight: 600; }
.chart-legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.chart-legend li { display: flex; align-items: center; gap: 0.4rem; }
.chart-legend svg { flex: none; }
td.text { text-align: left; min-width: 16rem; }
.chart-note { color: var(--muted); }
.chart-axis-note { margin: 0.25rem 0; font-size: 0.9375rem; font-weight: 600; }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  body { font-size: 10pt; line-height: 1.35; }
  .skip-link, .site-header nav, .language-switch, .downloads, .explorer, noscript, .print-how { display: none; }
  .print-subtitle { font-size: 12pt; }
  .site-header { background: none; color: #000; padding: 0 0 4mm; border-bottom: 1pt solid #000; }
  .site-header a { color: #000; text-decoration: none; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; margin-top: 8mm; break-after: avoid; }
  h3 { font-size: 12pt; break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  .table-scroll { max-height: none; overflow: visible; border: none; }
  /* Tables fit the page: across the width, smaller type, numbers on one line, headers repeat on each page. */
  table { width: 100%; font-size: 8pt; }
  th, td { padding: 0.5pt 3pt; overflow-wrap: break-word; hyphens: auto; line-height: 1.25; }
  td.num { white-space: nowrap; }
  thead { display: table-header-group; }
  thead th { position: static; background: none; border-bottom: 1pt solid #000; }
  caption { font-size: 9pt; padding: 0 0 2pt; }
  tr { break-inside: avoid; }
  /* Charts sized for A4: at most the printable width and about a third of the page high. */
  figure.chart { break-inside: avoid; margin: 3mm 0; }
  figure.chart svg[role="img"] { width: 100%; max-width: 180mm; height: auto; max-height: 70mm; }
  .chart-legend { font-size: 8.5pt; margin: 1mm 0; }
  .chart-legend svg { width: 10pt; height: 10pt; }
  .chart-axis-note { font-size: 8.5pt; }
  /* A pivoted table: years as narrow number columns, the group of lines as a heading row. */
  table.print-pivot th.num { text-align: right; white-space: nowrap; }
  table.print-pivot .print-group th { font-weight: 700; padding-top: 3pt; border-bottom: 1pt solid #000; }
  table.print-pivot tbody { break-inside: auto; }
  td.text { min-width: 0; }
  .chart-summary, .note { font-size: 8.5pt; }
  .table-scroll + .note { break-before: avoid; margin-top: 1mm; }
  details > summary { display: none; }
  .print-theme { break-before: page; }
  a { color: #000; text-decoration: none; }
  .site-footer { border-top: 1pt solid #000; padding: 2mm 0 0; font-size: 8pt; }
}
`;
