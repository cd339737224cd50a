import { type FormEvent, type ReactNode, useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { departmentCodes, departmentName, partyFromKey, partyKey, partyName } from './department-names.ts';
import { FollowupApiError } from './followup-api.ts';
import { CheckboxGroup, TextField } from './form-fields.tsx';
import { FormMessage, type Outcome } from './form-message.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import { decisionOf, workspaceApi } from './workspace-api.ts';
import { useWorkspace } from './workspace-context.ts';

type Step = { kind: string } & Record<string, unknown>;

/** One step's form: its fields, and a submit button named after the step. */
function StepForm({
  kind,
  submit,
  onSubmit,
  children,
  hint,
  danger,
  take,
}: {
  take: (step: Step | string[]) => void;
  kind: string;
  submit: string;
  onSubmit: () => Step | string[];
  children?: ReactNode;
  hint?: string;
  danger?: boolean;
}) {
  return (
    <form
      className={`followup-form step-form step-${kind}`}
      aria-label={submit}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        take(onSubmit());
      }}
    >
      {children}
      {hint && <p className="field-hint wide">{hint}</p>}
      <div className="form-actions wide">
        <button type="submit" className={danger ? 'secondary' : undefined}>
          {submit}
        </button>
      </div>
    </form>
  );
}

/**
 * The buttons for the steps the server lists in `allowedSteps` for the signed-in user, each with
 * what the step needs (parties, a reason, the date, the Kamerstuk number). The outcome is announced
 * in one live region that stays when the step's form goes (focus moves there).
 */
