import type { Store } from '../store/index.ts';
import {
  type Changed,
  type CommitmentInput,
  changeCommitmentStatus,
  recordCommitment,
  type StatusChange,
} from './commitment-changes.ts';
import type { FollowupData } from './followup-data.ts';
import { FollowupError } from './followup-error.ts';
import type {
  ChangeContext,
  Commitment,
  Edition,
  HistoryEntry,
  Recommendation,
  RecommendationResponse,
} from './followup-model.ts';
import {
  applyWorkflowStep,
  newResponseWorkflow,
  type ResponseWorkflow,
  type WorkflowStep,
} from './response-workflow.ts';

/** The tracker's adapter to the store: loads plain data, saves each change with its history in one transaction. */

const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export async function loadFollowupData(store: Store): Promise<FollowupData> {
  const data = async <T>(sql: string) => (await store.all<{ data: unknown }>(sql)).map((r) => parse<T>(r.data));
  const history = await store.all<{
    entity: HistoryEntry['entity'];
    entity_id: string;
    changed_at: string;
    actor: string;
    action: string;
    detail: unknown;
  }>('SELECT entity, entity_id, changed_at, actor, action, detail FROM followup_history ORDER BY seq');
  return {
    editions: await data<Edition>('SELECT data FROM followup_edition ORDER BY edition_id'),
    recommendations: await data<Recommendation>('SELECT data FROM followup_recommendation ORDER BY edition_id, number'),
    responses: await data<RecommendationResponse>('SELECT data FROM followup_response ORDER BY edition_id, number'),
    commitments: await data<Commitment>('SELECT data FROM followup_commitment ORDER BY edition_id, commitment_id'),
    workflows: await data<ResponseWorkflow>('SELECT data FROM followup_workflow ORDER BY edition_id'),
    history: history.map((h) => ({
      entity: h.entity,
      entityId: h.entity_id,
      at: h.changed_at,
      actor: h.actor,
      action: h.action,
      detail: parse(h.detail),
    })),
  };
}

async function putCommitment(store: Store, c: Commitment): Promise<void> {
  await store.run('DELETE FROM followup_commitment WHERE commitment_id = ?', [c.id]);
  await store.run('INSERT INTO followup_commitment VALUES (?, ?, ?, CAST(? AS DATE), ?, ?)', [
    c.id,
    c.editionId,
    c.ministry,
    c.promised.due,
    c.status,
    json(c),
  ]);
}

async function putWorkflow(store: Store, w: ResponseWorkflow): Promise<void> {
  await store.run('DELETE FROM followup_workflow WHERE edition_id = ?', [w.editionId]);
  await store.run('INSERT INTO followup_workflow VALUES (?, ?, ?)', [w.editionId, w.state, json(w)]);
}

async function addHistory(store: Store, h: HistoryEntry): Promise<void> {
  await store.run(
    'INSERT INTO followup_history (entity, entity_id, changed_at, actor, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
    [h.entity, h.entityId, h.at, h.actor, h.action, json(h.detail)],
  );
}

/** Replaces the whole tracker (seeding demo data or importing a full export) in one transaction. */
export async function replaceFollowupData(store: Store, data: FollowupData): Promise<void> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', () => replaceFollowupDataNow(store, data));
}

async function replaceFollowupDataNow(store: Store, data: FollowupData): Promise<void> {
  await store.transaction(async () => {
    for (const table of ['edition', 'recommendation', 'response', 'commitment', 'workflow', 'history'])
      await store.run(`DELETE FROM followup_${table}`);
    for (const e of data.editions) await store.run('INSERT INTO followup_edition VALUES (?, ?)', [e.id, json(e)]);
    for (const r of data.recommendations)
      await store.run('INSERT INTO followup_recommendation VALUES (?, ?, ?, ?)', [
        r.editionId,
        r.number,
        r.theme,
        json(r),
      ]);
    for (const r of data.responses)
      await store.run('INSERT INTO followup_response VALUES (?, ?, ?, ?)', [
        r.editionId,
        r.recommendationNumber,
        r.stance,
        json(r),
      ]);
    for (const c of data.commitments) await putCommitment(store, c);
    for (const w of data.workflows) await putWorkflow(store, w);
    for (const h of data.history) await addHistory(store, h);
  });
}

