import { describe, expect, it } from 'vitest';
import { FollowupError } from './followup-error.ts';
import {
  allowedSteps,
  applyWorkflowStep,
  newResponseWorkflow,
  type ResponseWorkflow,
  type WorkflowState,
  type WorkflowStep,
  type WorkflowStepKind,
  workflowStates,
  workflowStepKinds,
} from './response-workflow.ts';

const context = { actor: { name: 'Beleidsmedewerker A' }, at: '2026-03-01T10:00:00Z' };
const jenv = { department: 'JenV', directorate: 'DGRR' };
const vws = { department: 'VWS' };

const sample: Record<WorkflowStepKind, WorkflowStep> = {
  'start-coordination': { kind: 'start-coordination', parties: [jenv, vws] },
  'sign-off': { kind: 'sign-off', ...jenv },
  comment: { kind: 'comment', ...vws, text: 'Graag de zin over de GGD aanpassen.' },
  'return-to-draft': { kind: 'return-to-draft', reason: 'Opmerkingen VWS verwerken' },
  'submit-memo': { kind: 'submit-memo' },
  approve: { kind: 'approve' },
  reject: { kind: 'reject', reason: 'Toon moet stelliger' },
  send: { kind: 'send', date: '2026-04-02' },
  publish: { kind: 'publish', kamerstuk: 'Kamerstukken II 2025/26, 31 015, nr. 300' },
};

/** A legal path into each state (coordination with every party signed off, so submit-memo is legal). */
function reach(state: WorkflowState): ResponseWorkflow {
  const path: WorkflowStep[] = [
    sample['start-coordination'],
    { kind: 'sign-off', ...jenv },
    { kind: 'sign-off', ...vws },
    sample['submit-memo'],
    sample.approve,
    sample.send,
    sample.publish,
  ];
  const stops: Record<WorkflowState, number> = {
    draft: 0,
    coordination: 3,
    'memo-for-decision': 4,
    approved: 5,
    'sent-to-parliament': 6,
    published: 7,
  };
  return path
    .slice(0, stops[state])
    .reduce((w, s) => applyWorkflowStep(w, s, context), newResponseWorkflow('2020-2024'));
}

const expectedTarget: Partial<Record<`${WorkflowState}:${WorkflowStepKind}`, WorkflowState>> = {
  'draft:start-coordination': 'coordination',
  'coordination:sign-off': 'coordination',
  'coordination:comment': 'coordination',
  'coordination:return-to-draft': 'draft',
  'coordination:submit-memo': 'memo-for-decision',
  'memo-for-decision:approve': 'approved',
  'memo-for-decision:reject': 'draft',
  'approved:send': 'sent-to-parliament',
  'sent-to-parliament:publish': 'published',
};

describe('response workflow', () => {
  it('the table of allowed steps is exactly the expected transitions', () => {
    const fromTable = workflowStates.flatMap((s) => allowedSteps[s].map((k) => `${s}:${k}`)).sort();
    expect(fromTable).toEqual(Object.keys(expectedTarget).sort());
  });

  for (const state of workflowStates) {
    for (const kind of workflowStepKinds) {
      const target = expectedTarget[`${state}:${kind}`];
      if (target) {
        it(`allows ${kind} from ${state} → ${target} and records it`, () => {
          const before = reach(state);
          const after = applyWorkflowStep(before, sample[kind], {
            actor: { name: 'Directeur B', userId: 'u-7' },
            at: '2026-03-05T09:00:00Z',
          });
          expect(after.state).toBe(target);
          expect(after.steps).toHaveLength(before.steps.length + 1);
          expect(after.steps.at(-1)).toEqual({
            step: sample[kind],
            from: state,
            to: target,
            actor: 'Directeur B',
            userId: 'u-7',
            at: '2026-03-05T09:00:00Z',
          });
        });
      } else {
        it(`refuses ${kind} from ${state} with a message naming the state and the allowed steps`, () => {
          const before = reach(state);
          let error: unknown;
          try {
            applyWorkflowStep(before, sample[kind], context);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(FollowupError);
          const message = (error as FollowupError).message;
          expect(message).toContain(`Cannot "${kind}"`);
          expect(message).toMatch(
            state === 'published' ? /final/ : new RegExp(`allowed now: ${allowedSteps[state].join(', ')}`),
          );
        });
      }
    }
  }

  it('refuses submit-memo while a party has not signed off, naming it', () => {
    let w = applyWorkflowStep(newResponseWorkflow('e'), sample['start-coordination'], context);
    w = applyWorkflowStep(w, { kind: 'sign-off', ...jenv }, context);
    w = applyWorkflowStep(w, sample.comment, context);
    expect(w.coordination.find((p) => p.department === 'VWS')).toMatchObject({
      decision: 'commented',
      comments: ['Graag de zin over de GGD aanpassen.'],
    });
    expect(() => applyWorkflowStep(w, sample['submit-memo'], context)).toThrow('no sign-off yet from VWS');
  });

  it('refuses a sign-off from a party outside the coordination', () => {
    const w = applyWorkflowStep(newResponseWorkflow('e'), sample['start-coordination'], context);
    expect(() => applyWorkflowStep(w, { kind: 'sign-off', department: 'OCW' }, context)).toThrow('OCW is not a party');
  });

  it('keeps sent date and Kamerstuk', () => {
    const w = reach('published');
    expect(w.sentOn).toBe('2026-04-02');
    expect(w.kamerstuk).toBe('Kamerstukken II 2025/26, 31 015, nr. 300');
    expect(w.steps.map((s) => s.to)).toEqual([
      'coordination',
      'coordination',
      'coordination',
      'memo-for-decision',
      'approved',
      'sent-to-parliament',
      'published',
    ]);
  });
});
