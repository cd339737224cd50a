import { z } from 'zod';
import { FollowupError } from './followup-error.ts';
import type { ChangeContext } from './followup-model.ts';

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

const party = { department: z.string().min(1), directorate: z.string().min(1).optional() };

/** Every step an officer or minister can take; validated once at the edge. */
export const workflowStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start-coordination'), parties: z.array(z.object(party)).min(1) }),
  z.object({ kind: z.literal('sign-off'), ...party }),
  z.object({ kind: z.literal('comment'), ...party, text: z.string().min(1) }),
  z.object({ kind: z.literal('return-to-draft'), reason: z.string().min(1) }),
  z.object({ kind: z.literal('submit-memo') }),
  z.object({ kind: z.literal('approve') }),
  z.object({ kind: z.literal('reject'), reason: z.string().min(1) }),
  z.object({ kind: z.literal('send'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
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
};

export type RecordedStep = {
  readonly step: WorkflowStep;
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly actor: string;
  readonly userId?: string;
  readonly at: string;
};

export type ResponseWorkflow = {
  readonly editionId: string;
  readonly state: WorkflowState;
  readonly coordination: readonly CoordinationParty[];
  readonly sentOn?: string;
  readonly kamerstuk?: string;
  readonly steps: readonly RecordedStep[];
};

/** Which steps each state allows; anything else is refused. */
export const allowedSteps: Readonly<Record<WorkflowState, readonly WorkflowStepKind[]>> = {
  draft: ['start-coordination'],
  coordination: ['sign-off', 'comment', 'return-to-draft', 'submit-memo'],
  'memo-for-decision': ['approve', 'reject'],
  approved: ['send'],
  'sent-to-parliament': ['publish'],
  published: [],
};

const stateLabel: Record<WorkflowState, string> = {
  draft: 'draft',
  coordination: 'coordination',
  'memo-for-decision': 'memo for decision',
  approved: 'approved',
  'sent-to-parliament': 'sent to Parliament',
  published: 'published',
};

export function newResponseWorkflow(editionId: string): ResponseWorkflow {
  return { editionId, state: 'draft', coordination: [], steps: [] };
}

const partyName = (p: { department: string; directorate?: string | undefined }) =>
  p.directorate ? `${p.department}/${p.directorate}` : p.department;
const sameParty = (a: { department: string; directorate?: string | undefined }, b: typeof a) =>
  a.department === b.department && (a.directorate ?? '') === (b.directorate ?? '');

/** Applies one step, or throws a FollowupError that says why it is refused and what is allowed. */
export function applyWorkflowStep(
  workflow: ResponseWorkflow,
  step: WorkflowStep,
  context: ChangeContext,
): ResponseWorkflow {
  const allowed = allowedSteps[workflow.state];
  if (!allowed.includes(step.kind)) {
    const options = allowed.length ? `allowed now: ${allowed.join(', ')}` : 'a published response is final';
    throw new FollowupError(
      `Cannot "${step.kind}" the response to edition ${workflow.editionId}: it is ${stateLabel[workflow.state]} (${options}).`,
      'illegal-step',
    );
  }
  const next = nextWorkflow(workflow, step);
  const recorded: RecordedStep = {
    step,
    from: workflow.state,
    to: next.state,
    actor: context.actor.name,
    ...(context.actor.userId ? { userId: context.actor.userId } : {}),
    at: context.at,
  };
  return { ...next, steps: [...workflow.steps, recorded] };
}

function nextWorkflow(w: ResponseWorkflow, step: WorkflowStep): ResponseWorkflow {
  switch (step.kind) {
    case 'start-coordination':
      return {
        ...w,
        state: 'coordination',
        coordination: step.parties.map((p) => ({ ...p, decision: 'pending', comments: [] })),
      };
    case 'sign-off':
    case 'comment': {
      const index = w.coordination.findIndex((p) => sameParty(p, step));
      if (index < 0) {
        throw new FollowupError(
          `${partyName(step)} is not a party to the coordination of edition ${w.editionId}; parties: ${w.coordination.map(partyName).join(', ')}.`,
          'illegal-step',
        );
      }
      const coordination = w.coordination.map((p, i) => {
        if (i !== index) return p;
        return step.kind === 'sign-off'
          ? { ...p, decision: 'signed-off' as const }
          : { ...p, decision: 'commented' as const, comments: [...p.comments, step.text] };
      });
      return { ...w, coordination };
    }
    case 'return-to-draft':
    case 'reject':
      return { ...w, state: 'draft' };
    case 'submit-memo': {
      const pending = w.coordination.filter((p) => p.decision !== 'signed-off');
      if (pending.length > 0) {
        throw new FollowupError(
          `Cannot submit the memo for edition ${w.editionId}: no sign-off yet from ${pending.map(partyName).join(', ')}.`,
          'illegal-step',
          pending.map(partyName),
        );
      }
      return { ...w, state: 'memo-for-decision' };
    }
    case 'approve':
      return { ...w, state: 'approved' };
    case 'send':
      return { ...w, state: 'sent-to-parliament', sentOn: step.date };
    case 'publish':
      return { ...w, state: 'published', kamerstuk: step.kamerstuk };
  }
}
