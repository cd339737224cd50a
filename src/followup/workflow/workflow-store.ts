import type { Store } from '../../store/index.ts';
import type { ChangeContext } from '../followup-model.ts';
import { addHistory, loadEditionRecord, putWorkflow } from '../followup-store.ts';
import type { KnownPerson } from '../redaction/redaction-decisions.ts';
import { loadRedactionDecisions, redactionState } from '../redaction/redaction-store.ts';
import { responseFingerprint } from './response-fingerprint.ts';
import {
  applyWorkflowStep,
  newResponseWorkflow,
  type ResponseWorkflow,
  type WorkflowAuthority,
  type WorkflowStep,
} from './response-workflow.ts';

/** Who takes a workflow step, and the people whose names the redaction proposals look for. */
export type WorkflowActor = { readonly authority: WorkflowAuthority; readonly knownPeople: readonly KnownPerson[] };

export async function storeWorkflowStep(
  store: Store,
  editionId: string,
  step: WorkflowStep,
  context: ChangeContext,
  actor: WorkflowActor,
): Promise<ResponseWorkflow> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', () => storeWorkflowStepNow(store, editionId, step, context, actor));
}

async function storeWorkflowStepNow(
  store: Store,
  editionId: string,
  step: WorkflowStep,
  context: ChangeContext,
  actor: WorkflowActor,
): Promise<ResponseWorkflow> {
  const record = await loadEditionRecord(store, editionId);
  const current = record.workflow ?? newResponseWorkflow(editionId);
  const redactions = redactionState(record, actor.knownPeople, await loadRedactionDecisions(store, editionId));
  const { workflow: _live, ...printed } = record;
  const next = applyWorkflowStep(current, step, context, {
    authority: actor.authority,
    leadDepartment: record.edition.leadDepartment,
    fingerprint: responseFingerprint(record),
    undecidedRedactions: redactions.undecided.map((p) => `${p.field}: "${p.text}"`),
    printed: { ...printed, redactions: redactions.confirmed },
  });
  const taken = next.steps.at(-1)?.step ?? step;
  await store.transaction(async () => {
    await putWorkflow(store, next);
    await addHistory(store, {
      entity: 'workflow',
      entityId: editionId,
      at: context.at,
      actor: context.actor.name,
      action: step.kind,
      detail: { step: taken, from: current.state, to: next.state },
    });
  });
  return next;
}
