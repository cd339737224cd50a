import { escapeHtml } from '../html/index.ts';
import { formatCell, type Lang } from './column-labels.ts';
import type { EditionTable } from './edition-table.ts';

/** The half-yearly work-stock (werkvoorraad) report: per organisation, the last half-year against the one before. */
export function werkvoorraadReport(table: EditionTable, lang: Lang): string {
  const items: string[] = [];
  for (const source of [...new Set(table.rows.map((r) => String(r.values.source)))]) {
    const rows = table.rows.filter((r) => r.values.source === source);
    const lastRow = rows[rows.length - 1];
    if (!lastRow) continue;
    const last = lastRow.values;
    const who = formatCell('source', source, lang);
    const day = formatCell('half_year_end', last.half_year_end ?? null, lang);
    if (lastRow.status !== 'published') {
      // The latest half-year is withheld: say so rather than report an older one as if it were the latest.
      items.push(
        lang === 'nl'
          ? `<li><strong>${escapeHtml(who)}</strong>: de cijfers over ${day} zijn afgeschermd (${lastRow.status === 'threshold' ? `een aantal onder de drempel` : 'om een ander afgeschermd aantal te beschermen'}).</li>`
          : `<li><strong>${escapeHtml(who)}</strong>: the figures for ${day} are withheld (${lastRow.status === 'threshold' ? 'a count below the threshold' : 'to protect another withheld count'}).</li>`,
      );
      continue;
    }
    const beforeRow = rows[rows.length - 2];
    const before = beforeRow?.status === 'published' ? beforeRow.values : undefined;
    const n = (v: unknown) => formatCell('n', typeof v === 'number' ? v : null, lang);
    const change =
      before && typeof last.stock_end === 'number' && typeof before.stock_end === 'number'
        ? last.stock_end - before.stock_end
        : null;
    const age = typeof last.mean_age_days === 'number' ? Math.round(last.mean_age_days) : null;
    items.push(
      lang === 'nl'
        ? `<li><strong>${escapeHtml(who)}</strong>: op ${day} ${n(last.stock_end)} openstaande zaken (${change === null ? 'geen vergelijking' : `${change >= 0 ? '+' : '−'}${n(Math.abs(change))} ten opzichte van het vorige halfjaar`}); instroom ${n(last.inflow)}, uitstroom ${n(last.outflow)}${age === null ? '' : `, gemiddelde leeftijd ${n(age)} dagen`}.</li>`
        : `<li><strong>${escapeHtml(who)}</strong>: on ${day}, ${n(last.stock_end)} open cases (${change === null ? 'no comparison' : `${change >= 0 ? '+' : '−'}${n(Math.abs(change))} on the previous half-year`}); inflow ${n(last.inflow)}, outflow ${n(last.outflow)}${age === null ? '' : `, mean age ${n(age)} days`}.</li>`,
    );
  }
  const heading = lang === 'nl' ? 'Het laatste halfjaar' : 'The latest half-year';
  return `<section class="report" aria-labelledby="werkvoorraad-report"><h2 id="werkvoorraad-report">${heading}</h2><ul>${items.join('\n')}</ul></section>`;
}
