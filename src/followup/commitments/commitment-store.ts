import type { Store } from '../../store/index.ts';
import { createPost, type Handover, handOver, type NewPost, type Post } from './bewindspersonen.ts';
import { type CommitmentInput, recordCommitment } from './commitment-changes.ts';
import { type CommitmentEdit, editCommitment } from './edit-commitment.ts';
import { FollowupError, StaleVersionError } from '../followup-error.ts';
import type { ChangeContext, Commitment, HistoryEntry } from '../followup-model.ts';
import { type PostponementInput, postponeCommitment } from './postpone-commitment.ts';

/**
 * The store adapter for commitments as they live (edits, postponements) and for the posts of
 * bewindspersonen. Each change is read, computed by the pure core and saved with its history in
 * one transaction, one change to the tracker at a time.
 */
export type StoredCommitment = {
  readonly commitment: Commitment;
  /** The number of changes so far: send it back as `expectedVersion` with the next edit. */
  readonly version: number;
  readonly warnings: readonly string[];
};

const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const serialised = <T>(store: Store, work: () => Promise<T>) => store.serialise('followup', work);

async function addHistory(store: Store, h: HistoryEntry): Promise<void> {
  await store.run(
    'INSERT INTO followup_history (entity, entity_id, changed_at, actor, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
    [h.entity, h.entityId, h.at, h.actor, h.action, json(h.detail)],
  );
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

async function putPost(store: Store, p: Post): Promise<void> {
  await store.run('DELETE FROM followup_post WHERE post_id = ?', [p.id]);
  await store.run('INSERT INTO followup_post VALUES (?, ?, ?)', [p.id, p.department, json(p)]);
}

export async function loadPosts(store: Store): Promise<Post[]> {
  return (await store.all<{ data: unknown }>('SELECT data FROM followup_post ORDER BY department, post_id')).map((r) =>
    parse<Post>(r.data),
  );
}

/** Replaces every post (seeding the demo), in one transaction. */
export async function replacePosts(store: Store, posts: readonly Post[]): Promise<void> {
  await serialised(store, () =>
    store.transaction(async () => {
      await store.run('DELETE FROM followup_post');
      for (const p of posts) await putPost(store, p);
    }),
  );
}

async function findPost(store: Store, id: string): Promise<Post> {
  const rows = await store.all<{ data: unknown }>('SELECT data FROM followup_post WHERE post_id = ?', [id]);
  if (!rows[0]) {
    const known = (await loadPosts(store)).map((p) => p.id);
    throw new FollowupError(`No post "${id}"; known posts: ${known.join(', ') || 'none'}.`, 'not-found');
  }
  return parse<Post>(rows[0].data);
}

export async function storeNewPost(store: Store, input: NewPost, context: ChangeContext): Promise<Post> {
  return serialised(store, async () => {
    const created = createPost(input, context);
    const exists = await store.all('SELECT 1 FROM followup_post WHERE post_id = ?', [created.value.id]);
    if (exists.length)
      throw new FollowupError(`Post "${created.value.id}" exists already; hand it over instead.`, 'conflict');
    await store.transaction(async () => {
      await putPost(store, created.value);
      await addHistory(store, created.history);
    });
    return created.value;
  });
}

export async function storeHandover(
  store: Store,
  postId: string,
  input: Handover,
  context: ChangeContext,
): Promise<Post> {
  return serialised(store, async () => {
    const changed = handOver(await findPost(store, postId), input, context);
    await store.transaction(async () => {
      await putPost(store, changed.value);
      await addHistory(store, changed.history);
    });
    return changed.value;
  });
}

async function readCommitment(store: Store, id: string): Promise<{ commitment: Commitment; version: number }> {
  const rows = await store.all<{ data: unknown }>('SELECT data FROM followup_commitment WHERE commitment_id = ?', [id]);
  if (!rows[0]) throw new FollowupError(`No commitment "${id}".`, 'not-found');
  const [count] = await store.all<{ n: number | bigint }>(
    "SELECT count(*) AS n FROM followup_history WHERE entity = 'commitment' AND entity_id = ?",
    [id],
  );
  return { commitment: parse<Commitment>(rows[0].data), version: Number(count?.n ?? 0) };
}

/** Refuses a change made on a stale view of commitment `id` (`expected` changes seen; absent: no check). */
export async function refuseStaleCommitment(store: Store, id: string, expected: number | undefined): Promise<void> {
  if (expected === undefined) return;
  await refuseStale(store, id, expected, (await readCommitment(store, id)).version);
}

async function refuseStale(store: Store, id: string, expected: number | undefined, current: number): Promise<void> {
  if (expected === undefined || expected === current) return;
  const [last] = await store.all<{ actor: string; changed_at: string }>(
    "SELECT actor, changed_at FROM followup_history WHERE entity = 'commitment' AND entity_id = ? ORDER BY seq DESC LIMIT 1",
    [id],
  );
  throw new StaleVersionError(`Commitment ${id}`, expected, current, last?.actor ?? 'someone', last?.changed_at ?? '');
}

async function save(store: Store, c: Commitment, history: HistoryEntry): Promise<void> {
  await store.transaction(async () => {
    await putCommitment(store, c);
    await addHistory(store, history);
  });
}

/** Records a new commitment, its post's title and ministry filled in when only `postId` is given. */
export async function storeNewCommitmentWithPosts(
  store: Store,
  input: CommitmentInput,
  context: ChangeContext,
  newId: () => string,
): Promise<StoredCommitment> {
  return serialised(store, async () => {
    const editions = await store.all('SELECT 1 FROM followup_edition WHERE edition_id = ?', [input.editionId]);
    if (!editions.length) throw new FollowupError(`No edition "${input.editionId}".`, 'not-found');
    const changed = recordCommitment(input, context, newId, await loadPosts(store));
    const exists = await store.all('SELECT 1 FROM followup_commitment WHERE commitment_id = ?', [changed.value.id]);
    if (exists.length)
      throw new FollowupError(`Commitment "${changed.value.id}" exists already; change it instead.`, 'conflict');
    await save(store, changed.value, changed.history);
    return { commitment: changed.value, version: 1, warnings: changed.warnings ?? [] };
  });
}

export async function storeCommitmentEdit(
  store: Store,
  id: string,
  edit: CommitmentEdit,
  context: ChangeContext,
): Promise<StoredCommitment> {
  return serialised(store, async () => {
    const { commitment, version } = await readCommitment(store, id);
    await refuseStale(store, id, edit.expectedVersion, version);
    const edited = editCommitment(commitment, edit, context, await loadPosts(store));
    if (!edited.history) return { commitment, version, warnings: edited.warnings };
    await save(store, edited.value, edited.history);
    return { commitment: edited.value, version: version + 1, warnings: edited.warnings };
  });
}

export async function storePostponement(
  store: Store,
  id: string,
  input: PostponementInput & { readonly expectedVersion?: number },
  context: ChangeContext,
): Promise<StoredCommitment> {
  return serialised(store, async () => {
    const { commitment, version } = await readCommitment(store, id);
    await refuseStale(store, id, input.expectedVersion, version);
    const changed = postponeCommitment(commitment, input, context);
    await save(store, changed.value, changed.history);
    return { commitment: changed.value, version: version + 1, warnings: changed.warnings ?? [] };
  });
}
