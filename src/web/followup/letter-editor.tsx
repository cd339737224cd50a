import { type FormEvent, useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { TextField } from './form-fields.tsx';
import { FormMessage, type Outcome } from './form-message.tsx';
import { type LetterDraft, letterDraftOf, letterPatch, letterProblems } from './letter-draft.ts';
import { useOfficerTexts } from './officer-texts.ts';
import { useDraft } from './use-draft.ts';
import { workspaceApi } from './workspace-api.ts';
import { useWorkspace } from './workspace-context.ts';
import { EditLock } from './workspace-notices.tsx';

/**
 * The letter to Parliament: letterhead (Ons kenmerk, Bijlage(n), sender), opening, general response,
 * sections grouping recommendations under a subheading, closing and signatories. The date and the
 * Kamerstuk number come from the workflow (send, publish) and are shown, not edited.
 */
export function LetterEditor() {
  const t = useOfficerTexts();
  const l = t.letter;
  const { format } = useLocale();
  const { workspace, editionId, replace, refresh } = useWorkspace();
  const { edition, editionVersion, recommendations } = workspace;
  const { draft, setDraft, baseVersion, reset, rebase } = useDraft(letterDraftOf(edition), editionVersion);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const set =
    <K extends keyof LetterDraft>(key: K) =>
    (value: LetterDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const setSection = (i: number, change: Partial<LetterDraft['sections'][number]>) =>
    set('sections')(draft.sections.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const setSignatory = (i: number, change: Partial<LetterDraft['signatories'][number]>) =>
    set('signatories')(draft.signatories.map((s, j) => (j === i ? { ...s, ...change } : s)));

  async function save(event: FormEvent) {
    event.preventDefault();
    const problems = letterProblems(
      draft,
      {
        opening: l.opening,
        closing: l.closing,
        sectionHeading: (n) => `${l.section(n)}: ${l.sectionHeading}`,
        signatoryTitle: (n) => `${l.signatory(n)}: ${l.signatoryTitle}`,
      },
      t.common.required,
    );
    if (problems.length > 0) {
      setOutcome({ kind: 'invalid', problems });
      return;
    }
    try {
      const next = await workspaceApi.editEdition(editionId, baseVersion, letterPatch(edition, draft));
      replace(next);
      reset(letterDraftOf(next.edition), next.editionVersion);
      setOutcome({ kind: 'ok', text: l.saved(next.editionVersion) });
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.common.refused, error });
    }
  }
  async function reload() {
    const fresh = await refresh();
    rebase(letterDraftOf(fresh.edition), fresh.editionVersion);
    return fresh.editionVersion;
  }

  return (
    <form className="followup-form workspace-form" onSubmit={save} aria-labelledby="letter-heading" noValidate>
      <h2 id="letter-heading" className="wide">
        {l.heading}
      </h2>
      <EditLock />
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <legend>{l.letterhead}</legend>
        <dl className="readonly-facts">
          <div>
            <dt>{l.date}</dt>
            <dd>{edition.letter.date ? format.date(edition.letter.date) : <em>{l.dateLater}</em>}</dd>
          </div>
          <div>
            <dt>{l.kamerstuk}</dt>
            <dd>
              {edition.letter.kamerstuk ? (
                <span lang="nl">{edition.letter.kamerstuk}</span>
              ) : (
                <em>{l.kamerstukLater}</em>
              )}
            </dd>
          </div>
        </dl>
        <TextField label={l.reference} value={draft.reference} onChange={set('reference')} lang="nl" name="reference" />
        <TextField label={l.yourReference} value={draft.yourReference} onChange={set('yourReference')} lang="nl" />
        <TextField
          label={l.attachments}
          hint={t.common.linesHint}
          rows={2}
          value={draft.attachments}
          onChange={set('attachments')}
          lang="nl"
        />
        <TextField
          label={l.directorateGeneral}
          value={draft.directorateGeneral}
          onChange={set('directorateGeneral')}
          lang="nl"
        />
        <TextField label={l.directorate} value={draft.directorate} onChange={set('directorate')} lang="nl" />
        <TextField label={l.unit} value={draft.unit} onChange={set('unit')} lang="nl" />
        <TextField
          label={l.visitingAddress}
          hint={t.common.linesHint}
          rows={2}
          value={draft.visitingAddress}
          onChange={set('visitingAddress')}
          lang="nl"
        />
        <TextField
          label={l.postalAddress}
          hint={t.common.linesHint}
          rows={2}
          value={draft.postalAddress}
          onChange={set('postalAddress')}
          lang="nl"
        />
      </fieldset>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <TextField label={l.opening} rows={3} value={draft.opening} onChange={set('opening')} lang="nl" required wide />
        <TextField
          label={l.generalResponse}
          hint={t.common.paragraphsHint}
          rows={8}
          value={draft.generalResponse}
          onChange={set('generalResponse')}
          lang="nl"
          wide
        />
      </fieldset>
      <fieldset className="wide" disabled={!workspace.editable}>
        <legend>{l.sections}</legend>
        <p className="field-hint">{l.sectionsHint}</p>
        {draft.sections.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id; their place is their identity in the form.
          <fieldset key={i} className="repeat-group form-grid">
            <legend>{l.section(i + 1)}</legend>
            <TextField
              label={l.sectionHeading}
              value={s.heading}
              onChange={(heading) => setSection(i, { heading })}
              lang="nl"
              required
            />
            <fieldset className="checkbox-group">
              <legend>{l.sectionRecommendations}</legend>
              {recommendations.length === 0 && <p className="field-hint">{l.noRecommendations}</p>}
              <div className="checkbox-options">
                {recommendations.map((r) => (
                  <label key={r.number} className="checkbox">
                    <input
                      type="checkbox"
                      checked={s.recommendations.includes(r.number)}
                      onChange={(e) =>
                        setSection(i, {
                          recommendations: e.target.checked
                            ? [...s.recommendations, r.number]
                            : s.recommendations.filter((n) => n !== r.number),
                        })
                      }
                    />
                    {t.recs.recommendation(r.number)}
                  </label>
                ))}
              </div>
            </fieldset>
            <TextField
              label={l.sectionIntro}
              hint={t.common.paragraphsHint}
              rows={3}
              value={s.intro}
              onChange={(intro) => setSection(i, { intro })}
              lang="nl"
              wide
            />
            <button
              type="button"
              className="secondary"
              onClick={() => set('sections')(draft.sections.filter((_, j) => j !== i))}
            >
              {l.removeSection(i + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => set('sections')([...draft.sections, { heading: '', recommendations: [], intro: '' }])}
        >
          {l.addSection}
        </button>
      </fieldset>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <TextField label={l.closing} rows={3} value={draft.closing} onChange={set('closing')} lang="nl" required wide />
      </fieldset>
      <fieldset className="wide" disabled={!workspace.editable}>
        <legend>{l.signatories}</legend>
        {draft.signatories.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: signatories have no id; their order is what the letter prints.
          <fieldset key={i} className="repeat-group form-grid">
            <legend>{l.signatory(i + 1)}</legend>
            <TextField
              label={l.signatoryTitle}
              value={s.title}
              onChange={(title) => setSignatory(i, { title })}
              lang="nl"
              required
            />
            <TextField
              label={l.signatoryName}
              value={s.name}
              onChange={(name) => setSignatory(i, { name })}
              lang="nl"
            />
            <button
              type="button"
              className="secondary"
              onClick={() => set('signatories')(draft.signatories.filter((_, j) => j !== i))}
            >
              {l.removeSignatory(i + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => set('signatories')([...draft.signatories, { title: '', name: '' }])}
        >
          {l.addSignatory}
        </button>
      </fieldset>
      <div className="form-actions wide">
        <button type="submit" disabled={!workspace.editable}>
          {l.save}
        </button>
      </div>
      <FormMessage outcome={outcome} onReload={reload} />
    </form>
  );
}
