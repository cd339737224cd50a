import { escapeHtml } from '../html/index.ts';
import { columnLabel, type Lang, labelledColumns } from './column-labels.ts';
import type { EditionTable } from './edition-table.ts';
import { renderChart, chartSummary } from './render-chart.ts';
import { renderTable, suppressionNote } from './render-table.ts';
import { hrefFrom } from './site-pages.ts';
import { downloadPath } from './table-downloads.ts';
import type { ChartSpec } from './site-themes.ts';

const words = {
  table: { nl: 'Tabel met de cijfers', en: 'Table with the figures' },
  rows: { nl: 'rijen', en: 'rows' },
  download: { nl: 'Downloaden', en: 'Download' },
  csvNote: { nl: ' (puntkomma’s, voor Excel in het Nederlands)', en: '' },
} as const;

export { downloadPath };

/** A definition that names a column by its id (`previous_share`) names it by its label instead. */
export const withColumnLabels = (text: string, lang: Lang): string =>
  text.replace(/\b[a-z]+(?:_[a-z0-9]+)+\b/g, (id) =>
    labelledColumns.includes(id) ? `‘${columnLabel(id, lang)}’` : id,
  );

/**
 * One indicator: heading, definition, the chart in a <figure> with caption and text summary, the
 * table (folded when long; always open in print) and its CSV and XLSX downloads.
 */
export function renderIndicatorSection(
  table: EditionTable,
  chart: ChartSpec | undefined,
  lang: Lang,
  options: { readonly threshold: number; readonly idPrefix?: string; readonly print?: boolean },
): string {
  const id = `${options.idPrefix ?? ''}${table.id}`;
  const title = escapeHtml(table.title[lang]);
  const figure = chart
    ? `<figure class="chart" aria-labelledby="${id}-figcaption">
<figcaption id="${id}-figcaption">${title}</figcaption>
${renderChart(table, chart, lang)}
<p class="chart-summary">${escapeHtml(chartSummary(table, chart, lang))}</p>
</figure>`
    : '';
  const tableHtml = `${renderTable(table, lang, `${id}-caption`)}\n${suppressionNote(table, options.threshold, lang)}`;
  const folded =
    options.print || table.rows.length <= 12
      ? tableHtml
      : `<details><summary>${words.table[lang]} (${table.rows.length} ${words.rows[lang]})</summary>\n${tableHtml}\n</details>`;
  const downloads = options.print
    ? ''
    : `<p class="downloads">${words.download[lang]}: <a href="${hrefFrom(lang, downloadPath(table.id, 'csv', lang))}" download>CSV${words.csvNote[lang]}<span class="visually-hidden"> — ${title}</span></a>
<a href="${hrefFrom(lang, downloadPath(table.id, 'xlsx', lang))}" download>XLSX<span class="visually-hidden"> — ${title}</span></a></p>`;
  return `<section class="indicator" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${title}</h2>
<p>${escapeHtml(withColumnLabels(table.definition[lang], lang))}</p>
${figure}
${folded}
${downloads}
</section>`;
}
