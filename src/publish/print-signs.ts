import type { Lang } from './column-labels.ts';

/** The id of the print page's explanation of symbols, which each table's short note links to. */
export const printSignsId = 'print-signs';

/**
 * The explanation of symbols at the front of the print version, as statistical reports have it
 * (CBS: "Verklaring van tekens"), so each table needs only a one-line note.
 */
export function printSignsSection(threshold: number, maxNoise: number, lang: Lang): string {
  return lang === 'nl'
    ? `<section aria-labelledby="${printSignsId}"><h2 id="${printSignsId}">Verklaring van tekens</h2>
<dl class="print-signs">
<dt>·</dt><dd>Afgeschermd. Aantallen (van kinderen, verdachten, registraties of zaken) onder de ${threshold} worden niet gepubliceerd, en ook geen aantal dat anders uit andere cijfers terug te rekenen zou zijn. Dan blijven alle cijfers van die rij van de tabel leeg: in een tabel met de jaren als kolommen zijn dat de cijfers van dat jaar. De downloads zeggen per rij waarom (kolom Status).</dd>
<dt>–</dt><dd>Geen cijfer: de tabel heeft deze combinatie niet.</dd>
<dt>aantallen</dt><dd>Elk aantal wijkt hoogstens ${maxNoise} af van het precieze aantal, zodat niemand eruit terug te herleiden is; percentages zijn uit de gepubliceerde aantallen berekend (zie Methode).</dd>
<dt>alle cijfers</dt><dd>Een regel zonder één gepubliceerd cijfer staat er één keer, voor alle cijfers van de tabel.</dd>
</dl>
<p>Lange tabellen staan hier met de jaren als kolommen; op de themapagina’s en in de downloads staan ze als lijst.</p></section>`
    : `<section aria-labelledby="${printSignsId}"><h2 id="${printSignsId}">Explanation of symbols</h2>
<dl class="print-signs">
<dt>·</dt><dd>Withheld. Counts (of children, suspects, registrations or cases) below ${threshold} are not published, nor is a count that could otherwise be worked back from other figures. Every figure of that row of the table is then left empty: in a table with the years as columns, the figures of that year. The downloads say why for each row (column Status).</dd>
<dt>–</dt><dd>No figure: the table does not have this combination.</dd>
<dt>counts</dt><dd>Every count differs by at most ${maxNoise} from the exact count, so that nobody can be traced from it; percentages are computed from the published counts (see Methods).</dd>
<dt>all figures</dt><dd>A line without a single published figure is shown once, for all the table’s figures.</dd>
</dl>
<p>Long tables are printed here with the years as columns; on the theme pages and in the downloads they are lists.</p></section>`;
}

/** The one-line note under a printed table with withheld or absent cells. */
export function printSignsNote(lang: Lang, has: { readonly withheld: boolean; readonly absent: boolean }): string {
  if (!has.withheld && !has.absent) return '';
  const signs = [
    ...(has.withheld ? [lang === 'nl' ? '· = afgeschermd' : '· = withheld'] : []),
    ...(has.absent ? [lang === 'nl' ? '– = geen cijfer' : '– = no figure'] : []),
  ].join('; ');
  const see = lang === 'nl' ? 'zie de Verklaring van tekens' : 'see the Explanation of symbols';
  return `<p class="note">${signs} (<a href="#${printSignsId}">${see}</a>).</p>`;
}
