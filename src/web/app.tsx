import { useEffect, useMemo } from 'react';
import { EstimatePanel } from './estimate-panel.tsx';
import { formattersFor, type Locale, LocaleContext, messages } from './i18n/index.ts';
import { LoadStatus } from './load-status.tsx';
import { PipelineSteps } from './pipeline-steps.tsx';
import { PublicEditionsPage } from './public-editions-page.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { publicEditionsPath, siteNavTexts } from './site-nav-texts.ts';
import { useLanguage } from './use-language.ts';
import { useMonitorSummary } from './use-monitor-summary.ts';
import { VictimsSection } from './victims-section.tsx';

/** The public pages of the app: the monitor at `/`, the list of editions at /opvolging/edities. */
export function App() {
  const [language, switchLanguage] = useLanguage();
  const locale = useMemo<Locale>(
    () => ({ language, t: messages[language], format: formattersFor(language) }),
    [language],
  );
  const editions = window.location.pathname.replace(/\/+$/, '') === publicEditionsPath;
  // useLanguage names the page as the monitor; this effect runs after it and names the editions page.
  useEffect(() => {
    if (editions) document.title = siteNavTexts[language].editionsDocumentTitle;
  }, [editions, language]);
  return (
    <LocaleContext value={locale}>
      <a className="skip-link" href="#main">
        {locale.t.skipLink}
      </a>
      <SiteHeader
        current={editions ? 'followup' : 'monitor'}
        tagline={editions ? siteNavTexts[language].editionsTitle : locale.t.brandTagline}
        onSwitchLanguage={switchLanguage}
      />
      <main id="main" tabIndex={-1} className="page-width">
        {editions ? <PublicEditionsPage /> : <MonitorPage locale={locale} />}
      </main>
      <SiteFooter />
    </LocaleContext>
  );
}

/** The monitor's first page: registered victims per source, the estimate of all victims, and how. */
function MonitorPage({ locale }: { locale: Locale }) {
  const { state, reload } = useMonitorSummary();
  const { t, format } = locale;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="intro">{t.intro}</p>
      {state.status === 'ready' && (
        <p className="edition">
          {t.edition(
            String(state.summary.edition.yearFrom),
            String(state.summary.edition.yearTo),
            format.dateTime(state.summary.edition.generatedAt),
          )}
        </p>
      )}
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          <VictimsSection summary={state.summary} />
          <EstimatePanel summary={state.summary} />
          <PipelineSteps pipeline={state.summary.pipeline} />
        </>
      )}
    </>
  );
}
