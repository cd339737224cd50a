import { type FormEvent, useState } from 'react';
import type { Recommendation, RecommendationResponse, Stance } from '../../followup/followup-model.ts';
import { stanceLabels } from '../../followup/public-types.ts';
import { useLocale } from '../i18n/index.ts';
import { departmentCodes, departmentNames } from './department-names.ts';
import { CheckboxGroup, TextField } from './form-fields.tsx';
import { FormMessage, type Outcome } from './form-message.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import { joinLines, joinParagraphs, splitLines, splitParagraphs } from './paragraphs.ts';
import { useDraft } from './use-draft.ts';
import { type Versioned, workspaceApi } from './workspace-api.ts';
import { useWorkspace } from './workspace-context.ts';
import { EditLock } from './workspace-notices.tsx';

const stances = Object.keys(stanceLabels) as Stance[];

/** Ministries are stored by their Dutch name (as the letters write them); the checkbox shows the page's language. */
function useMinistryOptions() {
  const { language } = useLocale();
  return departmentCodes.map((code) => ({
    value: departmentNames[code]?.nl ?? code,
    label: departmentNames[code]?.[language] ?? code,
    lang: language,
  }));
}

type RecommendationDraft = { text: string; addressees: string; ministries: string[]; theme: string };
const recommendationDraftOf = (r: Recommendation): RecommendationDraft => ({
  text: r.text,
  addressees: joinLines(r.addressees),
  ministries: [...r.ministries],
  theme: r.theme,
});

function RecommendationForm({ r }: { r: Versioned<Recommendation> }) {
  const t = useOfficerTexts();
  const ministries = useMinistryOptions();
  const { workspace, editionId, refresh } = useWorkspace();
  const { draft, setDraft, baseVersion, reset, rebase } = useDraft(recommendationDraftOf(r), r.version);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(draft.text.trim() ? [] : [t.common.required(t.recs.text)]),
      ...(splitLines(draft.addressees).length ? [] : [t.common.required(t.recs.addressees)]),
      ...(draft.ministries.length ? [] : [t.recs.chooseMinistry]),
      ...(draft.theme.trim() ? [] : [t.common.required(t.recs.theme)]),
    ];
    if (problems.length) {
      setOutcome({ kind: 'invalid', problems });
      return;
    }
    try {
      await workspaceApi.editRecommendation(editionId, r.number, {
        expectedVersion: baseVersion,
        text: draft.text.trim(),
        addressees: splitLines(draft.addressees),
        ministries: draft.ministries,
        theme: draft.theme.trim(),
      });
      const fresh = await refresh();
      const stored = fresh.recommendations.find((x) => x.number === r.number);
      if (stored) reset(recommendationDraftOf(stored), stored.version);
      setOutcome({ kind: 'ok', text: t.recs.recommendationSaved(r.number) });
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.common.refused, error });
    }
  }
  async function reload() {
    const fresh = await refresh();
    const stored = fresh.recommendations.find((x) => x.number === r.number);
    if (stored) rebase(recommendationDraftOf(stored), stored.version);
    return stored?.version ?? baseVersion;
  }
  return (
    <form className="followup-form" onSubmit={save} aria-labelledby={`rec-title-${r.number}`} noValidate>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <TextField
          label={t.recs.text}
          rows={3}
          value={draft.text}
          onChange={(text) => setDraft({ ...draft, text })}
          lang="nl"
          required
          wide
        />
        <TextField
          label={t.recs.addressees}
          hint={t.common.linesHint}
          rows={3}
          value={draft.addressees}
          onChange={(addressees) => setDraft({ ...draft, addressees })}
          lang="nl"
          required
        />
        <TextField
          label={t.recs.theme}
          value={draft.theme}
          onChange={(theme) => setDraft({ ...draft, theme })}
          required
        />
        <CheckboxGroup
          legend={t.recs.ministries}
          options={ministries}
          selected={draft.ministries}
          onChange={(chosen) => setDraft({ ...draft, ministries: chosen })}
        />
      </fieldset>
      <div className="form-actions wide">
        <button type="submit" disabled={!workspace.editable}>
          {t.recs.saveRecommendation}
        </button>
      </div>
      <FormMessage outcome={outcome} onReload={reload} />
    </form>
  );
}

type ResponseDraft = { stance: Stance | ''; text: string; ministries: string[] };
const responseDraftOf = (
  r: RecommendationResponse | undefined,
  fallbackMinistries: readonly string[],
): ResponseDraft => ({
  stance: r?.stance ?? '',
  text: r ? joinParagraphs(r.text.split(/\n\s*\n/)) : '',
  ministries: [...(r?.ministries ?? fallbackMinistries)],
});

