import { type Language, searchWithLanguage } from '../i18n/index.ts';
import { analystTexts } from './analyst-texts.ts';

export type AnalystPage = 'review' | 'estimation' | 'editions';

/** The analyst's pages under /werk, in the order of the work. */
export const analystPaths: Readonly<Record<AnalystPage, string>> = {
  review: '/werk',
  estimation: '/werk/schatting',
  editions: '/werk/edities',
};

/** The analyst's own menu: linkage review, estimate, editions; the current page is marked. */
export function AnalystNav({ language, current }: { language: Language; current: AnalystPage }) {
  const t = analystTexts[language].nav;
  return (
    <nav aria-label={t.label} className="analyst-nav">
      <ul>
        {(Object.keys(analystPaths) as AnalystPage[]).map((page) => (
          <li key={page}>
            <a
              href={`${analystPaths[page]}${searchWithLanguage('', language)}`}
              aria-current={page === current ? 'page' : undefined}
            >
              {t[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
