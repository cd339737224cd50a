import type { Store } from '../../store/index.ts';
import {
  draftEdition,
  draftRecommendation,
  draftResponse,
  type EditionPatch,
  type NewEdition,
  patchEdition,
  patchRecommendation,
  type RecommendationInput,
  type RecommendationPatch,
  type ResponseInput,
} from './edition-edits.ts';
import { FollowupError } from '../followup-error.ts';
import type { ChangeContext, Edition, Recommendation, RecommendationResponse } from '../followup-model.ts';
import { addHistory, loadWorkflow, requireEdition } from '../followup-store.ts';
import { addVersion, latestVersion, nextVersion, type VersionedEntity, versionEntityId } from './followup-versions.ts';
import { editingRefusal } from './response-workflow.ts';
import { diffVersions } from './version-diff.ts';

/**
 * Saving an officer's edits: each is refused once the texts are out of the editing window, checked
 * against the version it was based on, and stored with a new version and a history entry, in one
 * transaction; one change to the tracker at a time.
 */

const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

async function refuseOutsideEditingWindow(store: Store, editionId: string, what: string): Promise<void> {
  const refusal = editingRefusal(await loadWorkflow(store, editionId), what);
  if (refusal) throw refusal;
}

async function saved<T>(
  store: Store,
  entity: VersionedEntity,
  id: string,
  version: number,
  before: T | undefined,
  after: T,
  context: ChangeContext,
  put: () => Promise<void>,
): Promise<T> {
  await store.transaction(async () => {
    await put();
    await addVersion(store, entity, id, version, after, context);
    await addHistory(store, {
      entity,
      entityId: id,
      at: context.at,
      actor: context.actor.name,
      action: before === undefined ? 'created' : 'edited',
      detail: { version, changed: diffVersions(before, after).changes.map((c) => c.path) },
    });
  });
  return after;
}

export async function storeNewEdition(store: Store, input: NewEdition, context: ChangeContext): Promise<Edition> {
  return store.serialise('followup', async () => {
    const existing = await store.all('SELECT 1 FROM followup_edition WHERE edition_id = ?', [input.id]);
    if (existing.length > 0)
      throw new FollowupError(`An edition "${input.id}" exists already; choose another id or edit it.`, 'conflict');
    const edition = draftEdition(input, context.at.slice(0, 10));
    return saved(store, 'edition', edition.id, 1, undefined, edition, context, () =>
      store.run('INSERT INTO followup_edition VALUES (?, ?)', [edition.id, json(edition)]),
    );
  });
}

export async function storeEditionPatch(
  store: Store,
  editionId: string,
  expectedVersion: number,
  patch: EditionPatch,
  context: ChangeContext,
): Promise<Edition> {
  return store.serialise('followup', async () => {
    const current = await requireEdition(store, editionId);
    await refuseOutsideEditingWindow(store, editionId, `The texts of edition ${editionId}`);
    const version = await nextVersion(store, 'edition', editionId, expectedVersion, `Edition ${editionId}`);
    const next = patchEdition(current, patch);
    return saved(store, 'edition', editionId, version, current, next, context, () =>
      store.run('UPDATE followup_edition SET data = ? WHERE edition_id = ?', [json(next), editionId]),
    );
  });
}

async function recommendations(store: Store, editionId: string): Promise<Recommendation[]> {
  return (
    await store.all<{ data: unknown }>(
      'SELECT data FROM followup_recommendation WHERE edition_id = ? ORDER BY number',
      [editionId],
    )
  ).map((r) => parse<Recommendation>(r.data));
}

async function requireRecommendation(store: Store, editionId: string, number: number): Promise<Recommendation> {
  const all = await recommendations(store, editionId);
  const found = all.find((r) => r.number === number);
  if (!found)
    throw new FollowupError(
      `Edition ${editionId} has no recommendation ${number}; its recommendations: ${all.map((r) => r.number).join(', ') || 'none yet'}.`,
      'not-found',
    );
  return found;
}

const putRecommendation = (store: Store, r: Recommendation) => async () => {
  await store.run('DELETE FROM followup_recommendation WHERE edition_id = ? AND number = ?', [r.editionId, r.number]);
  await store.run('INSERT INTO followup_recommendation VALUES (?, ?, ?, ?)', [r.editionId, r.number, r.theme, json(r)]);
};

export async function storeNewRecommendation(
  store: Store,
  editionId: string,
  input: RecommendationInput,
  context: ChangeContext,
): Promise<Recommendation> {
  return store.serialise('followup', async () => {
    await requireEdition(store, editionId);
    await refuseOutsideEditingWindow(store, editionId, `The recommendations of edition ${editionId}`);
    const r = draftRecommendation(editionId, await recommendations(store, editionId), input);
    const id = versionEntityId(editionId, r.number);
    const version = ((await latestVersion(store, 'recommendation', id))?.version ?? 0) + 1;
    return saved(store, 'recommendation', id, version, undefined, r, context, putRecommendation(store, r));
  });
}

export async function storeRecommendationPatch(
  store: Store,
  editionId: string,
  number: number,
  patch: RecommendationPatch,
  context: ChangeContext,
): Promise<Recommendation> {
  return store.serialise('followup', async () => {
    await requireEdition(store, editionId);
    const current = await requireRecommendation(store, editionId, number);
    await refuseOutsideEditingWindow(store, editionId, `Recommendation ${number} of edition ${editionId}`);
    const id = versionEntityId(editionId, number);
    const version = await nextVersion(store, 'recommendation', id, patch.expectedVersion, `Recommendation ${number}`);
    const next = patchRecommendation(current, patch);
    return saved(store, 'recommendation', id, version, current, next, context, putRecommendation(store, next));
  });
}

/** Sets the stance and response to a recommendation; `expectedVersion` 0 for the first response. */
export async function storeResponse(
  store: Store,
  editionId: string,
  number: number,
  input: ResponseInput,
  context: ChangeContext,
): Promise<RecommendationResponse> {
  return store.serialise('followup', async () => {
    await requireEdition(store, editionId);
    const recommendation = await requireRecommendation(store, editionId, number);
    await refuseOutsideEditingWindow(
      store,
      editionId,
      `The response to recommendation ${number} of edition ${editionId}`,
    );
    const id = versionEntityId(editionId, number);
    const version = await nextVersion(
      store,
      'response',
      id,
      input.expectedVersion,
      `The response to recommendation ${number}`,
    );
    const [row] = await store.all<{ data: unknown }>(
      'SELECT data FROM followup_response WHERE edition_id = ? AND number = ?',
      [editionId, number],
    );
    const before = row ? parse<RecommendationResponse>(row.data) : undefined;
    const next = draftResponse(recommendation, input);
    return saved(store, 'response', id, version, before, next, context, async () => {
      await store.run('DELETE FROM followup_response WHERE edition_id = ? AND number = ?', [editionId, number]);
      await store.run('INSERT INTO followup_response VALUES (?, ?, ?, ?)', [
        editionId,
        number,
        next.stance,
        json(next),
      ]);
    });
  });
}
