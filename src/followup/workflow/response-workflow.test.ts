import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../build-demo-data.ts';
import { editionRecord } from '../followup-data.ts';
import { FollowupError } from '../followup-error.ts';
import type { ChangeContext } from '../followup-model.ts';
import {
  allowedSteps,
  applyWorkflowStep,
  editingRefusal,
  newResponseWorkflow,
  partyStatus,
  type ResponseWorkflow,
  stepsAllowedFor,
  type WorkflowAuthority,
  type WorkflowFacts,
  type WorkflowState,
  type WorkflowStep,
  type WorkflowStepKind,
  workflowStates,
  workflowStepKinds,
} from './response-workflow.ts';

const context = { actor: { name: 'Beleidsmedewerker A' }, at: '2026-03-01T10:00:00Z' };
const jenv = { department: 'JenV', directorate: 'DGRR' };
const vws = { department: 'VWS' };
const printed = (() => {
  const { workflow: _w, ...rest } = editionRecord(buildDemoData(), '2020-2024') ?? expect.unreachable();
  return rest;
})();
const local: WorkflowAuthority = { kind: 'local-administrator' };
/** The facts of a step taken on the text with fingerprint `fingerprint` (default "text-1"). */
const facts = (over: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
  authority: local,
  leadDepartment: 'JenV',
  fingerprint: 'text-1',
  undecidedRedactions: [],
  printed,
  ...over,
});
const apply = (w: ResponseWorkflow, step: WorkflowStep, f: Partial<WorkflowFacts> = {}, c: ChangeContext = context) =>
  applyWorkflowStep(w, step, c, facts(f));
