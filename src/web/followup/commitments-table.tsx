import { type FormEvent, useState } from 'react';
import { Fragment } from 'react';
import { CommitmentActions, CommitmentActionsToggle } from './commitment-actions.tsx';
import { DutchText } from './dutch-text.tsx';
import { ErrorDetail } from './error-detail.tsx';
import { followupApi, type TrackedCommitment } from './followup-api.ts';
import { StatusBadge } from './followup-layout.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import { useFollowupLocale } from './use-followup-locale.ts';

function MarkMet({
  c,
  actor,
  onChanged,
}: {
  c: TrackedCommitment;
  actor: string;
  onChanged: (error?: string) => void;
}) {
  const { t } = useFollowupLocale();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const evidence = String(new FormData(event.currentTarget).get('evidence') ?? '').trim();
    try {
      await followupApi.changeStatus(c.id, { status: 'met', evidence });
      onChanged();
    } catch (error) {
      onChanged(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <form className="mark-met" onSubmit={submit} aria-label={t.markMetForm(c.id)}>
      <label>
        <span className="visually-hidden">{t.evidenceFor(c.id)}</span>
        <input name="evidence" required lang="nl" placeholder={t.evidencePlaceholder} />
      </label>
      <button type="submit" disabled={!actor}>
        {t.markMet}
      </button>
    </form>
  );
}

/**
 * The term as promised: the minister's words, and the date Zicht read from them marked "afgeleid"
 * (derived) — that date is the tracker's, not the cabinet's; or the date the minister gave.
 */
function PromisedTerm({ c }: { c: TrackedCommitment }) {
  const { t, format } = useFollowupLocale();
  const o = useOfficerTexts();
  const { phrase, due, derived } = c.promised;
  if (!phrase) return <>{due ? format.date(due) : t.noDate}</>;
  return (
    <>
      <span className="promised-phrase">
        {'“'}
        <DutchText>{phrase}</DutchText>
        {'”'}
      </span>
      <span className="commitment-meta derived-date">
        {' '}
        {due
          ? derived === false
            ? `(${format.date(due)})`
            : `(${o.commitments.derivedDate(format.date(due))})`
          : `(${t.noDate})`}
      </span>
    </>
  );
}

/** Every commitment with its state; open and overdue ones can be marked met with evidence; each can be changed. */
export function CommitmentsTable({
  commitments,
  actor,
  onChanged,
}: {
  commitments: readonly TrackedCommitment[];
  actor: string;
  onChanged: () => void;
}) {
  const { t, statusLabel } = useFollowupLocale();
  const [error, setError] = useState<string | null>(null);
  // the change forms of the commitments the officer opened (made only then: their labels repeat per row)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <section aria-labelledby="commitments">
      <h2 id="commitments">{t.commitmentsHeading}</h2>
      {error && (
        <p role="alert" className="form-error">
          {t.markMetFailed} <ErrorDetail detail={error} />
        </p>
      )}
      <div className="table-scroll">
        <table className="commitments-table">
          <caption className="visually-hidden">{t.commitmentsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columnNumber}</th>
              <th scope="col">{t.columnCommitment}</th>
              <th scope="col">{t.columnMinistry}</th>
              <th scope="col">{t.columnDue}</th>
              <th scope="col">{t.columnStatus}</th>
              <th scope="col">{t.columnFulfilment}</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((c) => (
              <Fragment key={c.id}>
                <tr data-commitment-id={c.id}>
                  <th scope="row">{c.id}</th>
                  <td>
                    <DutchText>{c.what}</DutchText>
                    <span className="commitment-meta">
                      {' '}
                      ({c.editionId}
                      {c.recommendationNumber ? `, ${t.recommendationRef(c.recommendationNumber)}` : ''})
                    </span>
                  </td>
                  <td lang="nl">{c.ministry}</td>
                  <td>
                    <PromisedTerm c={c} />
                  </td>
                  <td>
                    <StatusBadge status={c.effectiveStatus} label={statusLabel(c.effectiveStatus)} />
                  </td>
                  <td>
                    {c.effectiveStatus === 'open' || c.effectiveStatus === 'overdue' ? (
                      <MarkMet
                        c={c}
                        actor={actor}
                        onChanged={(e) => {
                          setError(e ?? null);
                          if (!e) onChanged();
                        }}
                      />
                    ) : (
                      <DutchText>{c.evidence ?? c.statusReason ?? ''}</DutchText>
                    )}
                    <CommitmentActionsToggle c={c} open={open.has(c.id)} onToggle={() => toggle(c.id)} />
                  </td>
                </tr>
                {open.has(c.id) && (
                  <tr className="commitment-actions-row" data-actions-for={c.id}>
                    <td colSpan={6}>
                      <CommitmentActions c={c} onChanged={onChanged} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
