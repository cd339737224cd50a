import { useEffect } from 'react';
import type { EditionOverview, PublicCommitment, RecurringTheme } from '../../followup/public-types.ts';
import { DutchText } from './dutch-text.tsx';
import { ErrorDetail } from './error-detail.tsx';
import { FollowupApiError, followupApi, followupApiPath } from './followup-api.ts';
import { StatusBadge } from './followup-layout.tsx';
import { useFollowupLocale } from './use-followup-locale.ts';
import { useLoaded } from './use-loaded.ts';

function CommitmentItem({ c }: { c: PublicCommitment }) {
  const { t, format, statusLabel } = useFollowupLocale();
  return (
    <li className="commitment" data-commitment-id={c.id}>
      <p className="commitment-what">
        <StatusBadge status={c.status} label={statusLabel(c.status)} /> <DutchText>{c.what}</DutchText>
      </p>
      <p className="commitment-meta">
        <DutchText>{c.who}</DutchText>
        {' · '}
        {c.phrase && (
          <>
            {'“'}
            <DutchText>{c.phrase}</DutchText>
            {'” — '}
          </>
        )}
        {c.due ? t.due(format.date(c.due)) : t.noDate}
        {c.phrase && c.due && c.derived && ` (${t.derived})`}
      </p>
      {c.evidence && (
        <p className="commitment-evidence">
          {t.evidence} <DutchText>{c.evidence}</DutchText>
        </p>
      )}
      {c.references.length > 0 && (
        <p className="commitment-meta">
          {t.references} <DutchText>{c.references.join('; ')}</DutchText>
        </p>
      )}
    </li>
  );
}

