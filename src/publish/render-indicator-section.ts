import { escapeHtml } from '../html/index.ts';
import { columnLabel, type Lang, labelledColumns } from './column-labels.ts';
import type { EditionTable } from './edition-table.ts';
import { chartPoints, chartSummary, renderChart } from './render-chart.ts';
import { renderPrintTable } from './render-print-table.ts';
import { renderTable, suppressionNote } from './render-table.ts';
import { explorerPage, hrefFrom } from './site-pages.ts';
import { downloadPath } from './table-downloads.ts';
import type { ChartSpec } from './site-themes.ts';

const words = {
  table: { nl: 'Tabel met de cijfers', en: 'Table with the figures' },
  rows: { nl: 'rijen', en: 'rows' },
  download: { nl: 'Downloaden', en: 'Download' },
  explore: { nl: 'Verken deze tabel', en: 'Explore this table' },
  csvNote: { nl: ' (puntkomma’s, voor Excel in het Nederlands)', en: '' },
} as const;

export { downloadPath };

/** The table explorer with this table chosen (it reads `#tabel=` or `#table=`, see explorer-browser.ts). */
export const explorerHref = (tableId: string, lang: Lang): string =>
  `${hrefFrom(lang, explorerPage.file[lang])}#${lang === 'nl' ? 'tabel' : 'table'}=${encodeURIComponent(tableId)}`;

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
  // In print a chart with nothing to draw is its sentence only, not an empty frame half a page high.
  const empty = options.print === true && chart !== undefined && chartPoints(table, chart, lang).length === 0;
  const figure = empty
    ? `<p class="chart-summary">${escapeHtml(chartSummary(table, chart, lang))}</p>`
    : chart
      ? `<figure class="chart" aria-labelledby="${id}-figcaption">
<figcaption id="${id}-figcaption">${title}</figcaption>
${renderChart(table, chart, lang)}
<p class="chart-summary">${escapeHtml(chartSummary(table, chart, lang))}</p>
</figure>`
      : '';
  const tableHtml = options.print
    ? renderPrintTable(table, lang, `${id}-caption`, chart?.xOrder ? [chart.xOrder] : [])
    : `${renderTable(table, lang, `${id}-caption`)}\n${suppressionNote(table, options.threshold, lang)}`;
  const folded =
    options.print || table.rows.length <= 12
      ? tableHtml
      : `<details><summary>${words.table[lang]} (${table.rows.length} ${words.rows[lang]})</summary>\n${tableHtml}\n</details>`;
  const downloads = options.print
    ? ''
    : `<p class="downloads"><a href="${explorerHref(table.id, lang)}">${words.explore[lang]}<span class="visually-hidden"> — ${title}</span></a></p>
<p class="downloads">${words.download[lang]}: <a href="${hrefFrom(lang, downloadPath(table.id, 'csv', lang))}" download>CSV${words.csvNote[lang]}<span class="visually-hidden"> — ${title}</span></a>
<a href="${hrefFrom(lang, downloadPath(table.id, 'xlsx', lang))}" download>XLSX<span class="visually-hidden"> — ${title}</span></a></p>`;
  return `<section class="indicator" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${title}</h2>
<p>${escapeHtml(withColumnLabels(table.definition[lang], lang))}</p>
${figure}
${folded}
${downloads}
</section>`;
}
