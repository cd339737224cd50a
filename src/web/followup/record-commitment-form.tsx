import { type FormEvent, useState } from 'react';
import { dutchDate } from '../../followup/public-types.ts';
import { type EditionSummary, followupApi } from './followup-api.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The officer records a commitment; the promised moment may be a date or the words used. */
export function RecordCommitmentForm({ editions, actor, onRecorded }: { editions: readonly EditionSummary[]; actor: string; onRecorded: () => void }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const recommendation = text('recommendationNumber');
    try {
      const c = await followupApi.record({
        actor,
        editionId: text('editionId'),
        ...(recommendation ? { recommendationNumber: Number(recommendation) } : {}),
        what: text('what'),
        who: text('who'),
        ministry: text('ministry'),
        when: text('when'),
        madeOn: text('madeOn'),
      });
      setMessage({ kind: 'ok', text: `Vastgelegd als ${c.id}${c.promised.due ? `, uiterlijk ${dutchDate(c.promised.due)}` : ''}${c.promised.phrase ? ` (“${c.promised.phrase}”)` : ''}.` });
      event.currentTarget?.reset();
      onRecorded();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <section aria-labelledby="record">
      <h2 id="record">Toezegging vastleggen</h2>
      <form className="followup-form" onSubmit={submit}>
        <label>
          Monitor
          <select name="editionId" required>
            {editions.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Aanbeveling (nummer, leeg bij de algemene reactie)
          <input name="recommendationNumber" type="number" min={1} />
        </label>
        <label className="wide">
          Wat is toegezegd
          <textarea name="what" required rows={2} />
        </label>
        <label>
          Door wie (bewindspersoon)
          <input name="who" required placeholder="Minister van Justitie en Veiligheid" />
        </label>
        <label>
          Verantwoordelijk ministerie
          <input name="ministry" required placeholder="Justitie en Veiligheid" />
        </label>
        <label>
          Termijn: datum of formulering
          <input name="when" required placeholder="na de zomer, 2026-09-30, halfjaarlijks" />
        </label>
        <label>
          Toegezegd op
          <input name="madeOn" type="date" required defaultValue={today()} />
        </label>
        <button type="submit" disabled={!actor}>
          Vastleggen
        </button>
        {!actor && <p className="form-hint">Vul eerst uw naam in.</p>}
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
