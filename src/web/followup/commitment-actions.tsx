import { type FormEvent, useEffect, useState } from 'react';
import { statusLabels } from '../../followup/public-types.ts';
import { useLocale } from '../i18n/index.ts';
import { type TrackedCommitment, followupRequest, sendJson } from './followup-api.ts';
import { TextField } from './form-fields.tsx';
import { FormMessage, type Outcome } from './form-message.tsx';
import { useOfficerTexts } from './officer-texts.ts';

const statusChoices = ['met', 'partly-met', 'not-met', 'withdrawn', 'open'] as const;
type StatusChoice = (typeof statusChoices)[number];

const commitmentPath = (id: string, rest = '') => `commitments/${encodeURIComponent(id)}${rest}`;

/** The button in a commitment's row that shows or hides its change forms (in a full-width row below it). */
export function CommitmentActionsToggle({
  c,
  open,
  onToggle,
}: {
  c: TrackedCommitment;
  open: boolean;
  onToggle: () => void;
}) {
  const t = useOfficerTexts();
  return (
    <button
      type="button"
      className="disclosure"
      aria-expanded={open}
      aria-controls={`actions-${c.id}`}
      onClick={onToggle}
    >
      {t.commitments.actions}
      <span className="visually-hidden"> — {c.id}</span>
    </button>
  );
}

/**
 * What an officer does with a recorded commitment, in a row below it when opened: correct it
 * (what, who, the term), postpone it (the new term, why, and the letter that told the Kamer),
 * or change its status (met, partly met, not met, withdrawn, or reopen), each with the words the
 * register needs.
 */