const officerOf = (department: string | null): WorkflowAuthority => ({ kind: 'user', role: 'officer', department });
const ministerOffice = (department: string): WorkflowAuthority => ({
  kind: 'user',
  role: 'minister-office',
  department,
});

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
  return path.slice(0, stops[state]).reduce((w, s) => apply(w, s), newResponseWorkflow('2020-2024'));
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
  'approved:return-to-draft': 'draft',
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
          const after = apply(
            before,
            sample[kind],
            {},
            { actor: { name: 'Directeur B', userId: 'u-7' }, at: '2026-03-05T09:00:00Z' },
          );
          expect(after.state).toBe(target);
          expect(after.steps).toHaveLength(before.steps.length + 1);
          expect(after.steps.at(-1)).toMatchObject({
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
            apply(before, sample[kind]);
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
    let w = apply(newResponseWorkflow('e'), sample['start-coordination']);
    w = apply(w, { kind: 'sign-off', ...jenv });
    w = apply(w, sample.comment);
    expect(w.coordination.find((p) => p.department === 'VWS')).toMatchObject({
      decision: 'commented',
      comments: ['Graag de zin over de GGD aanpassen.'],
    });
    expect(() => apply(w, sample['submit-memo'])).toThrow('no sign-off yet on the current text from VWS');
  });

  it('refuses a sign-off from a party outside the coordination', () => {
    const w = apply(newResponseWorkflow('e'), sample['start-coordination']);
    expect(() => apply(w, { kind: 'sign-off', department: 'OCW' })).toThrow('OCW is not a party');
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

describe('sign-off bound to the text', () => {
  const started = () => apply(newResponseWorkflow('e'), sample['start-coordination']);

  it('records who signed which text; a change of text voids the sign-off, and submit-memo names it', () => {
    let w = apply(
      started(),
      { kind: 'sign-off', directorate: 'DGRR' },
      { authority: officerOf('JenV') },
      {
        actor: { name: 'Anna JenV', userId: 'u-1' },
        at: '2026-03-02T09:00:00Z',
      },
    );
    w = apply(w, { kind: 'sign-off' }, { authority: officerOf('VWS') });
    expect(w.coordination[0]).toMatchObject({
      department: 'JenV',
      directorate: 'DGRR',
      decision: 'signed-off',
      signedBy: 'Anna JenV',
      signedAt: '2026-03-02T09:00:00Z',
      fingerprint: 'text-1',
    });
    // the department comes from the account: the recorded step names it
    expect(w.steps.at(-1)?.step).toEqual({ kind: 'sign-off', department: 'VWS' });
    expect(w.coordination.map((p) => partyStatus(p, 'text-1'))).toEqual(['signed-off', 'signed-off']);
    expect(w.coordination.map((p) => partyStatus(p, 'text-2'))).toEqual(['voided', 'voided']);
    expect(() => apply(w, sample['submit-memo'], { fingerprint: 'text-2' })).toThrow(
      'no sign-off yet on the current text from JenV/DGRR (voided: the text changed after it signed), VWS (voided',
    );
    // signing again on the new text makes it whole
    w = apply(w, { kind: 'sign-off', directorate: 'DGRR' }, { authority: officerOf('JenV'), fingerprint: 'text-2' });
    w = apply(w, { kind: 'sign-off' }, { authority: officerOf('VWS'), fingerprint: 'text-2' });
    const submitted = apply(w, sample['submit-memo'], { authority: officerOf('JenV'), fingerprint: 'text-2' });
    expect(submitted).toMatchObject({ state: 'memo-for-decision', submittedFingerprint: 'text-2' });
  });

  it('refuses a sign-off for another department, naming both, and one from an account without department', () => {
    const w = started();
    const refusal = (() => {
      try {
        apply(w, { kind: 'sign-off', department: 'VWS' }, { authority: officerOf('JenV') });
      } catch (e) {
        return e as FollowupError;
      }
    })();
    expect(refusal).toBeInstanceOf(FollowupError);
    expect(refusal?.code).toBe('forbidden');
    expect(refusal?.message).toBe('You are an officer of JenV; a sign-off for VWS must come from an officer of VWS.');
    expect(() => apply(w, { kind: 'sign-off' }, { authority: officerOf(null) })).toThrow('names no department');
    expect(() => apply(w, { kind: 'sign-off' }, { authority: ministerOffice('VWS') })).toThrow(
      "you are the minister's office of VWS, who does not sign off",
    );
    // an OCW officer's department takes no part at all
    expect(() => apply(w, { kind: 'sign-off' }, { authority: officerOf('OCW') })).toThrow('OCW is not a party');
  });

  it('asks for the directorate where a department takes part with several', () => {
    const w = apply(newResponseWorkflow('e'), {
      kind: 'start-coordination',
      parties: [jenv, { department: 'JenV', directorate: 'DGSenB' }],
    });
    expect(() => apply(w, { kind: 'sign-off' }, { authority: officerOf('JenV') })).toThrow(
      'JenV takes part with several directorates (DGRR, DGSenB)',
    );
  });

  it("lets only the lead department's minister's office approve or reject", () => {
    const memo = reach('memo-for-decision');
    for (const authority of [
      officerOf('JenV'),
      ministerOffice('VWS'),
      { kind: 'user', role: 'administrator', department: null } as const,
    ]) {
      expect(() => apply(memo, sample.approve, { authority })).toThrow(FollowupError);
      expect(() => apply(memo, sample.reject, { authority })).toThrow(/Only the minister's office/);
    }
    const approved = apply(
      memo,
      sample.approve,
      { authority: ministerOffice('JenV') },
      {
        actor: { name: 'Kabinet' },
        at: '2026-03-20T16:00:00Z',
      },
    );
    expect(approved).toMatchObject({ state: 'approved', approvedFingerprint: 'text-1', approvedOn: '2026-03-20' });
    expect(() => apply(memo, sample.approve, { authority: ministerOffice('JenV'), leadDepartment: undefined })).toThrow(
      'names no lead department',
    );
  });

  it('refuses approval of a text changed after submission, and sending one changed after approval', () => {
    expect(() => apply(reach('memo-for-decision'), sample.approve, { fingerprint: 'text-2' })).toThrow(
      'its text changed after the memo was submitted',
    );
    expect(() => apply(reach('approved'), sample.send, { fingerprint: 'text-2' })).toThrow(
      "its text changed after the minister's office approved it",
    );
  });

  it('refuses to send while a proposed redaction has no decision, and freezes the printed record when it sends', () => {
    const approved = reach('approved');
    expect(() => apply(approved, sample.send, { undecidedRedactions: ['nota.contacts[0].name: "Eva"'] })).toThrow(
      '1 proposed redaction(s) have no decision yet',
    );
    const sent = apply(approved, { kind: 'send' }, {}, { actor: { name: 'A' }, at: '2026-04-03T08:00:00Z' });
    expect(sent.sentOn).toBe('2026-04-03');
    expect(sent.sentRecord?.edition.letter.date).toBe('2026-04-03');
    expect(sent.sentRecord?.responses).toEqual(printed.responses);
  });

  it('offers each user only the steps they may take now', () => {
    const w = started();
    expect(stepsAllowedFor(w, facts({ authority: officerOf('VWS') }))).toEqual(['sign-off', 'comment']);
    expect(stepsAllowedFor(w, facts({ authority: officerOf('OCW') }))).toEqual([]);
    expect(stepsAllowedFor(w, facts({ authority: officerOf('JenV') }))).toEqual([
      'sign-off',
      'comment',
      'return-to-draft',
    ]);
    expect(stepsAllowedFor(reach('memo-for-decision'), facts({ authority: ministerOffice('JenV') }))).toEqual([
      'approve',
      'reject',
    ]);
    expect(stepsAllowedFor(reach('memo-for-decision'), facts({ authority: officerOf('JenV') }))).toEqual([]);
  });

  it('keeps texts editable in draft and coordination only, and says what to do otherwise', () => {
    expect(editingRefusal(undefined, 'The letter')).toBeNull();
    expect(editingRefusal(reach('coordination'), 'The letter')).toBeNull();
    expect(editingRefusal(reach('memo-for-decision'), 'The letter')?.message).toContain('reject the memo');
    expect(editingRefusal(reach('approved'), 'The letter')?.message).toContain('return it to draft first');
    expect(editingRefusal(reach('sent-to-parliament'), 'The letter')?.message).toContain('is final');
  });
});
