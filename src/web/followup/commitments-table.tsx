import { type FormEvent, useState } from 'react';
import { DutchText } from './dutch-text.tsx';
import { ErrorDetail } from './error-detail.tsx';
import { followupApi, type TrackedCommitment } from './followup-api.ts';
import { StatusBadge } from './followup-layout.tsx';
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

/** Every commitment with its state; open and overdue ones can be marked met with evidence. */
export function CommitmentsTable({
  commitments,
  actor,
  onChanged,
}: {
  commitments: readonly TrackedCommitment[];
  actor: string;
  onChanged: () => void;
}) {
  const { t, format, statusLabel } = useFollowupLocale();
  const [error, setError] = useState<string | null>(null);
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
              <tr key={c.id} data-commitment-id={c.id}>
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
                  {c.promised.due ? format.date(c.promised.due) : t.noDate}
                  {c.promised.phrase && (
                    <span className="commitment-meta">
                      {' (“'}
                      <DutchText>{c.promised.phrase}</DutchText>
                      {'”)'}
                    </span>
                  )}
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
                    <DutchText>{c.evidence ?? ''}</DutchText>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
