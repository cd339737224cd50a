import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { buildDemoData } from '../build-demo-data.ts';
import {
  loadPosts,
  replacePosts,
  storeCommitmentEdit,
  storeHandover,
  storeNewCommitmentWithPosts,
  storeNewPost,
  storePostponement,
} from './commitment-store.ts';
import { demoPosts } from './demo-posts.ts';
import { StaleVersionError } from '../followup-error.ts';
import { loadFollowupData, replaceFollowupData } from '../followup-store.ts';

const officer = (name: string, at: string) => ({ actor: { name }, at });
let store: Store;

beforeAll(async () => {
  store = await openStore(':memory:');
  await replaceFollowupData(store, buildDemoData());
  await replacePosts(store, demoPosts);
});
afterAll(() => store?.close());

describe('commitments and posts in the store', () => {
  it('keeps the posts, hands one over, and adds a new one', async () => {
    expect(await loadPosts(store)).toEqual(
      [...demoPosts].sort((a, b) => a.department.localeCompare(b.department) || a.id.localeCompare(b.id)),
    );
    const post = await storeHandover(
      store,
      'jenv-minister',
      { name: 'Tom ter Proef', initials: 'T.', from: '2026-04-01' },
      officer('Secretariaat', '2026-04-01T08:00:00Z'),
    );
    expect(post.holders.at(-1)).toMatchObject({ name: 'Tom ter Proef', from: '2026-04-01' });
    expect((await loadPosts(store)).find((p) => p.id === 'jenv-minister')?.holders).toHaveLength(3);
    await storeNewPost(
      store,
      { title: 'Minister voor Jeugd, Preventie en Sport', department: 'VWS' },
      officer('S', '2026-04-01T09:00:00Z'),
    );
    await expect(
      storeNewPost(
        store,
        { title: 'Minister voor Jeugd, Preventie en Sport', department: 'VWS' },
        officer('S', '2026-04-01T09:00:00Z'),
      ),
    ).rejects.toThrow('exists already');
    await expect(
      storeHandover(store, 'nope', { name: 'A B', initials: 'A.', from: '2026-01-01' }, officer('S', 'x')),
    ).rejects.toThrow(/No post "nope"; known posts: .*jenv-minister/);
    const history = (await loadFollowupData(store)).history.filter((h) => h.entity === 'post');
    expect(history.map((h) => h.action)).toEqual(['handover', 'created']);
  });

  it('records a commitment on a post, edits it with versions, refuses a stale edit, and postpones it', async () => {
    const recorded = await storeNewCommitmentWithPosts(
      store,
      {
        editionId: '2020-2024',
        what: 'NIFP-cijfers sturen',
        postId: 'jenv-minister',
        when: 'rond de zomer',
        madeOn: '2026-04-02',
      },
      officer('Ans', '2026-04-02T10:00:00Z'),
      () => 'T-store-1',
    );
    expect(recorded).toMatchObject({
      version: 1,
      warnings: [],
      commitment: {
        who: 'Minister van Justitie en Veiligheid',
        ministry: 'Justitie en Veiligheid',
        promised: { due: '2026-08-31' },
      },
    });
    const edited = await storeCommitmentEdit(
      store,
      'T-store-1',
      { expectedVersion: 1, what: 'De NIFP-cijfers aan de Kamer sturen' },
      officer('Ans', '2026-04-03T10:00:00Z'),
    );
    expect(edited).toMatchObject({ version: 2, commitment: { what: 'De NIFP-cijfers aan de Kamer sturen' } });

    const stale = storeCommitmentEdit(
      store,
      'T-store-1',
      { expectedVersion: 1, what: 'Iets anders' },
      officer('Bob', '2026-04-03T11:00:00Z'),
    );
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toThrow('changed by Ans at 2026-04-03T10:00:00Z');

    const postponed = await storePostponement(
      store,
      'T-store-1',
      { expectedVersion: 2, when: 'voor de begrotingsbehandeling', reason: 'Het NIFP levert later', on: '2026-08-20' },
      officer('Ans', '2026-08-20T10:00:00Z'),
    );
    expect(postponed).toMatchObject({ version: 3, commitment: { promised: { due: '2026-11-30' } } });
    const data = await loadFollowupData(store);
    expect(data.commitments.find((c) => c.id === 'T-store-1')?.postponements).toHaveLength(1);
    expect(data.history.filter((h) => h.entityId === 'T-store-1').map((h) => h.action)).toEqual([
      'recorded',
      'edited',
      'postponed',
    ]);
    // nothing changed: no new version
    expect(
      await storeCommitmentEdit(
        store,
        'T-store-1',
        { what: 'De NIFP-cijfers aan de Kamer sturen' },
        officer('Ans', 'x'),
      ),
    ).toMatchObject({
      version: 3,
    });
  });
});
