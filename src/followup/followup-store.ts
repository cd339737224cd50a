import { refuseStaleCommitment } from './commitments/commitment-store.ts';
import type { Post } from './commitments/bewindspersonen.ts';
import type { Store } from '../store/index.ts';
import {
  type Changed,
  type CommitmentInput,
  changeCommitmentStatus,
  recordCommitment,
  type StatusChange,
} from './commitments/commitment-changes.ts';
import { type EditionRecord, editionRecord, type FollowupData } from './followup-data.ts';
import { FollowupError } from './followup-error.ts';
import { addVersion, versionEntityId } from './workflow/followup-versions.ts';
import type {
  ChangeContext,
  Commitment,
  Edition,
  HistoryEntry,
  Recommendation,
  RecommendationResponse,
} from './followup-model.ts';
import type { EditionRedactionDecision } from './redaction/redaction-decisions.ts';
import type { ResponseWorkflow } from './workflow/response-workflow.ts';

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
  const redactionDecisions = (
    await store.all<{
      edition_id: string;
      proposal_id: string;
      decision: 'redact' | 'keep';
      ground: '5.1.2e' | '5.2' | null;
      decided_by: string;
      decided_at: string;
    }>(
      'SELECT edition_id, proposal_id, decision, ground, decided_by, decided_at FROM followup_redaction ORDER BY edition_id, decided_at, proposal_id',
    )
  ).map(
    (r): EditionRedactionDecision => ({
      editionId: r.edition_id,
      proposalId: r.proposal_id,
      decision: r.decision,
      ground: r.ground,
      decidedBy: r.decided_by,
      decidedAt: r.decided_at,
    }),
  );
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
    ...(redactionDecisions.length ? { redactionDecisions } : {}),
    posts: await data<Post>('SELECT data FROM followup_post ORDER BY department, post_id'),
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

export async function putWorkflow(store: Store, w: ResponseWorkflow): Promise<void> {
  await store.run('DELETE FROM followup_workflow WHERE edition_id = ?', [w.editionId]);
  await store.run('INSERT INTO followup_workflow VALUES (?, ?, ?)', [w.editionId, w.state, json(w)]);
}

export async function addHistory(store: Store, h: HistoryEntry): Promise<void> {
  await store.run(
    'INSERT INTO followup_history (entity, entity_id, changed_at, actor, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
    [h.entity, h.entityId, h.at, h.actor, h.action, json(h.detail)],
  );
}

/**
 * Replaces the whole tracker (seeding demo data or importing a full export) in one transaction.
 * Every edition, recommendation and response starts again at version 1, saved by `context` (by
 * default "import" at the latest moment in the data's history); earlier versions and redaction
 * decisions go with the data they belonged to.
 */
export async function replaceFollowupData(store: Store, data: FollowupData, context?: ChangeContext): Promise<void> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', () => replaceFollowupDataNow(store, data, context ?? importContext(data)));
}

function importContext(data: FollowupData): ChangeContext {
  const latest = data.history
    .map((h) => h.at)
    .sort()
    .at(-1);
  return { actor: { name: 'import' }, at: latest ?? '1970-01-01T00:00:00Z' };
}

async function replaceFollowupDataNow(store: Store, data: FollowupData, context: ChangeContext): Promise<void> {
  await store.transaction(async () => {
    for (const table of [
      'edition',
      'recommendation',
      'response',
      'commitment',
      'workflow',
      'history',
      'version',
      'redaction',
    ])
      await store.run(`DELETE FROM followup_${table}`);
    for (const e of data.editions) await addVersion(store, 'edition', e.id, 1, e, context);
    for (const r of data.recommendations)
      await addVersion(store, 'recommendation', versionEntityId(r.editionId, r.number), 1, r, context);
    for (const r of data.responses)
      await addVersion(store, 'response', versionEntityId(r.editionId, r.recommendationNumber), 1, r, context);
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
    if (data.posts) {
      await store.run('DELETE FROM followup_post');
      for (const p of data.posts)
        await store.run('INSERT INTO followup_post VALUES (?, ?, ?)', [p.id, p.department, json(p)]);
    }
    for (const d of data.redactionDecisions ?? [])
      await store.run(
        'INSERT INTO followup_redaction (edition_id, proposal_id, decision, ground, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
        [d.editionId, d.proposalId, d.decision, d.ground, d.decidedBy, d.decidedAt],
      );
  });
}

/** The stored edition, or a not-found error listing the editions there are. */
export async function requireEdition(store: Store, editionId: string): Promise<Edition> {
  const rows = await store.all<{ data: unknown }>('SELECT data FROM followup_edition WHERE edition_id = ?', [
    editionId,
  ]);
  if (!rows[0]) {
    const known = (await store.all<{ edition_id: string }>('SELECT edition_id FROM followup_edition ORDER BY 1')).map(
      (r) => r.edition_id,
    );
    throw new FollowupError(
      `No edition "${editionId}"; known editions: ${known.join(', ') || 'none (run `zicht followup seed`)'}.`,
      'not-found',
    );
  }
  return parse<Edition>(rows[0].data);
}

/** The stored workflow of an edition; undefined while none was started (a draft). */
export async function loadWorkflow(store: Store, editionId: string): Promise<ResponseWorkflow | undefined> {
  const rows = await store.all<{ data: unknown }>('SELECT data FROM followup_workflow WHERE edition_id = ?', [
    editionId,
  ]);
  return rows[0] ? parse<ResponseWorkflow>(rows[0].data) : undefined;
}

/** One edition's record as stored now, or a not-found error. */
export async function loadEditionRecord(store: Store, editionId: string): Promise<EditionRecord> {
  await requireEdition(store, editionId);
  const record = editionRecord(await loadFollowupData(store), editionId);
  if (!record) throw new FollowupError(`No edition "${editionId}".`, 'not-found');
  return record;
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
  await refuseStaleCommitment(store, id, change.expectedVersion);
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