export function WorkflowActions() {
  const t = useOfficerTexts();
  const f = t.flow;
  const { language } = useLocale();
  const { workspace, editionId, user, refresh } = useWorkspace();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const allowed = new Set(workspace.allowedSteps);
  const parties = workspace.workflow?.coordination ?? [];
  const own = user.organisation;
  const ownParty =
    parties.find((p) => p.department === own && p.decision !== 'signed-off') ??
    parties.find((p) => p.department === own);
  const lead = workspace.edition.leadDepartment ?? own ?? '';

  const [chosen, setChosen] = useState<string[]>(() => (lead ? [lead] : []));
  // until the officer chooses, the party of their own department (the parties appear after the coordination starts)
  const defaultParty = ownParty ? partyKey(ownParty) : parties[0] ? partyKey(parties[0]) : '';
  const [chosenSignFor, setSignFor] = useState('');
  const [chosenCommentFor, setCommentFor] = useState('');
  const signFor = chosenSignFor || defaultParty;
  const commentFor = chosenCommentFor || defaultParty;
  const [comment, setComment] = useState('');
  const [returnReason, setReturnReason] = useState('');
  const [rejectReason, setRejectReason] = useState('');
  const [sendDate, setSendDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [kamerstuk, setKamerstuk] = useState('');

  const take = async (step: Step | string[]) => {
    // the message speaks of the latest step only
    setOutcome(null);
    if (Array.isArray(step)) {
      setOutcome({ kind: 'invalid', problems: step });
      return;
    }
    try {
      await workspaceApi.step(editionId, step);
      await refresh();
      setOutcome({ kind: 'ok', text: f.done[step.kind] ?? '' });
      if (step.kind === 'comment') setComment('');
    } catch (error) {
      const forParty =
        typeof step.department === 'string'
          ? partyName(
              {
                department: step.department,
                directorate: typeof step.directorate === 'string' ? step.directorate : undefined,
              },
              language,
            )
          : '';
      const refusedForeign = step.kind === 'sign-off' && error instanceof FollowupApiError && error.status === 403;
      setOutcome({
        kind: 'error',
        lead: refusedForeign ? f.signOffRefused(forParty, own ? departmentName(own, language) : null) : f.failed,
        error,
      });
    }
  };

  const partySelect = (label: string, value: string, onChange: (v: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {parties.map((p) => (
          <option key={partyKey(p)} value={partyKey(p)}>
            {partyName(p, language)}
          </option>
        ))}
      </select>
    </label>
  );

  const forms: ReactNode[] = [];
  if (allowed.has('start-coordination'))
    forms.push(
      <StepForm
        take={take}
        key="start"
        kind="start-coordination"
        submit={f.startSubmit}
        onSubmit={() =>
          chosen.length === 0
            ? [f.chooseParty]
            : { kind: 'start-coordination', parties: chosen.map((department) => ({ department })) }
        }
      >
        <CheckboxGroup
          legend={f.start}
          hint={f.startHint}
          options={departmentCodes.map((code) => ({ value: code, label: departmentName(code, language) }))}
          selected={chosen}
          onChange={setChosen}
        />
      </StepForm>,
    );
  if (allowed.has('sign-off') && parties.length > 0)
    forms.push(
      <StepForm
        take={take}
        key="sign-off"
        kind="sign-off"
        submit={f.signOffSubmit}
        onSubmit={() => ({ kind: 'sign-off', ...partyFromKey(signFor) })}
      >
        {partySelect(f.signOffFor, signFor, setSignFor)}
      </StepForm>,
    );
  if (allowed.has('comment') && parties.length > 0)
    forms.push(
      <StepForm
        take={take}
        key="comment"
        kind="comment"
        submit={f.commentSubmit}
        onSubmit={() =>
          comment.trim()
            ? { kind: 'comment', ...partyFromKey(commentFor), text: comment.trim() }
            : [t.common.required(f.comment)]
        }
      >
        {partySelect(f.commentFor, commentFor, setCommentFor)}
        <TextField label={f.comment} rows={3} value={comment} onChange={setComment} lang="nl" required wide />
      </StepForm>,
    );
  if (allowed.has('submit-memo'))
    forms.push(
      <StepForm
        take={take}
        key="memo"
        kind="submit-memo"
        submit={f.submitMemo}
        hint={f.submitMemoHint}
        onSubmit={() => ({ kind: 'submit-memo' })}
      />,
    );
  if (allowed.has('approve'))
    forms.push(
      <StepForm take={take} key="approve" kind="approve" submit={f.approve} onSubmit={() => ({ kind: 'approve' })} />,
    );
  if (allowed.has('reject'))
    forms.push(
      <StepForm
        take={take}
        key="reject"
        kind="reject"
        submit={f.reject}
        danger
        onSubmit={() =>
          rejectReason.trim() ? { kind: 'reject', reason: rejectReason.trim() } : [t.common.required(f.rejectReason)]
        }
      >
        <TextField
          label={f.rejectReason}
          rows={2}
          value={rejectReason}
          onChange={setRejectReason}
          lang="nl"
          required
          wide
        />
      </StepForm>,
    );
  if (allowed.has('return-to-draft'))
    forms.push(
      <StepForm
        take={take}
        key="return"
        kind="return-to-draft"
        submit={f.returnSubmit}
        danger
        onSubmit={() =>
          returnReason.trim()
            ? { kind: 'return-to-draft', reason: returnReason.trim() }
            : [t.common.required(f.returnReason)]
        }
      >
        <TextField
          label={f.returnReason}
          rows={2}
          value={returnReason}
          onChange={setReturnReason}
          lang="nl"
          required
          wide
        />
      </StepForm>,
    );
  if (allowed.has('send'))
    forms.push(
      <StepForm
        take={take}
        key="send"
        kind="send"
        submit={f.send}
        hint={f.sendHint}
        onSubmit={() =>
          /^\d{4}-\d{2}-\d{2}$/.test(sendDate) ? { kind: 'send', date: sendDate } : [t.common.required(f.sendDate)]
        }
      >
        <TextField label={f.sendDate} type="date" value={sendDate} onChange={setSendDate} required />
      </StepForm>,
    );
  if (allowed.has('publish'))
    forms.push(
      <StepForm
        take={take}
        key="publish"
        kind="publish"
        submit={f.publish}
        onSubmit={() =>
          kamerstuk.trim() ? { kind: 'publish', kamerstuk: kamerstuk.trim() } : [t.common.required(f.kamerstuk)]
        }
      >
        <TextField
          label={f.kamerstuk}
          value={kamerstuk}
          onChange={setKamerstuk}
          placeholder={f.kamerstukPlaceholder}
          lang="nl"
          required
          wide
        />
      </StepForm>,
    );

  // sending waits for the Woo decisions: say so where the send button would be
  const proposals = workspace.redactions;
  const decided = proposals.filter((p) => decisionOf(p) !== null).length;
  const sendWaits = workspace.workflow?.state === 'approved' && !allowed.has('send') && decided < proposals.length;
  // the memo goes to the minister only on sign-offs of the current text: say whose are missing
  // (department names hold commas, so they are listed with semicolons)
  const unsigned = parties.filter((p) => p.decision !== 'signed-off');
  const memoWaits = workspace.workflow?.state === 'coordination' && !allowed.has('submit-memo') && unsigned.length > 0;
  return (
    <section className="workflow-actions" aria-labelledby="workflow-actions">
      <h3 id="workflow-actions">{f.actions}</h3>
      {sendWaits && (
        <p className="edit-lock">
          {t.woo.sendBlocked} {t.woo.progress(decided, proposals.length)}
        </p>
      )}
      {memoWaits && (
        <p className="edit-lock memo-waits">{f.memoWaits(unsigned.map((p) => partyName(p, language)).join('; '))}</p>
      )}
      {forms.length === 0 ? <p>{f.noActions}</p> : forms}
      <FormMessage outcome={outcome} focus="always" />
    </section>
  );
}
