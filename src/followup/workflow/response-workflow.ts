import { z } from 'zod';
import type { EditionRecord } from '../followup-data.ts';
import { FollowupError } from '../followup-error.ts';
import { type ChangeContext, departmentCodes, isoDate } from '../followup-model.ts';
import { type WorkflowAuthority, whoMayRefuse } from './workflow-authority.ts';

export type { WorkflowAuthority } from './workflow-authority.ts';

/** The life of a policy response, from the first draft to its publication. */
export const workflowStates = [
  'draft',
  'coordination',
  'memo-for-decision',
  'approved',
  'sent-to-parliament',
  'published',
] as const;
export type WorkflowState = (typeof workflowStates)[number];

const department = z.string().refine((d) => (departmentCodes as readonly string[]).includes(d), {
  message: `use a department code: ${departmentCodes.join(', ')}`,
});
const directorate = z.string().min(1).optional();

/**
 * Every step an officer or minister's office can take; validated once at the edge. A sign-off or
 * comment is for the department of whoever gives it: `department` may be left out (the server
 * takes it from the account); only the command line, acting as local administrator, names it.
 */
export const workflowStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('start-coordination'),
    parties: z.array(z.object({ department, directorate })).min(1),
  }),
  z.object({ kind: z.literal('sign-off'), department: department.optional(), directorate }),
  z.object({ kind: z.literal('comment'), department: department.optional(), directorate, text: z.string().min(1) }),
  z.object({ kind: z.literal('return-to-draft'), reason: z.string().min(1) }),
  z.object({ kind: z.literal('submit-memo') }),
  z.object({ kind: z.literal('approve') }),
  z.object({ kind: z.literal('reject'), reason: z.string().min(1) }),
  /** `date`: the date of the letter; absent, the day of sending. */
  z.object({ kind: z.literal('send'), date: isoDate.optional() }),
  z.object({ kind: z.literal('publish'), kamerstuk: z.string().min(1) }),
]);
export type WorkflowStep = z.infer<typeof workflowStepSchema>;
export type WorkflowStepKind = WorkflowStep['kind'];
export const workflowStepKinds = workflowStepSchema.options.map(
  (o) => o.shape.kind.value,
) as readonly WorkflowStepKind[];

export type CoordinationParty = {
  readonly department: string;
  readonly directorate?: string;
  readonly decision: 'pending' | 'signed-off' | 'commented';
  readonly comments: readonly string[];
  /** Who signed off (or last commented), when, and the fingerprint of the text they saw. */
  readonly signedBy?: string;
  readonly signedAt?: string;
  readonly fingerprint?: string;
};
/** A party's standing against the current text: a sign-off on another text is void. */
export type PartyStatus = CoordinationParty['decision'] | 'voided';

export type RecordedStep = {
  readonly step: WorkflowStep;
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly actor: string;
  readonly userId?: string;
  readonly at: string;
  /** The fingerprint of the text the step was taken on (sign-off, comment, submit, approve, send). */
  readonly fingerprint?: string;
};

/** The edition as it was sent to Parliament, with the redactions confirmed for its public versions. */
export type SentRecord = Omit<EditionRecord, 'workflow'>;

export type ResponseWorkflow = {
  readonly editionId: string;
  readonly state: WorkflowState;
  readonly coordination: readonly CoordinationParty[];
  /** The fingerprint every party had signed when the memo went to the minister's office. */
  readonly submittedFingerprint?: string;
  /** What the minister's office approved, and on which day. */
  readonly approvedFingerprint?: string;
  readonly approvedOn?: string;
  readonly sentOn?: string;
  /** Frozen at sending: the public letter, nota and page are built from it ever after. */
  readonly sentRecord?: SentRecord;
  readonly kamerstuk?: string;
  readonly steps: readonly RecordedStep[];
};

/** What a step needs to know besides the workflow: who takes it, and the text as it stands now. */
export type WorkflowFacts = {
  readonly authority: WorkflowAuthority;
  /** The department whose minister's office approves; undefined for an edition that names none. */
  readonly leadDepartment: string | undefined;
  /** The fingerprint of the text now (`responseFingerprint`). */
  readonly fingerprint: string;
  /** Proposed redactions without a decision, described for the message; `send` waits for them. */
  readonly undecidedRedactions: readonly string[];
  /** The record as the letter prints it now, with the confirmed redactions: frozen by `send`. */
  readonly printed: SentRecord;
};

/** Which steps each state allows; anything else is refused. */
export const allowedSteps: Readonly<Record<WorkflowState, readonly WorkflowStepKind[]>> = {
  draft: ['start-coordination'],
  coordination: ['sign-off', 'comment', 'return-to-draft', 'submit-memo'],
  'memo-for-decision': ['approve', 'reject'],
  approved: ['send', 'return-to-draft'],
  'sent-to-parliament': ['publish'],
  published: [],
};

export const stateLabel: Record<WorkflowState, string> = {
  draft: 'draft',
  coordination: 'coordination',
  'memo-for-decision': 'memo for decision',
  approved: 'approved',
  'sent-to-parliament': 'sent to Parliament',
  published: 'published',
};

