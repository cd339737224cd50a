import { type FormEvent, useState } from 'react';
import { TextField } from './form-fields.tsx';
import { FormMessage, type Outcome } from './form-message.tsx';
import { type NotaDraft, notaDraftOf, notaPatch, notaProblems } from './nota-draft.ts';
import { useOfficerTexts } from './officer-texts.ts';
import { useDraft } from './use-draft.ts';
import { workspaceApi } from './workspace-api.ts';
import { useWorkspace } from './workspace-context.ts';
import { EditLock } from './workspace-notices.tsx';

type ParagraphSection = keyof Omit<
  NotaDraft,
  'date' | 'reference' | 'addressedTo' | 'sender' | 'bijlagen' | 'contacts'
>;

/**
 * The nota to the minister, every standard section: the header (Aan, Van, Datum, Onze referentie,
 * Bijlage(n)), 1 Aanleiding, 2 Geadviseerd besluit, 3 Kernpunten, 4 Toelichting with the findings,
 * krachtenveld, communication, financial and legal consequences, 5 Niet openbaar, and the contacts.
 * 4.1 Afstemming is printed from the coordination, not typed.
 */
export function NotaEditor() {
  const t = useOfficerTexts();
  const n = t.nota;
  const { workspace, editionId, replace, refresh } = useWorkspace();
  const { edition, editionVersion } = workspace;
  const { draft, setDraft, baseVersion, reset, rebase } = useDraft(notaDraftOf(edition.nota), editionVersion);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const set =
    <K extends keyof NotaDraft>(key: K) =>
    (value: NotaDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const setContact = (i: number, change: Partial<NotaDraft['contacts'][number]>) =>
    set('contacts')(draft.contacts.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const section = (key: ParagraphSection, label: string, rows = 4, hint = t.common.paragraphsHint) => (
    <TextField label={label} hint={hint} rows={rows} value={draft[key]} onChange={set(key)} lang="nl" wide />
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    const problems = notaProblems(
      draft,
      {
        date: n.date,
        sender: n.sender,
        contactName: (i) => `${n.contact(i)}: ${n.contactName}`,
        contactRole: (i) => `${n.contact(i)}: ${n.contactRole}`,
      },
      t.common.required,
    );
    if (problems.length > 0) {
      setOutcome({ kind: 'invalid', problems });
      return;
    }
    try {
      const next = await workspaceApi.editEdition(editionId, baseVersion, notaPatch(draft));
      replace(next);
      reset(notaDraftOf(next.edition.nota), next.editionVersion);
      setOutcome({ kind: 'ok', text: n.saved(next.editionVersion) });
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.common.refused, error });
    }
  }
  async function reload() {
    const fresh = await refresh();
    rebase(notaDraftOf(fresh.edition.nota), fresh.editionVersion);
    return fresh.editionVersion;
  }

  return (
    <form className="followup-form workspace-form" onSubmit={save} aria-labelledby="nota-heading" noValidate>
      <h2 id="nota-heading" className="wide">
        {n.heading}
      </h2>
      <EditLock />
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <legend>{n.header}</legend>
        <TextField
          label={n.addressedTo}
          hint={t.common.linesHint}
          rows={2}
          value={draft.addressedTo}
          onChange={set('addressedTo')}
          lang="nl"
        />
        <TextField label={n.sender} value={draft.sender} onChange={set('sender')} lang="nl" required />
        <TextField label={n.date} type="date" value={draft.date} onChange={set('date')} required />
        <TextField label={n.reference} value={draft.reference} onChange={set('reference')} lang="nl" />
        <TextField
          label={n.bijlagen}
          hint={t.common.linesHint}
          rows={2}
          value={draft.bijlagen}
          onChange={set('bijlagen')}
          lang="nl"
          wide
        />
      </fieldset>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        {section('aanleiding', n.aanleiding)}
        {section('geadviseerdBesluit', n.geadviseerdBesluit)}
        {section('kernpunten', n.kernpunten)}
      </fieldset>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <legend>{n.toelichting}</legend>
        {section('bevindingen', n.bevindingen, 6)}
        {section('toelichting', n.toelichtingText, 4)}
        {section('krachtenveld', n.krachtenveld, 3)}
        {section('communicatie', n.communicatie, 3)}
        {section('financieleGevolgen', n.financieleGevolgen, 2)}
        {section('juridischeGevolgen', n.juridischeGevolgen, 2)}
      </fieldset>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        {section('nietOpenbaar', n.nietOpenbaar, 3, `${n.nietOpenbaarHint} ${t.common.paragraphsHint}`)}
      </fieldset>
      <fieldset className="wide" disabled={!workspace.editable}>
        <legend>{n.contacts}</legend>
        {draft.contacts.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id; their place is their identity in the form.
          <fieldset key={i} className="repeat-group form-grid">
            <legend>{n.contact(i + 1)}</legend>
            <TextField label={n.contactName} value={c.name} onChange={(name) => setContact(i, { name })} required />
            <TextField
              label={n.contactRole}
              value={c.role}
              onChange={(role) => setContact(i, { role })}
              lang="nl"
              required
            />
            <TextField
              label={n.contactPhone}
              type="tel"
              value={c.phone}
              onChange={(phone) => setContact(i, { phone })}
            />
            <TextField
              label={n.contactEmail}
              type="email"
              value={c.email}
              onChange={(email) => setContact(i, { email })}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => set('contacts')(draft.contacts.filter((_, j) => j !== i))}
            >
              {n.removeContact(i + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => set('contacts')([...draft.contacts, { name: '', role: '', phone: '', email: '' }])}
        >
          {n.addContact}
        </button>
      </fieldset>
      <div className="form-actions wide">
        <button type="submit" disabled={!workspace.editable}>
          {n.save}
        </button>
      </div>
      <FormMessage outcome={outcome} onReload={reload} />
    </form>
  );
}
