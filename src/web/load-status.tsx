import { useLocale } from './i18n/index.ts';
import type { MonitorSummaryState } from './use-monitor-summary.ts';

/**
 * Announces loading politely through a status region that is always present (so screen readers
 * hear the change), and a failure assertively, saying what the reader can do about it.
 */
export function LoadStatus({ state, onRetry }: { state: MonitorSummaryState; onRetry: () => void }) {
  const { t } = useLocale();
  return (
    <>
      <div role="status" className={state.status === 'loading' ? 'load-status' : 'visually-hidden'}>
        {state.status === 'loading' ? t.loading : state.status === 'ready' ? t.loaded : ''}
      </div>
      {state.status === 'error' && (
        <div role="alert" className="load-error">
          <p className="load-error-title">{t.loadFailed}</p>
          <p>{t.loadFailedAdvice}</p>
          <p className="load-error-detail">{t.errorDetail(state.detail)}</p>
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        </div>
      )}
    </>
  );
}