function ResponseForm({ r }: { r: Versioned<Recommendation> }) {
  const t = useOfficerTexts();
  const { language } = useLocale();
  const ministries = useMinistryOptions();
  const { workspace, editionId, refresh } = useWorkspace();
  const stored = workspace.responses.find((x) => x.recommendationNumber === r.number);
  const { draft, setDraft, baseVersion, reset, rebase } = useDraft(
    responseDraftOf(stored, r.ministries),
    stored?.version ?? 0,
  );
  const [outcome, setOutcome] = useState<Outcome>(null);
  const id = `resp-${r.number}`;
  async function save(event: FormEvent) {
    event.preventDefault();
    const paragraphs = splitParagraphs(draft.text);
    const problems = [
      ...(draft.stance ? [] : [t.recs.chooseStance]),
      ...(paragraphs.length ? [] : [t.common.required(t.recs.responseText)]),
      ...(draft.ministries.length ? [] : [t.recs.chooseMinistry]),
    ];
    if (problems.length || !draft.stance) {
      setOutcome({ kind: 'invalid', problems });
      return;
    }
    try {
      await workspaceApi.editResponse(editionId, r.number, {
        expectedVersion: baseVersion,
        stance: draft.stance,
        // several paragraphs, as the letter prints them: separated by a blank line
        text: paragraphs.join('\n\n'),
        ministries: draft.ministries,
      });
      const fresh = await refresh();
      const now = fresh.responses.find((x) => x.recommendationNumber === r.number);
      if (now) reset(responseDraftOf(now, r.ministries), now.version);
      setOutcome({ kind: 'ok', text: t.recs.responseSaved(r.number) });
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.common.refused, error });
    }
  }
  async function reload() {
    const fresh = await refresh();
    const now = fresh.responses.find((x) => x.recommendationNumber === r.number);
    rebase(responseDraftOf(now, r.ministries), now?.version ?? 0);
    return now?.version ?? 0;
  }
  return (
    <form
      className="followup-form response-form"
      onSubmit={save}
      aria-labelledby={`${id}-form rec-title-${r.number}`}
      noValidate
    >
      <h4 id={`${id}-form`} className="wide">
        {t.recs.response}
      </h4>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <fieldset className="radio-group wide">
          <legend>{t.recs.stance}</legend>
          <div className="checkbox-options">
            {stances.map((s) => (
              <label key={s} className="checkbox">
                <input
                  type="radio"
                  name={`stance-${r.number}`}
                  value={s}
                  checked={draft.stance === s}
                  onChange={() => setDraft({ ...draft, stance: s })}
                />
                {stanceLabels[s][language]}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label={t.recs.responseText}
          hint={t.common.paragraphsHint}
          rows={6}
          value={draft.text}
          onChange={(text) => setDraft({ ...draft, text })}
          lang="nl"
          required
          wide
        />
        <CheckboxGroup
          legend={t.recs.responseMinistries}
          options={ministries}
          selected={draft.ministries}
          onChange={(chosen) => setDraft({ ...draft, ministries: chosen })}
        />
      </fieldset>
      <div className="form-actions wide">
        <button type="submit" disabled={!workspace.editable}>
          {t.recs.saveResponse}
        </button>
      </div>
      <FormMessage outcome={outcome} onReload={reload} />
    </form>
  );
}

function AddRecommendation() {
  const t = useOfficerTexts();
  const ministries = useMinistryOptions();
  const { workspace, editionId, refresh } = useWorkspace();
  const empty = { number: '', text: '', addressees: '', ministries: [] as string[], theme: '' };
  const [draft, setDraft] = useState(empty);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(draft.text.trim() ? [] : [t.common.required(t.recs.text)]),
      ...(splitLines(draft.addressees).length ? [] : [t.common.required(t.recs.addressees)]),
      ...(draft.ministries.length ? [] : [t.recs.chooseMinistry]),
      ...(draft.theme.trim() ? [] : [t.common.required(t.recs.theme)]),
    ];
    if (problems.length) {
      setOutcome({ kind: 'invalid', problems });
      return;
    }
    try {
      await workspaceApi.addRecommendation(editionId, {
        ...(draft.number.trim() ? { number: Number(draft.number) } : {}),
        text: draft.text.trim(),
        addressees: splitLines(draft.addressees),
        ministries: draft.ministries,
        theme: draft.theme.trim(),
      });
      await refresh();
      setDraft(empty);
      setOutcome({ kind: 'ok', text: t.recs.added });
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.common.refused, error });
    }
  }
  return (
    <form className="followup-form add-recommendation" onSubmit={add} aria-labelledby="add-rec" noValidate>
      <h3 id="add-rec" className="wide">
        {t.recs.add}
      </h3>
      <fieldset className="wide form-grid" disabled={!workspace.editable}>
        <TextField
          label={t.recs.number}
          type="number"
          value={draft.number}
          onChange={(number) => setDraft({ ...draft, number })}
        />
        <TextField
          label={t.recs.theme}
          value={draft.theme}
          onChange={(theme) => setDraft({ ...draft, theme })}
          required
        />
        <TextField
          label={t.recs.text}
          rows={3}
          value={draft.text}
          onChange={(text) => setDraft({ ...draft, text })}
          lang="nl"
          required
          wide
        />
        <TextField
          label={t.recs.addressees}
          hint={t.common.linesHint}
          rows={3}
          value={draft.addressees}
          onChange={(addressees) => setDraft({ ...draft, addressees })}
          lang="nl"
          required
          wide
        />
        <CheckboxGroup
          legend={t.recs.ministries}
          options={ministries}
          selected={draft.ministries}
          onChange={(chosen) => setDraft({ ...draft, ministries: chosen })}
        />
      </fieldset>
      <div className="form-actions wide">
        <button type="submit" disabled={!workspace.editable}>
          {t.recs.addSubmit}
        </button>
      </div>
      <FormMessage outcome={outcome} />
    </form>
  );
}

/** Every recommendation with the cabinet's stance and its (multi-paragraph) response; and a form to add one. */
export function RecommendationsEditor() {
  const t = useOfficerTexts();
  const { workspace } = useWorkspace();
  return (
    <>
      <h2>{t.recs.heading}</h2>
      <EditLock />
      {workspace.recommendations.length === 0 && <p>{t.recs.none}</p>}
      {workspace.recommendations.map((r) => (
        <article key={r.number} className="recommendation-editor" aria-labelledby={`rec-title-${r.number}`}>
          <h3 id={`rec-title-${r.number}`}>{t.recs.recommendation(r.number)}</h3>
          <RecommendationForm r={r} />
          <ResponseForm r={r} />
        </article>
      ))}
      <AddRecommendation />
    </>
  );
}
