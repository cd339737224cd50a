import { useMemo } from 'react';
import { EstimatePanel } from './estimate-panel.tsx';
import { formattersFor, type Locale, LocaleContext, messages } from './i18n/index.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { LoadStatus } from './load-status.tsx';
import { PipelineSteps } from './pipeline-steps.tsx';
import { SiteFooter } from './site-footer.tsx';
import { useLanguage } from './use-language.ts';
import { useMonitorSummary } from './use-monitor-summary.ts';
import { VictimsSection } from './victims-section.tsx';

/** The monitor's first page: registered victims per source, the estimate of all victims, and how. */
export function App() {
  const [language, switchLanguage] = useLanguage();
  const locale = useMemo<Locale>(
    () => ({ language, t: messages[language], format: formattersFor(language) }),
    [language],
  );
  const { state, reload } = useMonitorSummary();
  const { t, format } = locale;

  return (
    <LocaleContext value={locale}>
      <a className="skip-link" href="#main">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="page-width site-header-inner">
          <p className="brand">
            <span className="brand-name">{t.brand}</span>
            <span className="brand-tagline">{t.brandTagline}</span>
          </p>
          <LanguageSwitch onSwitch={switchLanguage} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page-width">
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
      </main>
      <SiteFooter />
    </LocaleContext>
  );
}
