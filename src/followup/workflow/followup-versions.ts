import type { Store } from '../../store/index.ts';
import { FollowupError, StaleVersionError } from '../followup-error.ts';
import type { ChangeContext } from '../followup-model.ts';
import { diffVersions, type VersionDiff } from './version-diff.ts';

/**
 * Every saved state of an edition's texts, in `followup_version`: an edit names the version it
 * was based on, so two officers editing at once cannot silently overwrite each other.
 */

export const versionedEntities = ['edition', 'recommendation', 'response'] as const;
export type VersionedEntity = (typeof versionedEntities)[number];
export type VersionEntry = { readonly version: number; readonly at: string; readonly actor: string };

/** An edition's id; a recommendation's or response's `<edition id>/<number>`, e.g. `2020-2024/3`. */
export const versionEntityId = (editionId: string, number?: number) =>
  number === undefined ? editionId : `${editionId}/${number}`;

const parse = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export async function listVersions(store: Store, entity: VersionedEntity, id: string): Promise<VersionEntry[]> {
  return store.all<VersionEntry>(
    'SELECT version, saved_at AS at, actor FROM followup_version WHERE entity = ? AND entity_id = ? ORDER BY version',
    [entity, id],
  );
}

export async function latestVersion(
  store: Store,
  entity: VersionedEntity,
  id: string,
): Promise<VersionEntry | undefined> {
  const [row] = await store.all<VersionEntry>(
    'SELECT version, saved_at AS at, actor FROM followup_version WHERE entity = ? AND entity_id = ? ORDER BY version DESC LIMIT 1',
    [entity, id],
  );
  return row;
}

/** The latest version of an edition and of each of its recommendations and responses (by number). */
export async function editionVersions(
  store: Store,
  editionId: string,
): Promise<{
  readonly edition: number;
  readonly recommendations: ReadonlyMap<number, number>;
  readonly responses: ReadonlyMap<number, number>;
}> {
  const rows = await store.all<{ entity: VersionedEntity; entity_id: string; version: number }>(
    `SELECT entity, entity_id, max(version) AS version FROM followup_version
     WHERE entity_id = ? OR starts_with(entity_id, ?) GROUP BY entity, entity_id`,
    [editionId, `${editionId}/`],
  );
  const byNumber = (entity: VersionedEntity) =>
    new Map(
      rows
        .filter((r) => r.entity === entity && r.entity_id.startsWith(`${editionId}/`))
        .map((r) => [Number(r.entity_id.slice(editionId.length + 1)), r.version]),
    );
  return {
    edition: rows.find((r) => r.entity === 'edition' && r.entity_id === editionId)?.version ?? 0,
    recommendations: byNumber('recommendation'),
    responses: byNumber('response'),
  };
}

/**
 * The next version number, after checking the edit was based on the latest one; a stale
 * `expectedVersion` names who saved in between and when. Version 0: never saved with a version.
 */
export async function nextVersion(
  store: Store,
  entity: VersionedEntity,
  id: string,
  expectedVersion: number,
  what: string,
): Promise<number> {
  const latest = await latestVersion(store, entity, id);
  const current = latest?.version ?? 0;
  if (expectedVersion !== current) {
    if (latest) throw new StaleVersionError(what, expectedVersion, current, latest.actor, latest.at);
    throw new FollowupError(
      `${what} has no version ${expectedVersion}; it is at version ${current}: reload and make your change again.`,
      'conflict',
    );
  }
  return current + 1;
}

export async function addVersion(
  store: Store,
  entity: VersionedEntity,
  id: string,
  version: number,
  data: unknown,
  context: ChangeContext,
): Promise<void> {
  await store.run(
    'INSERT INTO followup_version (entity, entity_id, version, saved_at, actor, data) VALUES (?, ?, ?, ?, ?, ?)',
    [entity, id, version, context.at, context.actor.name, JSON.stringify(data)],
  );
}

async function versionData(store: Store, entity: VersionedEntity, id: string, version: number): Promise<unknown> {
  if (version === 0) return undefined;
  const [row] = await store.all<{ data: unknown }>(
    'SELECT data FROM followup_version WHERE entity = ? AND entity_id = ? AND version = ?',
    [entity, id, version],
  );
  if (!row) {
    const known = (await listVersions(store, entity, id)).map((v) => v.version);
    throw new FollowupError(
      `${entity} ${id} has no version ${version}; its versions: ${known.join(', ') || 'none'}.`,
      'not-found',
    );
  }
  return parse(row.data);
}

/** What changed between two stored versions (version 0: nothing yet), field by field and word by word. */
export async function storedVersionDiff(
  store: Store,
  entity: VersionedEntity,
  id: string,
  from: number,
  to: number,
): Promise<VersionDiff> {
  return diffVersions(await versionData(store, entity, id, from), await versionData(store, entity, id, to));
}