/** The states in which texts may change. */
export const editableStates: readonly WorkflowState[] = ['draft', 'coordination'];

export function newResponseWorkflow(editionId: string): ResponseWorkflow {
  return { editionId, state: 'draft', coordination: [], steps: [] };
}

type PartyName = { readonly department: string; readonly directorate?: string | undefined };
export const partyName = (p: PartyName) => (p.directorate ? `${p.department}/${p.directorate}` : p.department);
const sameParty = (a: PartyName, b: PartyName) =>
  a.department === b.department && (a.directorate ?? '') === (b.directorate ?? '');

export function partyStatus(party: CoordinationParty, fingerprint: string): PartyStatus {
  return party.decision === 'signed-off' && party.fingerprint !== fingerprint ? 'voided' : party.decision;
}

/** Why texts may not change in this state (and what to do), or null while they may. */
export function editingRefusal(workflow: ResponseWorkflow | undefined, what: string): FollowupError | null {
  const state = workflow?.state ?? 'draft';
  if (editableStates.includes(state)) return null;
  const todo: Record<WorkflowState, string> = {
    draft: '',
    coordination: '',
    'memo-for-decision':
      "the memo is with the minister's office for decision: ask it to reject the memo (back to draft) first, then edit",
    approved:
      'the response is approved: return it to draft first (the approval lapses and the text needs sign-off again)',
    'sent-to-parliament': `the letter was sent to Parliament${workflow?.sentOn ? ` on ${workflow.sentOn}` : ''} and is final; answer in a later letter instead`,
    published: 'the response is published and final; answer in a later letter instead',
  };
  return new FollowupError(`${what} cannot change now: ${todo[state]}.`, 'illegal-step');
}

/** Resolves which coordination party a sign-off or comment is for: the department of whoever gives it. */
function partyOf(
  w: ResponseWorkflow,
  step: Extract<WorkflowStep, { kind: 'sign-off' | 'comment' }>,
  facts: WorkflowFacts,
): number {
  const who = facts.authority;
  let department = step.department;
  if (who.kind === 'user') {
    const refusal = whoMayRefuse(
      step.kind,
      facts.authority,
      facts.leadDepartment,
      step.department ?? who.department ?? undefined,
    );
    if (refusal) throw refusal;
    department = who.department ?? undefined;
  }
  if (!department)
    throw new FollowupError(`Name the department the ${step.kind} is for (e.g. "department": "VWS").`, 'invalid-input');
  const ofDepartment = w.coordination.map((p, index) => ({ p, index })).filter(({ p }) => p.department === department);
  const match = step.directorate
    ? ofDepartment.filter(({ p }) => sameParty(p, { department, directorate: step.directorate }))
    : ofDepartment;
  if (match.length === 1) return (match[0] as { index: number }).index;
  if (match.length > 1)
    throw new FollowupError(
      `${department} takes part with several directorates (${match.map(({ p }) => p.directorate ?? department).join(', ')}): name the directorate the ${step.kind} is for.`,
      'invalid-input',
      match.map(({ p }) => partyName(p)),
    );
  throw new FollowupError(
    `${partyName({ department, directorate: step.directorate })} is not a party to the coordination of edition ${w.editionId}; parties: ${w.coordination.map(partyName).join(', ')}.`,
    'illegal-step',
  );
}

/** Why the step cannot be taken now (state, who, the text), or null when it can; used by apply and by the screen. */
export function stepRefusal(
  workflow: ResponseWorkflow,
  kind: WorkflowStepKind,
  facts: WorkflowFacts,
): FollowupError | null {
  const allowed = allowedSteps[workflow.state];
  if (!allowed.includes(kind)) {
    const options = allowed.length ? `allowed now: ${allowed.join(', ')}` : 'a published response is final';
    return new FollowupError(
      `Cannot "${kind}" the response to edition ${workflow.editionId}: it is ${stateLabel[workflow.state]} (${options}).`,
      'illegal-step',
    );
  }
  if (kind !== 'sign-off' && kind !== 'comment') {
    const refusal = whoMayRefuse(kind, facts.authority, facts.leadDepartment);
    if (refusal) return refusal;
  }
  const current = facts.fingerprint;
  switch (kind) {
    case 'submit-memo': {
      const missing = workflow.coordination.filter((p) => partyStatus(p, current) !== 'signed-off');
      if (missing.length === 0) return null;
      const why = (p: CoordinationParty) =>
        partyStatus(p, current) === 'voided'
          ? `${partyName(p)} (voided: the text changed after it signed)`
          : partyName(p);
      return new FollowupError(
        `Cannot submit the memo for edition ${workflow.editionId}: no sign-off yet on the current text from ${missing.map(why).join(', ')}.`,
        'illegal-step',
        missing.map(partyName),
      );
    }
    case 'approve':
      return workflow.submittedFingerprint && workflow.submittedFingerprint !== current
        ? new FollowupError(
            `Cannot approve edition ${workflow.editionId}: its text changed after the memo was submitted; reject the memo so the new text is coordinated again.`,
            'illegal-step',
          )
        : null;
    case 'send':
      if (facts.undecidedRedactions.length > 0)
        return new FollowupError(
          `Cannot send the letter for edition ${workflow.editionId}: ${facts.undecidedRedactions.length} proposed redaction(s) have no decision yet; decide on each (redact or keep) first.`,
          'illegal-step',
          facts.undecidedRedactions,
        );
      return workflow.approvedFingerprint && workflow.approvedFingerprint !== current
        ? new FollowupError(
            `Cannot send the letter for edition ${workflow.editionId}: its text changed after the minister's office approved it; return it to draft and have the new text approved.`,
            'illegal-step',
          )
        : null;
    default:
      return null;
  }
}

