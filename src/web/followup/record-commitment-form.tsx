import { type FormEvent, useState } from 'react';
import { ErrorDetail } from './error-detail.tsx';
import { type EditionSummary, followupApi } from './followup-api.ts';
import { useFollowupLocale } from './use-followup-locale.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The officer records a commitment; the promised moment may be a date or the words used. The
 * commitment itself is data in Dutch (the words of the letter), so its fields are `lang="nl"`.
 */
export function RecordCommitmentForm({
  editions,
  actor,
  onRecorded,
}: {
  editions: readonly EditionSummary[];
  actor: string;
  onRecorded: () => void;
}) {
  const { t, format } = useFollowupLocale();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const recommendation = text('recommendationNumber');
    try {
      const c = await followupApi.record({
        editionId: text('editionId'),
        ...(recommendation ? { recommendationNumber: Number(recommendation) } : {}),
        what: text('what'),
        who: text('who'),
        ministry: text('ministry'),
        when: text('when'),
        madeOn: text('madeOn'),
      });
      setMessage({
        kind: 'ok',
        text: t.recorded({
          id: c.id,
          due: c.promised.due ? format.date(c.promised.due) : null,
          phrase: c.promised.phrase ?? null,
        }),
      });
      event.currentTarget?.reset();
      onRecorded();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <section aria-labelledby="record">
      <h2 id="record">{t.recordHeading}</h2>
      <p className="form-hint" id="record-hint">
        {t.recordDataHint}
      </p>
      <form className="followup-form" onSubmit={submit}>
        <label>
          {t.recordEdition}
          <select name="editionId" required>
            {editions.map((e) => (
              <option key={e.id} value={e.id} lang="nl">
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.recordRecommendation}
          <input name="recommendationNumber" type="number" min={1} />
        </label>
        <label className="wide">
          {t.recordWhat}
          <textarea name="what" required rows={2} lang="nl" aria-describedby="record-hint" />
        </label>
        <label>
          {t.recordWho}
          <input name="who" required lang="nl" placeholder="Minister van Justitie en Veiligheid" />
        </label>
        <label>
          {t.recordMinistry}
          <input name="ministry" required lang="nl" placeholder="Justitie en Veiligheid" />
        </label>
        <label>
          {t.recordWhen}
          <input name="when" required lang="nl" placeholder="na de zomer, 2026-09-30, halfjaarlijks" />
        </label>
        <label>
          {t.recordMadeOn}
          <input name="madeOn" type="date" required defaultValue={today()} />
        </label>
        <button type="submit" disabled={!actor}>
          {t.recordSubmit}
        </button>
        {!actor && <p className="form-hint">{t.recordNeedsActor}</p>}
      </form>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'form-error' : 'form-ok'}
        >
          {message.kind === 'ok' ? (
            message.text
          ) : (
            <>
              {t.recordFailed} <ErrorDetail detail={message.text} />
            </>
          )}
        </p>
      )}
    </section>
  );
}
