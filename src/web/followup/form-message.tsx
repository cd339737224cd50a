import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { ErrorDetail } from './error-detail.tsx';
import { FollowupApiError } from './followup-api.ts';
import { useOfficerTexts } from './officer-texts.ts';
import { staleEditOf } from './workspace-api.ts';

/** What became of a form's submission: done (a sentence), refused (why), or nothing yet. */
export type Outcome =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'error'; readonly lead: string; readonly error: unknown; readonly hint?: string }
  /** Caught before sending: what to fix, in the page's language. */
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | null;

/** "11:02 (25 maart 2026)": when someone else saved, as the conflict notice says it. */
function useTimeOfChange() {
  const { format } = useLocale();
  return (iso: string | null) => {
    if (!iso) return '?';
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    const time = new Intl.DateTimeFormat(format.locale, { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
      at,
    );
    return `${time} (${format.date(iso.slice(0, 10))})`;
  };
}

/**
 * The live region of a form: a status line when it worked; an alert when it did not, with the
 * server's problems as a list of what to fix; for an edit someone else saved first, who and when,
 * and a reload button that keeps the officer's text in the form.
 */
export function FormMessage({
  outcome,
  onReload,
  focus = 'problems',
}: {
  readonly outcome: Outcome;
  /** Loads the newest version as the basis of the form's text; answers its version number. */
  readonly onReload?: () => Promise<number>;
  /**
   * When the message takes the focus (after it is shown, so it scrolls into view whole): on problems
   * only (the form stays where it was), or always (the form that was used is gone, e.g. a workflow step).
   */
  readonly focus?: 'problems' | 'always';
}) {
  const t = useOfficerTexts();
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = messageRef.current;
    if (outcome && (focus === 'always' || outcome.kind !== 'ok')) element?.focus();
  }, [outcome, focus]);
  const timeOf = useTimeOfChange();
  const [reloaded, setReloaded] = useState<{ for: Outcome; version: number } | null>(null);
  const stale = outcome?.kind === 'error' ? staleEditOf(outcome.error) : null;
  const problems =
    outcome?.kind === 'error' && outcome.error instanceof FollowupApiError ? (outcome.error.body.problems ?? []) : [];
  const detail =
    outcome?.kind === 'error' ? (outcome.error instanceof Error ? outcome.error.message : String(outcome.error)) : '';
  return (
    <div className="form-message" ref={messageRef} tabIndex={-1}>
      <div role="status">
        {outcome?.kind === 'ok' && <p className="form-ok">{outcome.text}</p>}
        {reloaded && reloaded.for === outcome && <p className="form-ok">{t.common.reloaded(reloaded.version)}</p>}
      </div>
      <div role="alert">
        {outcome?.kind === 'error' && stale && (
          <div className="form-error conflict-notice">
            <p>
              <strong>{t.common.conflict(stale.by, timeOf(stale.at))}</strong>
            </p>
            <p>{t.common.conflictKept}</p>
            {onReload && !(reloaded && reloaded.for === outcome) && (
              <button type="button" onClick={async () => setReloaded({ for: outcome, version: await onReload() })}>
                {t.common.reload}
              </button>
            )}
          </div>
        )}
        {outcome?.kind === 'invalid' && (
          <div className="form-error">
            <p>{t.common.fixThis}</p>
            <ul>
              {outcome.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome?.kind === 'error' && !stale && (
          <div className="form-error">
            <p>
              {outcome.lead}
              {outcome.hint ? ` ${outcome.hint}` : ''}
            </p>
            {problems.length > 0 ? (
              <>
                <p>{t.common.fixThis}</p>
                <ul lang="en">
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            ) : (
              detail && (
                <p>
                  <ErrorDetail detail={detail} />
                </p>
              )
            )}
          </div>
        )}
      </div>
    </div>
  );
}