async function requireEdition(store: Store, editionId: string): Promise<void> {
  const rows = await store.all('SELECT 1 FROM followup_edition WHERE edition_id = ?', [editionId]);
  if (rows.length === 0) {
    const known = (await store.all<{ edition_id: string }>('SELECT edition_id FROM followup_edition ORDER BY 1')).map(
      (r) => r.edition_id,
    );
    throw new FollowupError(
      `No edition "${editionId}"; known editions: ${known.join(', ') || 'none (run `zicht followup seed`)'}.`,
      'not-found',
    );
  }
}

export async function findCommitment(store: Store, id: string): Promise<Commitment> {
  const rows = await store.all<{ data: unknown }>('SELECT data FROM followup_commitment WHERE commitment_id = ?', [id]);
  if (!rows[0]) throw new FollowupError(`No commitment "${id}".`, 'not-found');
  return parse<Commitment>(rows[0].data);
}

async function save(store: Store, changed: Changed<Commitment>): Promise<Commitment> {
  await store.transaction(async () => {
    await putCommitment(store, changed.value);
    await addHistory(store, changed.history);
  });
  return changed.value;
}

export async function storeNewCommitment(
  store: Store,
  input: CommitmentInput,
  context: ChangeContext,
  newId: () => string,
): Promise<Commitment> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', () => storeNewCommitmentNow(store, input, context, newId));
}

async function storeNewCommitmentNow(
  store: Store,
  input: CommitmentInput,
  context: ChangeContext,
  newId: () => string,
): Promise<Commitment> {
  await requireEdition(store, input.editionId);
  const changed = recordCommitment(input, context, newId);
  const existing = await store.all('SELECT 1 FROM followup_commitment WHERE commitment_id = ?', [changed.value.id]);
  if (existing.length > 0)
    throw new FollowupError(`Commitment "${changed.value.id}" exists already; change its status instead.`, 'conflict');
  return save(store, changed);
}

export async function storeCommitmentStatus(
  store: Store,
  id: string,
  change: StatusChange,
  context: ChangeContext,
): Promise<Commitment> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', () => storeCommitmentStatusNow(store, id, change, context));
}

async function storeCommitmentStatusNow(
  store: Store,
  id: string,
  change: StatusChange,
  context: ChangeContext,
): Promise<Commitment> {
  return save(store, changeCommitmentStatus(await findCommitment(store, id), change, context));
}

/** Upserts imported commitments (CSV or Toezegging JSON), each with an 'imported' history entry. */
export async function storeImportedCommitments(
  store: Store,
  commitments: readonly Commitment[],
  context: ChangeContext,
): Promise<number> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', () => storeImportedCommitmentsNow(store, commitments, context));
}

async function storeImportedCommitmentsNow(
  store: Store,
  commitments: readonly Commitment[],
  context: ChangeContext,
): Promise<number> {
  await store.transaction(async () => {
    for (const c of commitments) {
      await requireEdition(store, c.editionId);
      await putCommitment(store, c);
      await addHistory(store, {
        entity: 'commitment',
        entityId: c.id,
        at: context.at,
        actor: context.actor.name,
        action: 'imported',
        detail: { commitment: c },
      });
    }
  });
  return commitments.length;
}

export async function storeWorkflowStep(
  store: Store,
  editionId: string,
  step: WorkflowStep,
  context: ChangeContext,
): Promise<ResponseWorkflow> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', () => storeWorkflowStepNow(store, editionId, step, context));
}

async function storeWorkflowStepNow(
  store: Store,
  editionId: string,
  step: WorkflowStep,
  context: ChangeContext,
): Promise<ResponseWorkflow> {
  await requireEdition(store, editionId);
  const rows = await store.all<{ data: unknown }>('SELECT data FROM followup_workflow WHERE edition_id = ?', [
    editionId,
  ]);
  const current = rows[0] ? parse<ResponseWorkflow>(rows[0].data) : newResponseWorkflow(editionId);
  const next = applyWorkflowStep(current, step, context);
  await store.transaction(async () => {
    await putWorkflow(store, next);
    await addHistory(store, {
      entity: 'workflow',
      entityId: editionId,
      at: context.at,
      actor: context.actor.name,
      action: step.kind,
      detail: { step, from: current.state, to: next.state },
    });
  });
  return next;
}
