import { escapeHtml } from '../html/index.ts';
import type { Lang } from './column-labels.ts';
import type { EditionTables } from './edition-table.ts';
import { printSignsSection } from './print-signs.ts';
import { renderHeadline } from './render-home-page.ts';
import { renderThemeBody } from './render-theme-page.ts';
import { hrefFrom, methodsPage } from './site-pages.ts';
import { siteThemes } from './site-themes.ts';

/**
 * Every theme on one page with every table open, laid out as a report: title, what the edition
 * covers, the headline figure, contents, then a chapter per theme (the print stylesheet sizes the
 * tables and charts for A4). Print it, or save it as PDF from the browser.
 */
export function renderPrintBody(tables: EditionTables, lang: Lang): string {
  const { edition } = tables;
  const nl = lang === 'nl';
  const title = nl ? `Zicht ${edition.title}: rapport` : `Zicht ${edition.title}: report`;
  const subtitle = nl
    ? `Monitor seksueel geweld tegen kinderen, ${edition.period.from}–${edition.period.to}. Editie vastgesteld op ${edition.createdAt.slice(0, 10)}.`
    : `Monitor of sexual violence against children, ${edition.period.from}–${edition.period.to}. Edition fixed on ${edition.createdAt.slice(0, 10)}.`;
  const how = nl
    ? 'Druk deze pagina af of bewaar haar als PDF via het afdrukmenu van de browser (A4, staand).'
    : 'Print this page or save it as PDF from the browser’s print menu (A4, portrait).';
  const methods = nl
    ? `Hoe de cijfers tot stand komen (bronnen, koppeling, schatting, afscherming) staat op de pagina <a href="${hrefFrom(lang, methodsPage.file[lang])}">${methodsPage.title[lang]}</a>.`
    : `How the figures are made (sources, linkage, estimation, disclosure control) is on the <a href="${hrefFrom(lang, methodsPage.file[lang])}">${methodsPage.title[lang]}</a> page.`;
  const contents = siteThemes
    .map((t) => `<li><a href="#print-${t.slug.en}">${escapeHtml(t.title[lang])}</a></li>`)
    .join('\n');
  const chapters = siteThemes.map(
    (t) =>
      `<section class="print-theme" id="print-${t.slug.en}">${renderThemeBody(t, tables, lang, { print: true, level: 2 })}</section>`,
  );
  return `<h1>${escapeHtml(title)}</h1>
<p class="print-subtitle">${escapeHtml(subtitle)}</p>
<p class="print-how">${how}</p>
${renderHeadline(tables, lang)}
<p>${methods}</p>
<nav aria-labelledby="print-contents"><h2 id="print-contents">${nl ? 'Inhoud' : 'Contents'}</h2>
<ol class="print-contents">
${contents}
</ol></nav>
${printSignsSection(tables.disclosure.threshold, tables.disclosure.maxNoise, lang)}
${chapters.join('\n')}`;
}
