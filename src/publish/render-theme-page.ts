import { escapeHtml } from '../html/index.ts';
import type { Lang } from './column-labels.ts';
import type { EditionTables } from './edition-table.ts';
import { estimatePerYearTableId } from './estimate-per-year-table.ts';
import { renderEstimateSection } from './render-estimate-section.ts';
import { renderIndicatorSection } from './render-indicator-section.ts';
import type { SiteTheme } from './site-themes.ts';
import { werkvoorraadReport } from './werkvoorraad-report.ts';

/** The body of a theme page: its title and introduction, a report where the theme has one, then each indicator. */
export function renderThemeBody(
  theme: SiteTheme,
  tables: EditionTables,
  lang: Lang,
  options: { readonly print?: boolean; readonly level?: 1 | 2 } = {},
): string {
  const sections = theme.indicators.map((item) => {
    const table = tables.tables.find((t) => t.id === item.id);
    if (!table) throw new Error(`theme ${theme.slug.en} names indicator ${item.id}, which the edition does not have`);
    const sectionOptions = {
      threshold: tables.disclosure.threshold,
      ...(options.print ? { print: true, idPrefix: `${theme.slug.en}-` } : {}),
    };
    if (table.id === 'estimated-total-victims') {
      const perYear = tables.tables.find((t) => t.id === estimatePerYearTableId);
      return renderEstimateSection(table, perYear, tables.estimate, lang, sectionOptions);
    }
    return renderIndicatorSection(table, item.chart, lang, sectionOptions);
  });
  const stock = theme.slug.en === 'work-stock' ? tables.tables.find((t) => t.id === 'werkvoorraad') : undefined;
  const report = stock ? werkvoorraadReport(stock, lang) : '';
  // On the print page each theme sits under an h2, so its own sections' h2s become h3s.
  const inner = `${report}\n${sections.join('\n')}`;
  const nested = options.level === 2 ? inner.replace(/<(\/?)h2([ >])/g, '<$1h3$2') : inner;
  const heading = options.level === 2 ? 'h2' : 'h1';
  return `<${heading}>${escapeHtml(theme.title[lang])}</${heading}>
<p class="intro">${escapeHtml(theme.intro[lang])}</p>
${nested}`;
}
