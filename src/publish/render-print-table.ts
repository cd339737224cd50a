import { escapeHtml } from '../html/index.ts';
import type { Lang } from './column-labels.ts';
import type { EditionTable } from './edition-table.ts';
import { type PrintCell, printPivot } from './print-pivot.ts';
import { printSignsNote } from './print-signs.ts';
import { renderTable, withheldCell } from './render-table.ts';
import { explorerData } from './table-explorer/index.ts';

const words = {
  unit: { nl: 'eenheid', en: 'unit' },
  measure: { nl: 'Cijfer', en: 'Figure' },
  columns: { nl: 'kolommen', en: 'columns' },
  every: { nl: 'alle cijfers', en: 'all figures' },
  none: {
    nl: 'geen gepubliceerd cijfer (afgeschermd of geen cijfer)',
    en: 'no published figure (withheld or no figure)',
  },
} as const;

const cell = (c: PrintCell, lang: Lang): string =>
  c.kind === 'withheld'
    ? withheldCell(c.reason, lang)
    : `<td class="num">${c.kind === 'value' ? escapeHtml(c.text[lang]) : '–'}</td>`;

/**
 * A table for the print page: as on screen when short, else pivoted with the years across the
 * page (print-pivot.ts) so it reads as a report table and fits A4; with a one-line note on its
 * symbols (print-signs.ts).
 * `skipMeasures` leaves out a helper column such as a step's order.
 */
export function renderPrintTable(
  table: EditionTable,
  lang: Lang,
  captionId: string,
  skipMeasures: readonly string[] = [],
): string {
  const pivot = printPivot(explorerData(table), { skipMeasures });
  const withheld = table.rows.some((r) => r.status !== 'published');
  if (!pivot) return `${renderTable(table, lang, captionId)}\n${printSignsNote(lang, { withheld, absent: false })}`;
  const width = pivot.down.length + (pivot.measures.length > 1 ? 1 : 0) + pivot.across.values.length;
  const head = [
    ...pivot.down.map((d) => `<th scope="col">${escapeHtml(d[lang])}</th>`),
    ...(pivot.measures.length > 1 ? [`<th scope="col">${words.measure[lang]}</th>`] : []),
    ...pivot.across.values.map((v) => `<th scope="col" class="num">${escapeHtml(v[lang])}</th>`),
  ].join('');
  const bodies = pivot.groups.map((group) => {
    // A group without a single published figure is one line that says so.
    const none = group.label !== null && group.lines.every((l) => l.unpublished);
    const title = group.label
      ? `<tr class="print-group"><th scope="rowgroup" colspan="${width}">${escapeHtml(pivot.group?.[lang] ?? '')}: ${escapeHtml(group.label[lang])}${none ? ` — ${words.none[lang]}` : ''}</th></tr>\n`
      : '';
    if (none) return `<tbody>\n${title}</tbody>`;
    const measured = pivot.measures.length > 1;
    const lines = group.lines.flatMap((line) =>
      line.cells.map((cells, m) => {
        const span = line.cells.length;
        const rowspan = span > 1 ? ` rowspan="${span}"` : '';
        // The labels of a combination span the lines of its measures.
        const labels =
          m > 0
            ? []
            : line.labels.map((l, j) =>
                j === 0
                  ? `<th scope="row"${rowspan}>${escapeHtml(l[lang])}</th>`
                  : `<td${rowspan}>${escapeHtml(l[lang])}</td>`,
              );
        const name = line.unpublished ? words.every[lang] : (pivot.measures[m]?.[lang] ?? '');
        const measure = measured ? [`<td class="print-measure">${escapeHtml(name)}</td>`] : [];
        return `<tr${m === 0 && span > 1 ? ' class="print-first"' : ''}>${[...labels, ...measure, ...cells.map((c) => cell(c, lang))].join('')}</tr>`;
      }),
    );
    return `<tbody>\n${title}${lines.join('\n')}\n</tbody>`;
  });
  const absent = pivot.groups.some((g) =>
    g.lines.some((l) => l.cells.some((cs) => cs.some((c) => c.kind === 'absent'))),
  );
  return `<div class="table-scroll" role="region" aria-labelledby="${captionId}" tabindex="0">
<table class="print-pivot"><caption id="${captionId}">${escapeHtml(table.title[lang])} (${words.unit[lang]}: ${escapeHtml(table.unit[lang])}; ${words.columns[lang]}: ${escapeHtml(pivot.across.label[lang].toLowerCase())})</caption>
<thead><tr>${head}</tr></thead>
${bodies.join('\n')}
</table></div>
${printSignsNote(lang, { withheld, absent })}`;
}
