import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { loadReviewQueue, type ReviewQueueQuery } from './load-review-queue.ts';
import { recordReviewDecision } from './record-review-decision.ts';

// Seven queued pairs: [role, left source, left id, right source, right id, match probability].
const queue: readonly [string, string, string, string, string, number][] = [
  ['victim', 'police', 'p1', 'csg', 'c1', 0.5], // uncertain, accepted below
  ['victim', 'police', 'p2', 'csg', 'c2', 0.5], // ties with the first: ordered by the persons' ids
  ['victim', 'veilig_thuis', 'v1', 'csg', 'c3', 0.9], // likely match
  ['victim', 'police', 'p3', 'veilig_thuis', 'v2', 0.05], // likely non-match, rejected below
  ['suspect', 'police', 's1', 'om', 'o1', 0.6], // uncertain
  ['suspect', 'om', 'o2', 'courts', 'r1', 0.85], // likely match
  ['suspect', 'courts', 'r2', 'om', 'o3', 0.2], // likely non-match
];

let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:');
  for (const [role, ls, lp, rs, rp, p] of queue)
    await store.run('INSERT INTO link_review_queue VALUES (?, ?, ?, ?, ?, ?, ?, ?::JSON)', [
      role,
      ls,
      lp,
      rs,
      rp,
      Math.log2(p / (1 - p)),
      p,
      JSON.stringify({ bsn: 1.5 }),
    ]);
  const decide = (left: string[], right: string[], decision: 'accept' | 'reject') =>
    recordReviewDecision(store, {
      left: { source: left[0] as string, personId: left[1] as string },
      right: { source: right[0] as string, personId: right[1] as string },
      decision,
      decidedBy: 'analist@test.example',
      decidedAt: new Date('2026-03-25T10:00:00Z'),
    });
  await decide(['police', 'p1'], ['csg', 'c1'], 'accept');
  await decide(['veilig_thuis', 'v2'], ['police', 'p3'], 'reject'); // stored the other way round
});
afterAll(() => store.close());

const ids = async (query: Partial<ReviewQueueQuery>) => {
  const page = await loadReviewQueue(store, { limit: 100, offset: 0, ...query });
  return { total: page.total, pairs: page.pairs.map((p) => `${p.left.personId}~${p.right.personId}`) };
};

describe('loadReviewQueue', () => {
  it('lists every pair most uncertain first, ties in a fixed order, with the evidence and decision', async () => {
    expect(await ids({})).toEqual({
      total: 7,
      pairs: ['p1~c1', 'p2~c2', 's1~o1', 'r2~o3', 'o2~r1', 'v1~c3', 'p3~v2'],
    });
    const [first] = (await loadReviewQueue(store, { limit: 1, offset: 0 })).pairs;
    expect(first).toEqual({
      role: 'victim',
      left: { source: 'police', personId: 'p1' },
      right: { source: 'csg', personId: 'c1' },
      matchWeight: 0,
      matchProbability: 0.5,
      contributions: { bsn: 1.5 },
      decision: 'accept',
    });
  });

  it('pages without overlap or gaps, the total counting all pages', async () => {
    const pages = await Promise.all([0, 3, 6].map((offset) => ids({ limit: 3, offset })));
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
    expect(pages.flatMap((p) => p.pairs)).toEqual((await ids({})).pairs);
    expect(await ids({ limit: 3, offset: 9 })).toEqual({ total: 7, pairs: [] });
  });

  it('filters by role, by a source on either side, by band and by decision, and combines them', async () => {
    expect(await ids({ role: 'suspect' })).toEqual({ total: 3, pairs: ['s1~o1', 'r2~o3', 'o2~r1'] });
    expect(await ids({ source: 'veilig_thuis' })).toEqual({ total: 2, pairs: ['v1~c3', 'p3~v2'] });
    expect(await ids({ band: 'likely-match' })).toEqual({ total: 2, pairs: ['o2~r1', 'v1~c3'] });
    expect(await ids({ band: 'uncertain' })).toEqual({ total: 3, pairs: ['p1~c1', 'p2~c2', 's1~o1'] });
    expect(await ids({ band: 'likely-non-match' })).toEqual({ total: 2, pairs: ['r2~o3', 'p3~v2'] });
    expect(await ids({ decision: 'accept' })).toEqual({ total: 1, pairs: ['p1~c1'] });
    expect(await ids({ decision: 'reject' })).toEqual({ total: 1, pairs: ['p3~v2'] });
    expect((await ids({ decision: 'open' })).total).toBe(5);
    expect(await ids({ role: 'victim', source: 'police', decision: 'open' })).toEqual({ total: 1, pairs: ['p2~c2'] });
    expect(await ids({ role: 'suspect', source: 'csg' })).toEqual({ total: 0, pairs: [] });
  });

  it('counts without listing when the limit is 0', async () => {
    expect(await ids({ limit: 0, role: 'victim' })).toEqual({ total: 4, pairs: [] });
  });
});
