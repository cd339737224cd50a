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
@media print {
  .skip-link, .site-header nav, .language-switch, .downloads { display: none; }
  .site-header { background: none; color: #000; padding: 0; }
  .site-header a { color: #000; text-decoration: none; }
  .table-scroll { max-height: none; overflow: visible; border: none; }
  thead th { position: static; }
  main { max-width: none; padding: 0; }
  h2 { break-before: auto; break-after: avoid; }
  figure, tr { break-inside: avoid; }
  .print-theme { break-before: page; }
  a { color: #000; }
}
`;