/**
 * The steps the one taking them may take now (state, role, department, the text's sign-offs): what
 * the screen offers. A sign-off or comment is offered to an officer of a party's department.
 */
export function stepsAllowedFor(workflow: ResponseWorkflow, facts: WorkflowFacts): WorkflowStepKind[] {
  const who = facts.authority;
  return allowedSteps[workflow.state].filter((kind) => {
    if (kind === 'sign-off' || kind === 'comment') {
      if (who.kind !== 'user') return true;
      return (
        whoMayRefuse(kind, who, facts.leadDepartment, who.department ?? undefined) === null &&
        workflow.coordination.some((p) => p.department === who.department)
      );
    }
    return stepRefusal(workflow, kind, facts) === null;
  });
}

/** Applies one step, or throws a FollowupError that says why it is refused and what is allowed. */
export function applyWorkflowStep(
  workflow: ResponseWorkflow,
  step: WorkflowStep,
  context: ChangeContext,
  facts: WorkflowFacts,
): ResponseWorkflow {
  const refusal = stepRefusal(workflow, step.kind, facts);
  if (refusal) throw refusal;
  const { next, taken } = nextWorkflow(workflow, step, context, facts);
  const recorded: RecordedStep = {
    step: taken,
    from: workflow.state,
    to: next.state,
    actor: context.actor.name,
    ...(context.actor.userId ? { userId: context.actor.userId } : {}),
    at: context.at,
    ...(taken.kind === 'start-coordination' || taken.kind === 'publish' || taken.kind === 'return-to-draft'
      ? {}
      : { fingerprint: facts.fingerprint }),
  };
  return { ...next, steps: [...workflow.steps, recorded] };
}

function nextWorkflow(
  w: ResponseWorkflow,
  step: WorkflowStep,
  context: ChangeContext,
  facts: WorkflowFacts,
): { next: ResponseWorkflow; taken: WorkflowStep } {
  const day = context.at.slice(0, 10);
  switch (step.kind) {
    case 'start-coordination': {
      // a party that signed before keeps its sign-off: it stays valid while the text is unchanged
      const coordination = step.parties.map(
        (p): CoordinationParty =>
          w.coordination.find((q) => sameParty(q, p)) ?? { ...p, decision: 'pending', comments: [] },
      );
      return { next: { ...w, state: 'coordination', coordination }, taken: step };
    }
    case 'sign-off':
    case 'comment': {
      const index = partyOf(w, step, facts);
      const party = w.coordination[index] as CoordinationParty;
      const signed = { signedBy: context.actor.name, signedAt: context.at, fingerprint: facts.fingerprint };
      const coordination = w.coordination.map((p, i): CoordinationParty => {
        if (i !== index) return p;
        return step.kind === 'sign-off'
          ? { ...p, decision: 'signed-off', ...signed }
          : { ...p, decision: 'commented', comments: [...p.comments, step.text], ...signed };
      });
      const taken = {
        ...step,
        department: party.department,
        ...(party.directorate ? { directorate: party.directorate } : {}),
      };
      return { next: { ...w, coordination }, taken };
    }
    case 'return-to-draft':
    case 'reject': {
      const { submittedFingerprint: _s, approvedFingerprint: _a, approvedOn: _o, ...rest } = w;
      return { next: { ...rest, state: 'draft' }, taken: step };
    }
    case 'submit-memo':
      return { next: { ...w, state: 'memo-for-decision', submittedFingerprint: facts.fingerprint }, taken: step };
    case 'approve':
      return {
        next: { ...w, state: 'approved', approvedFingerprint: facts.fingerprint, approvedOn: day },
        taken: step,
      };
    case 'send': {
      const sentOn = step.date ?? day;
      const printed = facts.printed;
      const sentRecord: SentRecord = {
        ...printed,
        edition: { ...printed.edition, letter: { ...printed.edition.letter, date: sentOn } },
      };
      return { next: { ...w, state: 'sent-to-parliament', sentOn, sentRecord }, taken: { ...step, date: sentOn } };
    }
    case 'publish':
      return { next: { ...w, state: 'published', kamerstuk: step.kamerstuk }, taken: step };
  }
}
