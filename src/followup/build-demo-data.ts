import { changeCommitmentStatus, recordCommitment } from './commitment-changes.ts';
import { commitments2018, edition2018, recommendations2018, responses2018 } from './demo-edition-2018-2022.ts';
import { coordination2020, edition2020, recommendations2020, responses2020 } from './demo-edition-2020-2024.ts';
import type { FollowupData } from './followup-data.ts';
import type { ChangeContext, Commitment, HistoryEntry } from './followup-model.ts';
import {
  applyWorkflowStep,
  newResponseWorkflow,
  type ResponseWorkflow,
  type WorkflowStep,
} from './response-workflow.ts';

const demoActor = { name: 'demo-data' };

/** The two seed editions as tracker data, built through the same functions an officer uses. */
export function buildDemoData(): FollowupData {
  const history: HistoryEntry[] = [];
  const at2018 = { actor: demoActor, at: '2024-06-28T12:00:00Z' };
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

  const run = (editionId: string, steps: readonly [WorkflowStep, ChangeContext][]): ResponseWorkflow => {
    let workflow = newResponseWorkflow(editionId);
    for (const [step, context] of steps) {
      workflow = applyWorkflowStep(workflow, step, context);
      history.push({
        entity: 'workflow',
        entityId: editionId,
        at: context.at,
        actor: context.actor.name,
        action: step.kind,
        detail: { step },
      });
    }
    return workflow;
  };
  const ctx = (at: string): ChangeContext => ({ actor: demoActor, at });
  const parties2018 = [{ department: 'JenV', directorate: 'DGSenB' }, { department: 'VWS' }, { department: 'OCW' }];
  const workflow2018 = run('2018-2022', [
    [{ kind: 'start-coordination', parties: parties2018 }, ctx('2024-05-20T09:00:00Z')],
    ...parties2018.map((p): [WorkflowStep, ChangeContext] => [{ kind: 'sign-off', ...p }, ctx('2024-06-05T09:00:00Z')]),
    [{ kind: 'submit-memo' }, ctx('2024-06-14T09:00:00Z')],
    [{ kind: 'approve' }, ctx('2024-06-25T09:00:00Z')],
    [{ kind: 'send', date: '2024-06-28' }, ctx('2024-06-28T09:00:00Z')],
    [{ kind: 'publish', kamerstuk: 'Kamerstukken II 2023/24, 31 015, nr. 275' }, ctx('2024-07-02T09:00:00Z')],
  ]);
  const workflow2020 = run('2020-2024', [
    [{ kind: 'start-coordination', parties: [...coordination2020.parties] }, ctx(coordination2020.startedAt)],
    ...coordination2020.parties.map((p): [WorkflowStep, ChangeContext] => [
      { kind: 'sign-off', ...p },
      ctx('2026-03-10T09:00:00Z'),
    ]),
    [{ kind: 'submit-memo' }, ctx(coordination2020.memoAt)],
  ]);

  return {
    editions: [edition2018, edition2020],
    recommendations: [...recommendations2018, ...recommendations2020],
    responses: [...responses2018, ...responses2020],
    commitments,
    workflows: [workflow2018, workflow2020],
    history,
  };
}
