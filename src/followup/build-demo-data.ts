import { changeCommitmentStatus, recordCommitment } from './commitments/commitment-changes.ts';
import {
  commitments2018,
  edition2018,
  letterDate2018,
  recommendations2018,
  responses2018,
} from './demo-edition-2018-2022.ts';
import { coordination2020, edition2020, recommendations2020, responses2020 } from './demo-edition-2020-2024.ts';
import type { EditionRecord, FollowupData } from './followup-data.ts';
import type { ChangeContext, Commitment, Edition, HistoryEntry } from './followup-model.ts';
import { type EditionRedactionDecision, redactionState } from './redaction/redaction-decisions.ts';
import { demoPosts } from './commitments/demo-posts.ts';
import { responseFingerprint } from './workflow/response-fingerprint.ts';
import {
  applyWorkflowStep,
  newResponseWorkflow,
  type ResponseWorkflow,
  type WorkflowStep,
} from './workflow/response-workflow.ts';

// the demo officer of the lead department (the `beleid@` account), so the history reads as an officer's
const demoActor = { name: 'Demo Beleidsmedewerker' };
/** Who initialled for each party in the demo: fictitious officers, as the internal nota's parafen route names them. */
const demoSigners: Readonly<Record<string, string>> = {
  'JenV/DGSenB': 'R. Fictief',
  'JenV/DGRR': 'M. Proefmans',
  'JenV/DGPenV': 'S. Oefening',
  VWS: 'A. Voorbeeldt',
  OCW: 'K. Testeling',
};
const signer = (p: { department: string; directorate?: string }) => ({
  name: demoSigners[p.directorate ? `${p.department}/${p.directorate}` : p.department] ?? demoActor.name,
});
/** Both seed responses were led by Justice and Security (the nota's sender is a JenV directorate). */
const led = (edition: Edition): Edition => ({ ...edition, leadDepartment: edition.leadDepartment ?? 'JenV' });

/**
 * The two seed editions as tracker data, built through the same functions an officer uses: the
 * departments sign the text as it stands (its fingerprint), the 2018–2022 response was approved,
 * its proposed redactions decided (each proposal followed), sent and published; the 2020–2024
 * response waits for the minister's decision, so nothing of it is public.
 */
export function buildDemoData(): FollowupData {
  const history: HistoryEntry[] = [];
  const at2018 = { actor: demoActor, at: `${letterDate2018}T12:00:00Z` };
  const commitments: Commitment[] = commitments2018.map((input) => {
    const changed = recordCommitment(input, at2018, () => input.id ?? '');
    history.push(changed.history);
    return changed.value;
  });
  // The question from the debate of 6 March 2024 was answered in the letter itself.
  const answered = changeCommitmentStatus(
    commitments[0] as Commitment,
    { status: 'met', evidence: 'Beantwoord in de beleidsreactie, Kamerstukken II 2023/24, 31 015, nr. 275' },
    at2018,
  );
  commitments[0] = answered.value;
  history.push(answered.history);

  const edition2018Led = led(edition2018);
  const edition2020Led = led(edition2020);
  const record2018: EditionRecord = {
    edition: edition2018Led,
    recommendations: recommendations2018,
    responses: responses2018,
    commitments: commitments.filter((c) => c.editionId === edition2018.id),
  };
  const record2020: EditionRecord = {
    edition: edition2020Led,
    recommendations: recommendations2020,
    responses: responses2020,
    commitments: commitments.filter((c) => c.editionId === edition2020.id),
  };
  const redactionDecisions: EditionRedactionDecision[] = [];

  const run = (record: EditionRecord, steps: readonly [WorkflowStep, ChangeContext][]): ResponseWorkflow => {
    const editionId = record.edition.id;
    let workflow = newResponseWorkflow(editionId);
    for (const [step, context] of steps) {
      const current: EditionRecord = { ...record, workflow };
      const redactions = redactionState(
        current,
        [],
        redactionDecisions.filter((d) => d.editionId === editionId),
      );
      if (step.kind === 'send') {
        // the officer follows every proposal: redact on the proposed ground, keep where none applies
        for (const p of redactions.undecided)
          redactionDecisions.push({
            editionId,
            proposalId: p.id,
            decision: p.ground ? 'redact' : 'keep',
            ground: p.ground,
            decidedBy: demoActor.name,
            decidedAt: context.at,
          });
      }
      const decided = redactionState(
        current,
        [],
        redactionDecisions.filter((d) => d.editionId === editionId),
      );
      const from = workflow.state;
      workflow = applyWorkflowStep(workflow, step, context, {
        authority: { kind: 'local-administrator' },
        leadDepartment: record.edition.leadDepartment,
        fingerprint: responseFingerprint(record),
        undecidedRedactions: decided.undecided.map((p) => p.id),
        printed: { ...record, redactions: decided.confirmed },
      });
      history.push({
        entity: 'workflow',
        entityId: editionId,
        at: context.at,
        actor: context.actor.name,
        action: step.kind,
        detail: { step: workflow.steps.at(-1)?.step ?? step, from, to: workflow.state },
      });
    }
    return workflow;
  };
  const ctx = (at: string): ChangeContext => ({ actor: demoActor, at });
  const parties2018 = [{ department: 'JenV', directorate: 'DGSenB' }, { department: 'VWS' }, { department: 'OCW' }];
  const workflow2018 = run(record2018, [
    [{ kind: 'start-coordination', parties: parties2018 }, ctx('2024-05-20T09:00:00Z')],
    ...parties2018.map((p): [WorkflowStep, ChangeContext] => [
      { kind: 'sign-off', ...p },
      { actor: signer(p), at: '2024-06-05T09:00:00Z' },
    ]),
    [{ kind: 'submit-memo' }, ctx('2024-06-14T09:00:00Z')],
    [{ kind: 'approve' }, ctx(`${letterDate2018}T09:00:00Z`)],
    [{ kind: 'send', date: letterDate2018 }, ctx(`${letterDate2018}T15:00:00Z`)],
    [{ kind: 'publish', kamerstuk: 'Kamerstukken II 2023/24, 31 015, nr. 275' }, ctx('2024-07-02T09:00:00Z')],
  ]);
  const workflow2020 = run(record2020, [
    [{ kind: 'start-coordination', parties: [...coordination2020.parties] }, ctx(coordination2020.startedAt)],
    ...coordination2020.parties.map((p): [WorkflowStep, ChangeContext] => [
      { kind: 'sign-off', ...p },
      { actor: signer(p), at: '2026-03-10T09:00:00Z' },
    ]),
    [{ kind: 'submit-memo' }, ctx(coordination2020.memoAt)],
  ]);

  return {
    editions: [edition2018Led, edition2020Led],
    recommendations: [...recommendations2018, ...recommendations2020],
    responses: [...responses2018, ...responses2020],
    commitments,
    workflows: [workflow2018, workflow2020],
    history,
    // in the order the store keeps them, so a round trip through the store gives the same data
    posts: [...demoPosts].sort((a, b) => a.department.localeCompare(b.department) || a.id.localeCompare(b.id)),
    redactionDecisions: redactionDecisions.sort(
      (a, b) =>
        a.editionId.localeCompare(b.editionId) ||
        a.decidedAt.localeCompare(b.decidedAt) ||
        (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0),
    ),
  };
}
