import { escapeHtml } from '../html/index.ts';
import { columnLabel, formatCell, type Lang } from './column-labels.ts';
import type { EditionTable } from './edition-table.ts';

const withheldText = {
  threshold: { nl: 'afgeschermd: aantal onder de drempel', en: 'withheld: count below the threshold' },
  dominance: { nl: 'afgeschermd: één bijdrager overheerst', en: 'withheld: one contributor dominates' },
  secondary: { nl: 'afgeschermd om een andere cel te beschermen', en: 'withheld to protect another cell' },
} as const;

/** A withheld cell: the marker · for the eye, the reason for a screen reader. */
export const withheldCell = (reason: keyof typeof withheldText, lang: Lang): string =>
  `<td class="num suppressed"><span aria-hidden="true">·</span><span class="visually-hidden">${withheldText[reason][lang]}</span></td>`;

/** The note under a table with withheld cells, in the reader's language. */
export function suppressionNote(table: EditionTable, threshold: number, lang: Lang): string {
  if (!table.rows.some((r) => r.status !== 'published')) return '';
  return lang === 'nl'
    ? `<p class="note">· = afgeschermd. Aantallen (van kinderen, verdachten, registraties of zaken) onder de ${threshold} worden niet gepubliceerd, en waar nodig ook een ander aantal waaruit ze terug te rekenen zijn, ook in een andere tabel; de hele rij blijft dan leeg. De downloads zeggen per rij waarom (kolom Status).</p>`
    : `<p class="note">· = withheld. Counts (of children, suspects, registrations or cases) below ${threshold} are not published, nor, where needed, another count they could be worked out from, also in another table; the whole row is then left empty. The downloads say why for each row (column Status).</p>`;
}

/** The table as accessible HTML: a caption, column headers, the breakdown as row headers. */
export function renderTable(table: EditionTable, lang: Lang, captionId: string): string {
  const head = [...table.dimensions, ...table.measures]
    .map((c) => `<th scope="col">${escapeHtml(columnLabel(c, lang))}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const dims = table.dimensions.map((d, i) => {
        const tag = i === 0 ? 'th scope="row"' : 'td';
        return `<${tag}>${escapeHtml(formatCell(d, row.values[d] ?? null, lang))}</${tag.split(' ')[0]}>`;
      });
      const measures = table.measures.map((m) =>
        row.status === 'published'
          ? `<td class="${typeof row.values[m] === 'string' ? 'text' : 'num'}">${escapeHtml(formatCell(m, row.values[m] ?? null, lang))}</td>`
          : withheldCell(row.status, lang),
      );
      return `<tr>${[...dims, ...measures].join('')}</tr>`;
    })
    .join('\n');
  const unit = lang === 'nl' ? 'eenheid' : 'unit';
  return `<div class="table-scroll" role="region" aria-labelledby="${captionId}" tabindex="0">
<table><caption id="${captionId}">${escapeHtml(table.title[lang])} (${unit}: ${escapeHtml(table.unit[lang])})</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}