function Recurring({ themes, editionId }: { themes: readonly RecurringTheme[]; editionId: string }) {
  const { t, stanceLabel } = useFollowupLocale();
  const relevant = themes.filter((theme) => theme.editions.some((e) => e.editionId === editionId));
  if (relevant.length === 0) return null;
  return (
    <section aria-labelledby="recurring">
      <h2 id="recurring">{t.recurringHeading}</h2>
      <p>{t.recurringIntro}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t.recurringCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columnTheme}</th>
              <th scope="col">{t.columnRecurring}</th>
            </tr>
          </thead>
          <tbody>
            {relevant.map((theme) => (
              <tr key={theme.theme}>
                <th scope="row" lang="nl">
                  {theme.theme.replaceAll('-', ' ')}
                </th>
                <td>
                  {theme.editions
                    .map(
                      (e) =>
                        `${e.editionId}: ${e.numbers.map((n, i) => `${n} (${stanceLabel(e.stances[i] ?? null)})`).join(', ')}`,
                    )
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Before sending: the recommendations as the monitor made them, and a notice that the response is not out yet. */
function EmbargoedBody({ o }: { o: EditionOverview }) {
  const { t } = useFollowupLocale();
  return (
    <>
      <h1>
        {t.editionTitlePrefix} <DutchText>{o.title}</DutchText>
      </h1>
      <section className="embargo-notice" aria-labelledby="embargo">
        <h2 id="embargo">{t.embargoTitle}</h2>
        <p>{t.embargoText}</p>
      </section>
      <section aria-labelledby="recommendations">
        <h2 id="recommendations">{t.recommendationsHeading}</h2>
        {o.recommendations.map((r) => (
          <article key={r.number} className="recommendation" aria-labelledby={`rec-${r.number}`}>
            <h3 id={`rec-${r.number}`}>{t.recommendation(r.number)}</h3>
            <p lang="nl" className="recommendation-text">
              {r.text}
            </p>
            <p className="commitment-meta">
              {t.addressedTo} <DutchText>{r.addressees.join(', ')}</DutchText>
            </p>
          </article>
        ))}
      </section>
    </>
  );
}

/** The letter and the nota as sent (public versions), once the response has gone to the Kamer. */
function PublicDocuments({ o }: { o: EditionOverview }) {
  const { t, format } = useFollowupLocale();
  const url = (file: string) => followupApiPath(`editions/${encodeURIComponent(o.id)}/${file}`);
  return (
    <section aria-labelledby="public-documents">
      <h2 id="public-documents">{t.documentsHeading}</h2>
      <p>{t.documentsIntro(o.sentOn ? format.date(o.sentOn) : null)}</p>
      <ul className="document-links">
        {(
          [
            ['letter.pdf', t.letterPdf],
            ['letter.docx', t.letterDocx],
            ['nota.pdf', t.notaPdf],
            ['nota.docx', t.notaDocx],
          ] as const
        ).map(([file, label]) => (
          <li key={file}>
            <a href={url(file)} download data-document={file}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EditionBody({ o, themes }: { o: EditionOverview; themes: readonly RecurringTheme[] }) {
  const { t, format, stanceLabel } = useFollowupLocale();
  if (o.embargo) return <EmbargoedBody o={o} />;
  const total = Object.values(o.counts).reduce((a, b) => a + b, 0);
  const notMet = o.counts['not-met'] ?? 0;
  return (
    <>
      <h1>
        {t.editionTitlePrefix} <DutchText>{o.title}</DutchText>
      </h1>
      <p className="intro">
        {t.responseLabel} {o.responseState ? t.responseStates[o.responseState] : t.responseNotStarted}
        {o.kamerstuk && (
          <>
            {' ('}
            <DutchText>{o.kamerstuk}</DutchText>
            {')'}
          </>
        )}
        .{' '}
        {t.editionSummary({
          today: format.date(o.today),
          total: format.count(total),
          met: format.count(o.counts.met),
          partlyMet: format.count(o.counts['partly-met']),
          open: format.count(o.counts.open),
          overdue: format.count(o.counts.overdue),
          withdrawn: format.count(o.counts.withdrawn),
          notMet: notMet > 0 ? format.count(notMet) : null,
        })}
      </p>
      <section aria-labelledby="recommendations">
        <h2 id="recommendations">{t.recommendationsHeading}</h2>
        {o.recommendations.map((r) => (
          <article key={r.number} className="recommendation" aria-labelledby={`rec-${r.number}`}>
            <h3 id={`rec-${r.number}`}>{t.recommendation(r.number)}</h3>
            <p lang="nl" className="recommendation-text">
              {r.text}
            </p>
            <p className="commitment-meta">
              {t.addressedTo} <DutchText>{r.addressees.join(', ')}</DutchText>
            </p>
            <p>
              <strong>{t.cabinetStance}</strong> {stanceLabel(r.stance)}
            </p>
            {r.response?.split(/\n\s*\n/).map((paragraph, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order.
              <p key={i} lang="nl" className="response-text">
                {paragraph}
              </p>
            ))}
            {r.commitments.length > 0 ? (
              <ul className="commitments">
                {r.commitments.map((c) => (
                  <CommitmentItem key={c.id} c={c} />
                ))}
              </ul>
            ) : (
              <p className="commitment-meta">{t.noCommitments}</p>
            )}
          </article>
        ))}
        {o.general.length > 0 && (
          <article className="recommendation" aria-labelledby="general">
            <h3 id="general">{t.generalHeading}</h3>
            <ul className="commitments">
              {o.general.map((c) => (
                <CommitmentItem key={c.id} c={c} />
              ))}
            </ul>
          </article>
        )}
      </section>
      <PublicDocuments o={o} />
      <Recurring themes={themes} editionId={o.id} />
    </>
  );
}

/** An edition that does not exist: say so in the reader's language, and where to go instead. */
function EditionNotFound({ editionId }: { editionId: string }) {
  const { t, href } = useFollowupLocale();
  useEffect(() => {
    document.title = t.editionNotFoundDocumentTitle;
  }, [t]);
  return (
    <>
      <h1>{t.editionNotFoundTitle}</h1>
      <p className="intro">{t.editionNotFound(editionId)}</p>
      <ul className="edition-list">
        <li>
          <a href={href('/opvolging/edities')}>{t.publicListLink}</a>
        </li>
        <li>
          <a href={href('/')}>{t.navMonitor}</a>
        </li>
      </ul>
    </>
  );
}

/** The overview, or null when the server has no such edition (404). */
async function loadEdition(editionId: string) {
  try {
    return { overview: await followupApi.edition(editionId), themes: await followupApi.compare() };
  } catch (error) {
    if (error instanceof FollowupApiError && error.status === 404) return null;
    throw error;
  }
}

/** The public page of one edition: every recommendation, the cabinet's stance, its commitments' state. */
export function PublicEditionPage({ editionId }: { editionId: string }) {
  const { t } = useFollowupLocale();
  const { state } = useLoaded(() => loadEdition(editionId), editionId);
  return (
    <>
      {state.status === 'loading' && <p className="load-status">{t.loading}</p>}
      {state.status === 'error' && (
        <div className="load-error" role="alert">
          <p className="load-error-title">{t.editionLoadFailed(editionId)}</p>
          <p className="load-error-detail">
            <ErrorDetail detail={state.detail} />
          </p>
        </div>
      )}
      {state.status === 'ready' &&
        (state.value ? (
          <EditionBody o={state.value.overview} themes={state.value.themes} />
        ) : (
          <EditionNotFound editionId={editionId} />
        ))}
    </>
  );
}
