import { escapeHtml } from '../html/index.ts';
import { formatCell, type Lang } from './column-labels.ts';
import type { EditionTables } from './edition-table.ts';
import { hrefFrom, methodsPage, printPage, themePages } from './site-pages.ts';
import { siteThemes } from './site-themes.ts';

type Estimate = { observed: number; total: number; lower: number; upper: number };

/** The edition's headline: registered children and the estimated total with its interval ('' when not estimable). */
export function renderHeadline(tables: EditionTables, lang: Lang): string {
  const { edition } = tables;
  const n = (v: number) => formatCell('n', Math.round(v), lang);
  const estimate = tables.estimate as Estimate | null;
  return estimate
    ? lang === 'nl'
      ? `<p class="headline">In ${edition.period.from}–${edition.period.to} registreerden de ketenpartners samen <strong>${n(estimate.observed)}</strong> kinderen als slachtoffer. Geschat zijn het er in totaal <strong>${n(estimate.total)}</strong> (95%-interval ${n(estimate.lower)}–${n(estimate.upper)}), de kinderen die geen enkele bron zag meegerekend.</p>`
      : `<p class="headline">In ${edition.period.from}–${edition.period.to} the chain partners together registered <strong>${n(estimate.observed)}</strong> children as victims. The estimated total, counting the children no source saw, is <strong>${n(estimate.total)}</strong> (95% interval ${n(estimate.lower)}–${n(estimate.upper)}).</p>`
    : '';
}

/** The overview: what the edition is, its headline estimate, and the way to every theme. */
export function renderHomeBody(tables: EditionTables, lang: Lang): string {
  const { edition } = tables;
  const headline = renderHeadline(tables, lang);
  const themes = siteThemes
    .map(
      (t, i) =>
        `<li><a href="${hrefFrom(lang, themePages[i]?.file[lang] ?? '')}">${escapeHtml(t.title[lang])}</a> — ${escapeHtml(t.intro[lang])}</li>`,
    )
    .join('\n');
  const frozen =
    lang === 'nl'
      ? `Deze editie staat vast: ze gebruikt ${edition.deliveryIds.length} leveringsversies zoals ze op ${edition.createdAt.slice(0, 10)} golden. Latere correcties komen in een volgende editie.`
      : `This edition is fixed: it uses ${edition.deliveryIds.length} delivery versions as they stood on ${edition.createdAt.slice(0, 10)}. Later corrections go into a next edition.`;
  return `<h1>${escapeHtml(edition.title)}</h1>
${headline}
<p>${frozen}</p>
<h2>${lang === 'nl' ? 'Thema’s' : 'Themes'}</h2>
<ul class="themes">
${themes}
</ul>
<h2>${lang === 'nl' ? 'Verantwoording' : 'Accountability'}</h2>
<ul>
<li><a href="${hrefFrom(lang, methodsPage.file[lang])}">${methodsPage.title[lang]}</a> — ${
    lang === 'nl'
      ? 'bronnen, kwaliteit van de koppeling, aannames van de schatting en onthullingsbeheer'
      : 'sources, linkage quality, estimation assumptions and disclosure control'
  }</li>
<li><a href="${hrefFrom(lang, printPage.file[lang])}">${printPage.title[lang]}</a> — ${lang === 'nl' ? 'alles op één pagina, om af te drukken of als PDF te bewaren' : 'everything on one page, to print or save as PDF'}</li>
</ul>`;
}
