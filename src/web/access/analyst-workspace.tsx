import type { ReactNode } from 'react';
import type { Language } from '../i18n/index.ts';
import { accessTexts } from './access-texts.ts';
import { AnalystEditions } from './analyst-editions.tsx';
import { AnalystEstimation } from './analyst-estimation.tsx';
import { AnalystHome } from './analyst-home.tsx';
import { type AnalystPage, AnalystNav, analystPaths } from './analyst-nav.tsx';
import { analystTexts } from './analyst-texts.ts';

/** Which analyst page a /werk path shows; an unknown path under /werk shows the review queue. */
export function analystPageOf(path: string): AnalystPage {
  const clean = path.replace(/\/+$/, '') || '/werk';
  return (Object.keys(analystPaths) as AnalystPage[]).find((page) => analystPaths[page] === clean) ?? 'review';
}

/** The analyst's page for a path, with its menu, and the title for the browser tab. */
export function analystWorkspace(path: string, language: Language): { title: string; page: ReactNode } {
  const current = analystPageOf(path);
  const t = analystTexts[language];
  const pages: Record<AnalystPage, { title: string; body: ReactNode }> = {
    review: { title: accessTexts[language].analyst.title, body: <AnalystHome language={language} /> },
    estimation: { title: t.estimation.title, body: <AnalystEstimation language={language} /> },
    editions: { title: t.editions.title, body: <AnalystEditions language={language} /> },
  };
  return {
    title: pages[current].title,
    page: (
      <>
        <AnalystNav language={language} current={current} />
        {pages[current].body}
      </>
    ),
  };
}
