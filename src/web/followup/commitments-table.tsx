import { type FormEvent, useState } from 'react';
import { dutchDate, statusLabels } from '../../followup/public-types.ts';
import { followupApi, type TrackedCommitment } from './followup-api.ts';
import { StatusBadge } from './followup-layout.tsx';

function MarkMet({ c, actor, onChanged }: { c: TrackedCommitment; actor: string; onChanged: (error?: string) => void }) {
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const evidence = String(new FormData(event.currentTarget).get('evidence') ?? '').trim();
    try {
      await followupApi.changeStatus(c.id, { status: 'met', evidence, actor });
      onChanged();
    } catch (error) {
      onChanged(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <form className="mark-met" onSubmit={submit} aria-label={`Nakoming van ${c.id} vastleggen`}>
      <label>
        <span className="visually-hidden">Bewijs voor {c.id}</span>
        <input name="evidence" required placeholder="Kamerbrief of Kamerstuk" />
      </label>
      <button type="submit" disabled={!actor}>
        Markeer als nagekomen
      </button>
    </form>
  );
}

/** Every commitment with its state; open and overdue ones can be marked met with evidence. */
export function CommitmentsTable({ commitments, actor, onChanged }: { commitments: readonly TrackedCommitment[]; actor: string; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="commitments">
      <h2 id="commitments">Toezeggingen</h2>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table className="commitments-table">
          <caption className="visually-hidden">Alle toezeggingen met termijn en status</caption>
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Toezegging</th>
              <th scope="col">Ministerie</th>
              <th scope="col">Termijn</th>
              <th scope="col">Status</th>
              <th scope="col">Nakoming</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((c) => (
              <tr key={c.id} data-commitment-id={c.id}>
                <th scope="row">{c.id}</th>
                <td>
                  {c.what}
                  <span className="commitment-meta">
                    {' '}
                    ({c.editionId}
                    {c.recommendationNumber ? `, aanbeveling ${c.recommendationNumber}` : ''})
                  </span>
                </td>
                <td>{c.ministry}</td>
                <td>
                  {c.promised.due ? dutchDate(c.promised.due) : 'geen datum'}
                  {c.promised.phrase && <span className="commitment-meta"> (“{c.promised.phrase}”)</span>}
                </td>
                <td>
                  <StatusBadge status={c.effectiveStatus} label={statusLabels[c.effectiveStatus].nl} />
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
                    (c.evidence ?? '')
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
