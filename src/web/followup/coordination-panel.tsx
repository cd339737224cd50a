import { useLocale } from '../i18n/index.ts';
import { partyName } from './department-names.ts';
import { useOfficerTexts } from './officer-texts.ts';
import type { CoordinationPartyView, RecordedStepView } from './workspace-api.ts';
import { useWorkspace } from './workspace-context.ts';
import { WorkflowActions } from './workflow-actions.tsx';

function PartyRow({ p }: { p: CoordinationPartyView }) {
  const t = useOfficerTexts();
  const { language, format } = useLocale();
  const signed = p.signedBy ? `${p.signedBy}, ${p.signedAt ? format.dateTime(p.signedAt) : ''}` : '';
  return (
    <tr data-party={p.directorate ? `${p.department}/${p.directorate}` : p.department} data-decision={p.decision}>
      <th scope="row">{partyName(p, language)}</th>
      <td>
        <span className={`decision-badge decision-${p.decision}`}>{t.flow.decisions[p.decision] ?? p.decision}</span>
      </td>
      <td>{p.decision === 'voided' && signed ? `${t.flow.earlier}: ${signed}` : signed}</td>
      <td>
        {p.comments.length > 0 && (
          <ul className="plain-list" lang="nl">
            {p.comments.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: comments are kept in order and never change.
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** "12 maart 2026 10:00 — Naam: akkoord gegeven namens VWS". */
function StepLine({ s }: { s: RecordedStepView }) {
  const t = useOfficerTexts();
  const { language, format } = useLocale();
  const department = typeof s.step.department === 'string' ? s.step.department : null;
  const directorate = typeof s.step.directorate === 'string' ? s.step.directorate : undefined;
  const extra = [
    department ? t.flow.forParty(partyName({ department, directorate }, language)) : '',
    // department names hold commas: the parties are listed with semicolons
    Array.isArray(s.step.parties)
      ? (s.step.parties as { department: string; directorate?: string }[]).map((p) => partyName(p, language)).join('; ')
      : '',
    typeof s.step.date === 'string' ? format.date(s.step.date) : '',
    typeof s.step.kamerstuk === 'string' ? s.step.kamerstuk : '',
  ].filter(Boolean);
  const words = typeof s.step.reason === 'string' ? s.step.reason : typeof s.step.text === 'string' ? s.step.text : '';
  return (
    <li>
      <time dateTime={s.at}>{format.dateTime(s.at)}</time> — {s.actor}: {t.flow.stepNames[s.step.kind] ?? s.step.kind}
      {extra.length > 0 && ` (${extra.join('; ')})`}
      {words && (
        <>
          {': “'}
          <span lang="nl">{words}</span>
          {'”'}
        </>
      )}
    </li>
  );
}

/**
 * The coordination: every party with its state (a sign-off on an earlier text shows as voided), who
 * signed when, their comments; the steps the signed-in user may take now; and the sign-off route.
 */
export function CoordinationPanel() {
  const t = useOfficerTexts();
  const { workspace } = useWorkspace();
  const workflow = workspace.workflow;
  const parties = workflow?.coordination ?? [];
  return (
    <>
      <h2>{t.flow.heading}</h2>
      {parties.length === 0 ? (
        <p>{t.flow.noParties}</p>
      ) : (
        <div className="table-scroll">
          <table className="parties-table">
            <caption>{t.flow.partiesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.flow.party}</th>
                <th scope="col">{t.flow.decision}</th>
                <th scope="col">{t.flow.signed}</th>
                <th scope="col">{t.flow.comments}</th>
              </tr>
            </thead>
            <tbody>
              {parties.map((p) => (
                <PartyRow key={`${p.department}/${p.directorate ?? ''}`} p={p} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {workspace.fingerprint && <p className="field-hint">{t.flow.fingerprint(workspace.fingerprint.slice(0, 12))}</p>}
      <WorkflowActions />
      <h3>{t.flow.history}</h3>
      {(workflow?.steps ?? []).length === 0 ? (
        <p>{t.flow.noHistory}</p>
      ) : (
        <ol className="step-history">
          {(workflow?.steps ?? []).map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows; a step's place is its identity.
            <StepLine key={i} s={s} />
          ))}
        </ol>
      )}
    </>
  );
}
