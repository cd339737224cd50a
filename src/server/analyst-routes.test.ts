import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../access/index.ts';
import type { ReviewPairView } from '../linkage/index.ts';
import type { LinkageQuality } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import {
  type AccessFixture,
  createAccessFixture,
  fixtureNow,
  fixturePassword,
  sessionHeaders,
} from '../../test/support/access-test-fixture.ts';
import { createServer } from './create-server.ts';

type Page = { total: number; pairs: ReviewPairView[] };

let fixture: AccessFixture;
let app: FastifyInstance;
let headers: Record<string, string>;

beforeAll(async () => {
  fixture = await createAccessFixture();
  app = createServer({ store: fixture.store, webRoot: '/nonexistent', now: () => fixtureNow });
  await app.ready();
  headers = await sessionHeaders(fixture.store, fixture.users.analyst);
});
afterAll(async () => {
  await app?.close();
  fixture?.close();
});

const get = (url: string) => app.inject({ method: 'GET', url, headers });
const page = async (query: string): Promise<Page> => {
  const response = await get(`/api/linkage/review?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return JSON.parse(response.body) as Page;
};
const pairKey = (p: ReviewPairView) => `${p.left.source}/${p.left.personId}~${p.right.source}/${p.right.personId}`;

describe('GET /api/linkage/review', () => {
  it('pages through the whole queue, most uncertain first, with the total for paging', async () => {
    const [{ n }] = (await fixture.store.all<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM link_review_queue',
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(4);
    const all = await page('limit=500');
    expect(all.total).toBe(n);
    expect(all.pairs).toHaveLength(n);
    const distance = all.pairs.map((p) => Math.abs(p.matchProbability - 0.5));
    expect(distance).toEqual([...distance].sort((a, b) => a - b));
    const pages: ReviewPairView[] = [];
    for (let offset = 0; offset < n; offset += 3) {
      const next = await page(`limit=3&offset=${offset}`);
      expect(next.total).toBe(n);
      pages.push(...next.pairs);
    }
    expect(pages.map(pairKey)).toEqual(all.pairs.map(pairKey));
    expect(await page(`limit=3&offset=${n}`)).toEqual({ total: n, pairs: [] });
    // without parameters: the first 100
    expect((await page('')).pairs.map(pairKey)).toEqual(all.pairs.slice(0, 100).map(pairKey));
  });

  it('filters by role, source, band and decision; an empty parameter is no filter', async () => {
    const all = (await page('limit=500')).pairs;
    const [pair] = all;
    if (!pair) throw new Error('the fixture left no pair for review');
    const decided = await app.inject({
      method: 'POST',
      url: '/api/linkage/review',
      headers,
      payload: { left: pair.left, right: pair.right, decision: 'reject' },
    });
    expect(decided.statusCode, decided.body).toBe(200);

    const rejected = await page('decision=reject&limit=500');
    expect(rejected.pairs.map(pairKey)).toEqual([pairKey(pair)]);
    expect(rejected.pairs[0]?.decision).toBe('reject');
    const open = await page('decision=open&limit=500');
    expect(open.total).toBe(all.length - 1);
    expect(open.pairs.every((p) => p.decision === null)).toBe(true);

    const source = pair.left.source;
    const fromSource = await page(`source=${source}&limit=500`);
    expect(fromSource.total).toBe(all.filter((p) => p.left.source === source || p.right.source === source).length);
    expect(fromSource.total).toBeGreaterThan(0);

    for (const role of ['victim', 'suspect']) {
      const ofRole = await page(`role=${role}&limit=500`);
      expect(ofRole.total, role).toBe(all.filter((p) => p.role === role).length);
      expect(ofRole.pairs.every((p) => p.role === role)).toBe(true);
    }

    const bands = {
      'likely-match': (p: number) => p >= 0.75,
      uncertain: (p: number) => p >= 0.25 && p < 0.75,
      'likely-non-match': (p: number) => p < 0.25,
    };
    let inBands = 0;
    for (const [band, holds] of Object.entries(bands)) {
      const inBand = await page(`band=${band}&limit=500`);
      expect(
        inBand.pairs.every((p) => holds(p.matchProbability)),
        band,
      ).toBe(true);
      inBands += inBand.total;
    }
    expect(inBands).toBe(all.length);

    expect((await page('role=&source=&band=&decision=&limit=500')).total).toBe(all.length);
    const combined = await page(`role=${pair.role}&source=${source}&decision=reject`);
    expect(combined.pairs.map(pairKey)).toEqual([pairKey(pair)]);
  });

  it('refuses bad parameters, saying what to fix, all problems together', async () => {
    const refused = async (query: string) => {
      const response = await get(`/api/linkage/review?${query}`);
      expect(response.statusCode, query).toBe(400);
      return JSON.parse(response.body) as { error: string; problems: string[] };
    };
    expect((await refused('limit=0')).problems).toEqual(['limit: limit must be a whole number from 1 to 500']);
    expect((await refused('limit=501')).problems).toEqual(['limit: limit must be a whole number from 1 to 500']);
    expect((await refused('limit=ten')).problems).toEqual(['limit: limit must be a whole number from 1 to 500']);
    expect((await refused('offset=-1')).problems).toEqual(['offset: offset must be a whole number, 0 or more']);
    const many = await refused('role=child&source=school&band=maybe&decision=later&offset=1.5');
    expect(many.error).toMatch(/^The query is not valid: /);
    expect(many.problems).toEqual([
      'offset: offset must be a whole number, 0 or more',
      'role: role must be one of victim, suspect',
      'source: source must be one of police, om, courts, csg, veilig_thuis, victim_support, probation',
      'band: band must be one of likely-match, uncertain, likely-non-match',
      'decision: decision must be one of open, accept, reject',
    ]);
    expect((await refused('limt=5')).problems).toEqual([
      'query: unknown parameter limt: use only limit, offset, role, source, band and decision',
    ]);
  });
});

describe('GET /api/linkage/quality', () => {
  it('reports the linker’s own estimates, records → persons, refused merges, the queue and when it ran', async () => {
    const response = await get('/api/linkage/quality');
    expect(response.statusCode, response.body).toBe(200);
    const quality = JSON.parse(response.body) as LinkageQuality;
    const [stage] = await fixture.store.all<{ run_id: string; output: string }>(
      "SELECT run_id, CAST(output AS VARCHAR) AS output FROM pipeline_output WHERE stage = 'link'",
    );
    const summary = JSON.parse(stage?.output ?? 'null') as {
      records: number;
      clusters: { victim: number; suspect: number };
      estimated: { precision: number; recall: number; f1: number };
      refusedMerges: { differentBsn: number; outweighed: number };
      calibration: { labelledPairs: number } | null;
    };
    const [queue] = await fixture.store.all<{ total: number; decided: number }>(
      `SELECT count(*)::INTEGER AS total, count(d.decision)::INTEGER AS decided FROM link_review_queue q
       LEFT JOIN link_review_decision d ON (d.left_source, d.left_person_id, d.right_source, d.right_person_id)
         IN ((q.left_source, q.left_person_id, q.right_source, q.right_person_id),
             (q.right_source, q.right_person_id, q.left_source, q.left_person_id))`,
    );
    expect(quality).toEqual({
      runId: stage?.run_id,
      finishedAt: expect.stringMatching(/^2026-03-25 09:\d\d:\d\d/),
      method: 'fellegi-sunter',
      fuzzy: true,
      estimated: summary.estimated,
      threshold: expect.any(Number),
      records: summary.records,
      persons: summary.clusters,
      refusedDifferentBsn: summary.refusedMerges.differentBsn,
      refusedOutweighed: summary.refusedMerges.outweighed,
      labelledPairs: summary.calibration?.labelledPairs ?? null,
      reviewQueue: { total: queue?.total, open: (queue?.total ?? 0) - (queue?.decided ?? 0), decided: queue?.decided },
    });
    expect(quality.estimated?.f1).toBeGreaterThan(0.5);
    expect(quality.persons.victim).toBeLessThan(quality.records);
  });

  it('answers 404 with what to do when no linkage has run', async () => {
    const empty: Store = await openStore(':memory:');
    const analyst = await createUser(
      empty,
      { name: 'Nieuwe Analist', email: 'nieuw@test.example', role: 'analyst', password: fixturePassword },
      fixtureNow,
    );
    const bare = createServer({ store: empty, webRoot: '/nonexistent', now: () => fixtureNow });
    await bare.ready();
    try {
      const response = await bare.inject({
        method: 'GET',
        url: '/api/linkage/quality',
        headers: await sessionHeaders(empty, analyst),
      });
      expect(response.statusCode).toBe(404);
      expect(JSON.parse(response.body).error).toBe('No linkage has run yet: run `npx zicht pipeline` first.');
    } finally {
      await bare.close();
      empty.close();
    }
  });
});
