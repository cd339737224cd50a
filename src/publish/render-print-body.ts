import { escapeHtml } from '../html/index.ts';
import type { Lang } from './column-labels.ts';
import type { EditionTables } from './edition-table.ts';
import { renderThemeBody } from './render-theme-page.ts';
import { siteThemes } from './site-themes.ts';

/** Every theme on one page with every table open: print it, or save it as PDF from the browser. */
export function renderPrintBody(tables: EditionTables, lang: Lang): string {
  const title =
    lang === 'nl' ? `Zicht ${tables.edition.title}: afdrukversie` : `Zicht ${tables.edition.title}: print version`;
  const how =
    lang === 'nl'
      ? 'Druk deze pagina af of bewaar haar als PDF via het afdrukmenu van de browser. De methode staat op een eigen pagina.'
      : 'Print this page or save it as PDF from the browser’s print menu. The methods have a page of their own.';
  return `<h1>${escapeHtml(title)}</h1>
<p>${how}</p>
${siteThemes.map((t) => `<section class="print-theme">${renderThemeBody(t, tables, lang, { print: true, level: 2 })}</section>`).join('\n')}`;
}
