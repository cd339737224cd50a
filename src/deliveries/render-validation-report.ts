import { escapeHtml } from '../html/index.ts';
import type { ValidationReport } from './build-validation-report.ts';

const words = {
  nl: {
    title: 'Validatierapport',
    read: 'Gelezen regels',
    accepted: 'Opgeslagen',
    quarantined: 'In quarantaine',
    row: 'Regel',
    column: 'Kolom',
    value: 'Waarde',
    fix: 'Wat te doen',
    rule: 'Regel',
    allGood: 'Alle regels zijn opgeslagen; er is niets te corrigeren.',
    intro:
      'Corrigeer de regels hieronder in uw bronsysteem en lever het bestand opnieuw aan voor dezelfde periode; de nieuwe versie vervangt deze.',
    rows: 'regels',
  },
  en: {
    title: 'Validation report',
    read: 'Rows read',
    accepted: 'Stored',
    quarantined: 'Quarantined',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    fix: 'What to do',
    rule: 'Rule',
    allGood: 'Every row was stored; there is nothing to correct.',
    intro:
      'Correct the rows below in your source system and deliver the file again for the same period; the new version replaces this one.',
    rows: 'rows',
  },
} as const;

/** A self-contained, accessible HTML page of the report, in Dutch or English. */
export function renderValidationReportHtml(report: ValidationReport, lang: 'nl' | 'en'): string {
  const w = words[lang];
  const d = report.delivery;
  const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const groups = report.rules
    .map(
      (group) => `<section>
  <h2>${escapeHtml(group.rule)} <span class="count">(${number.format(group.rowCount)} ${w.rows})</span></h2>
  <table>
    <thead><tr><th scope="col">${w.row}</th><th scope="col">${w.column}</th><th scope="col">${w.value}</th><th scope="col">${w.fix}</th></tr></thead>
    <tbody>
${group.rows.map((r) => `      <tr><th scope="row">${r.rowNumber}</th><td>${escapeHtml(r.column)}</td><td>${escapeHtml(r.value)}</td><td>${escapeHtml(lang === 'nl' ? r.messageNl : r.messageEn)}</td></tr>`).join('\n')}
    </tbody>
  </table>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title} — ${escapeHtml(d.source)} ${escapeHtml(d.record_type)} ${escapeHtml(d.period)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border-bottom: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; }
dl { display: grid; grid-template-columns: max-content auto; gap: .25rem 1rem; }
dt { font-weight: 600; } .count { font-weight: normal; color: #444; }
</style>
</head>
<body>
<main>
<h1>${w.title}: ${escapeHtml(d.source)} · ${escapeHtml(d.record_type)} · ${escapeHtml(d.period)}</h1>
<p>${escapeHtml(d.file_name)} — ${escapeHtml(d.delivery_id)} (${escapeHtml(d.status)})</p>
<dl>
  <dt>${w.read}</dt><dd>${number.format(report.counts.read)}</dd>
  <dt>${w.accepted}</dt><dd>${number.format(report.counts.accepted)}</dd>
  <dt>${w.quarantined}</dt><dd>${number.format(report.counts.quarantined)}</dd>
</dl>
<p>${report.rules.length === 0 ? w.allGood : w.intro}</p>
${groups}
</main>
</body>
</html>
`;
}
