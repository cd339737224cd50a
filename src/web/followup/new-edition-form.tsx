import { type FormEvent, useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { departmentCodes, departmentName } from './department-names.ts';
import { TextField } from './form-fields.tsx';
import { FormMessage, type Outcome } from './form-message.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import { useFollowupLocale } from './use-followup-locale.ts';
import { workspaceApi } from './workspace-api.ts';

/** A new edition of the monitor (code, title, years, lead department); on success its workspace opens. */
export function NewEditionForm({ defaultDepartment }: { defaultDepartment: string | null }) {
  const t = useOfficerTexts();
  const n = t.newEdition;
  const { language } = useLocale();
  const { href } = useFollowupLocale();
  const year = new Date().getFullYear();
  const [draft, setDraft] = useState({
    id: '',
    title: '',
    yearFrom: String(year - 4),
    yearTo: String(year),
    leadDepartment: defaultDepartment && departmentCodes.includes(defaultDepartment) ? defaultDepartment : 'JenV',
  });
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function create(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(draft.id.trim() ? [] : [t.common.required(n.id)]),
      ...(draft.id.trim() && !/^[A-Za-z0-9-]+$/.test(draft.id.trim()) ? [n.badId] : []),
      ...(draft.title.trim() ? [] : [t.common.required(n.title)]),
      ...(/^\d{4}$/.test(draft.yearFrom) ? [] : [t.common.required(n.yearFrom)]),
      ...(/^\d{4}$/.test(draft.yearTo) ? [] : [t.common.required(n.yearTo)]),
      ...(Number(draft.yearTo) < Number(draft.yearFrom) ? [n.badYears] : []),
    ];
    if (problems.length) {
      setOutcome({ kind: 'invalid', problems });
      return;
    }
    try {
      const created = await workspaceApi.create({
        id: draft.id.trim(),
        title: draft.title.trim(),
        yearFrom: Number(draft.yearFrom),
        yearTo: Number(draft.yearTo),
        leadDepartment: draft.leadDepartment,
      });
      const id = created.edition?.id ?? draft.id.trim();
      window.location.assign(href(`/opvolging/editie/${encodeURIComponent(id)}/werk`));
    } catch (error) {
      setOutcome({ kind: 'error', lead: n.failed, error });
    }
  }
  return (
    <section aria-labelledby="new-edition">
      <h2 id="new-edition">{n.heading}</h2>
      <p className="form-hint">{n.intro}</p>
      <form className="followup-form" onSubmit={create} aria-labelledby="new-edition" noValidate>
        <TextField
          label={n.id}
          hint={n.idHint}
          value={draft.id}
          onChange={(id) => setDraft({ ...draft, id })}
          name="editionCode"
          required
        />
        <TextField
          label={n.title}
          value={draft.title}
          onChange={(title) => setDraft({ ...draft, title })}
          lang="nl"
          required
        />
        <TextField
          label={n.yearFrom}
          type="number"
          value={draft.yearFrom}
          onChange={(yearFrom) => setDraft({ ...draft, yearFrom })}
          required
        />
        <TextField
          label={n.yearTo}
          type="number"
          value={draft.yearTo}
          onChange={(yearTo) => setDraft({ ...draft, yearTo })}
          required
        />
        <label>
          {n.lead}
          <select value={draft.leadDepartment} onChange={(e) => setDraft({ ...draft, leadDepartment: e.target.value })}>
            {departmentCodes.map((code) => (
              <option key={code} value={code}>
                {departmentName(code, language)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{n.submit}</button>
      </form>
      <FormMessage outcome={outcome} />
    </section>
  );
}