export function CommitmentActions({ c, onChanged }: { c: TrackedCommitment; onChanged: () => void }) {
  const t = useOfficerTexts();
  const k = t.commitments;
  const { language } = useLocale();
  const [edit, setEdit] = useState({
    what: c.what,
    who: c.who,
    when: c.promised.phrase ?? c.promised.due ?? '',
  });
  const [postpone, setPostpone] = useState({ when: '', reason: '', announcedIn: '' });
  const settled = c.status !== 'open';
  const choices = statusChoices.filter((s) => (s === 'open' ? settled : s !== c.status || s === 'partly-met'));
  const [status, setStatus] = useState<StatusChoice>(choices[0] ?? 'met');
  const [statusText, setStatusText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  // after a change (here or elsewhere) the forms start from the commitment as it now is
  // biome-ignore lint/correctness/useExhaustiveDependencies: `changedAt` says when the stored commitment changed.
  useEffect(() => {
    setEdit({ what: c.what, who: c.who, when: c.promised.phrase ?? c.promised.due ?? '' });
    setPostpone({ when: '', reason: '', announcedIn: '' });
    setStatus(choices[0] ?? 'met');
    setStatusText('');
  }, [c.changedAt]);
  const canPostpone = c.status === 'open' || c.status === 'partly-met';

  async function send(request: () => Promise<unknown>, done: string) {
    try {
      await request();
      setOutcome({ kind: 'ok', text: done });
      onChanged();
    } catch (error) {
      setOutcome({ kind: 'error', lead: k.failed, error });
    }
  }
  const invalid = (problems: string[]) => {
    setOutcome({ kind: 'invalid', problems });
  };

  function saveEdit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(edit.what.trim() ? [] : [t.common.required(k.what)]),
      ...(edit.who.trim() ? [] : [t.common.required(k.who)]),
      ...(edit.when.trim() ? [] : [t.common.required(k.when)]),
    ];
    if (problems.length) return invalid(problems);
    const changed: Record<string, unknown> = {};
    if (edit.what.trim() !== c.what) changed.what = edit.what.trim();
    if (edit.who.trim() !== c.who) changed.who = edit.who.trim();
    if (edit.when.trim() !== (c.promised.phrase ?? c.promised.due ?? '')) changed.when = edit.when.trim();
    if (c.version !== undefined) changed.expectedVersion = c.version;
    return send(() => followupRequest(commitmentPath(c.id), sendJson('PUT', changed)), k.edited(c.id));
  }
  function savePostpone(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(postpone.when.trim() ? [] : [t.common.required(k.newWhen)]),
      ...(postpone.reason.trim() ? [] : [t.common.required(k.postponeReason)]),
    ];
    if (problems.length) return invalid(problems);
    return send(
      () =>
        followupRequest(
          commitmentPath(c.id, '/postpone'),
          sendJson('POST', {
            when: postpone.when.trim(),
            reason: postpone.reason.trim(),
            ...(postpone.announcedIn.trim() ? { announcedIn: postpone.announcedIn.trim() } : {}),
          }),
        ),
      k.postponed(c.id),
    );
  }
  function saveStatus(event: FormEvent) {
    event.preventDefault();
    const text = statusText.trim();
    if (!text) return invalid([t.common.required(k.statusText[status] ?? k.newStatus)]);
    const evidence = status === 'met' || status === 'partly-met';
    const label = status === 'open' ? statusLabels.open[language] : (statusLabels[status]?.[language] ?? status);
    return send(
      () =>
        followupRequest(
          commitmentPath(c.id, '/status'),
          sendJson('POST', {
            status,
            ...(evidence ? { evidence: text } : { reason: text }),
            ...(c.version !== undefined ? { expectedVersion: c.version } : {}),
          }),
        ),
      k.statusChanged(c.id, label),
    );
  }

  return (
    <div className="commitment-actions" id={`actions-${c.id}`}>
      <div className="commitment-action-forms">
        <form className="followup-form" onSubmit={saveEdit} aria-label={`${k.edit} — ${c.id}`} noValidate>
          <h4 className="wide">{k.edit}</h4>
          <TextField
            label={k.what}
            rows={2}
            value={edit.what}
            onChange={(what) => setEdit({ ...edit, what })}
            lang="nl"
            required
            wide
          />
          <TextField label={k.who} value={edit.who} onChange={(who) => setEdit({ ...edit, who })} lang="nl" required />
          <TextField
            label={k.when}
            value={edit.when}
            onChange={(when) => setEdit({ ...edit, when })}
            lang="nl"
            required
          />
          <div className="form-actions wide">
            <button type="submit">{k.saveEdit}</button>
          </div>
        </form>
        {canPostpone && (
          <form className="followup-form" onSubmit={savePostpone} aria-label={`${k.postpone} — ${c.id}`} noValidate>
            <h4 className="wide">{k.postpone}</h4>
            <TextField
              label={k.newWhen}
              value={postpone.when}
              onChange={(when) => setPostpone({ ...postpone, when })}
              lang="nl"
              placeholder="na het zomerreces, 2026-12-31"
              required
            />
            <TextField
              label={k.announcedIn}
              value={postpone.announcedIn}
              onChange={(announcedIn) => setPostpone({ ...postpone, announcedIn })}
              lang="nl"
            />
            <TextField
              label={k.postponeReason}
              rows={2}
              value={postpone.reason}
              onChange={(reason) => setPostpone({ ...postpone, reason })}
              lang="nl"
              required
              wide
            />
            <div className="form-actions wide">
              <button type="submit">{k.savePostpone}</button>
            </div>
          </form>
        )}
        <form className="followup-form" onSubmit={saveStatus} aria-label={`${k.status} — ${c.id}`} noValidate>
          <h4 className="wide">{k.status}</h4>
          <label>
            {k.newStatus}
            <select value={status} onChange={(e) => setStatus(e.target.value as StatusChoice)}>
              {choices.map((s) => (
                <option key={s} value={s}>
                  {k.statuses[s]}
                </option>
              ))}
            </select>
          </label>
          <TextField
            label={k.statusText[status] ?? k.newStatus}
            rows={2}
            value={statusText}
            onChange={setStatusText}
            lang="nl"
            required
            wide
          />
          <div className="form-actions wide">
            <button type="submit">{k.saveStatus}</button>
          </div>
        </form>
      </div>
      <FormMessage outcome={outcome} focus="always" />
    </div>
  );
}
