import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../test/support/read-docx-text.ts';
import type { Principal } from '../access/index.ts';
import { buildDemoData } from '../followup/build-demo-data.ts';
import { replacePosts } from '../followup/commitments/commitment-store.ts';
import { demoPosts } from '../followup/commitments/demo-posts.ts';
import { replaceFollowupData } from '../followup/followup-store.ts';
import { openStore, type Store } from '../store/index.ts';
import { followupCommitmentRoutes } from './followup-commitment-routes.ts';
import './request-access.ts';

const officer: Principal = {
  userId: 'u-officer',
  name: 'Beleidsmedewerker Test',
  email: 'beleid@test.example',
  role: 'officer',
  organisation: 'JenV',
};
const clock = new Date('2026-07-03T10:00:00Z');
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(':memory:');
  await replaceFollowupData(store, buildDemoData());
  await replacePosts(store, demoPosts);
  app = Fastify();
  // the access layer is not under test here: a request is the officer unless it says it is anonymous
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    request.principal = request.headers['x-anonymous'] ? null : officer;
  });
  await app.register(followupCommitmentRoutes, { store, now: () => clock });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;
const send = (method: 'PUT' | 'POST', url: string, payload: object, headers: Record<string, string> = {}) =>
  app.inject({ method, url, payload, headers });

describe('commitments as they live, over HTTP', () => {
  it('edits a commitment and answers the new version; a stale version is refused with who changed it', async () => {
    const edited = await send('PUT', '/api/followup/commitments/2018-2022-T3', {
      expectedVersion: 1,
      kamerNummer: 'TZ202406-081',
      activiteitNummer: '2024A04321',
      postId: 'ocw-minister-pvo',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(json(edited.body)).toMatchObject({
      version: 2,
      commitment: {
        kamerNummer: 'TZ202406-081',
        postId: 'ocw-minister-pvo',
        who: 'Minister voor Primair en Voortgezet Onderwijs',
      },
      warnings: [],
    });
    const stale = await send('PUT', '/api/followup/commitments/2018-2022-T3', { expectedVersion: 1, what: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale.body)).toMatchObject({ changedBy: 'Beleidsmedewerker Test (u-officer)', currentVersion: 2 });
  });

  it('postpones with a reason and the announcing letter, and refuses a postponement without a reason', async () => {
    const refused = await send('POST', '/api/followup/commitments/2018-2022-T4/postpone', {
      when: 'voor het kerstreces',
    });
    expect(refused.statusCode).toBe(400);
    expect(json(refused.body).problems).toEqual([expect.stringMatching(/^reason: /)]);
    const ok = await send('POST', '/api/followup/commitments/2018-2022-T4/postpone', {
      when: 'voor het kerstreces',
      reason: 'De conceptkerndoelen komen later',
      announcedIn: 'Kamerbrief 20 november 2024',
      on: '2024-11-20',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok.body)).toMatchObject({
      commitment: {
        promised: { phrase: 'voor het kerstreces', due: '2024-12-19', derived: true },
        postponements: [{ from: '2024-11-30', to: '2024-12-19', announcedIn: 'Kamerbrief 20 november 2024' }],
      },
    });
    expect(
      (await send('POST', '/api/followup/commitments/nope/postpone', { when: 'eind 2026', reason: 'x' })).statusCode,
    ).toBe(404);
  });

  it('lists the posts with their holder today, hands one over, and adds a post', async () => {
    const posts = JSON.parse((await app.inject({ url: '/api/followup/posts' })).body) as {
      id: string;
      current: { name: string } | null;
    }[];
    expect(posts.find((p) => p.id === 'jenv-minister')?.current?.name).toBe('Ingrid van Denkbeeldig');
    expect(posts.find((p) => p.id === 'vws-minister-lzjs')?.current).toBeNull();

    const handover = await send('POST', '/api/followup/posts/jenv-minister/handover', {
      name: 'Tom ter Proef',
      initials: 'T.',
      from: '2026-06-01',
    });
    expect(handover.statusCode, handover.body).toBe(200);
    expect((json(handover.body).holders as unknown[]).at(-2)).toMatchObject({
      name: 'Ingrid van Denkbeeldig',
      to: '2026-05-31',
    });
    const bad = await send('POST', '/api/followup/posts/jenv-minister/handover', { name: 'X', from: '1-6-2026' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad.body).problems).toEqual([expect.stringMatching(/^initials: /), expect.stringMatching(/^from: /)]);

    const created = await send('POST', '/api/followup/posts', {
      title: 'Staatssecretaris Jeugd, Preventie en Sport',
      department: 'VWS',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(json(created.body)).toMatchObject({ ministry: 'Volksgezondheid, Welzijn en Sport', holders: [] });
  });

  it('refuses a change from someone not signed in', async () => {
    const anonymous = await send(
      'POST',
      '/api/followup/posts/jenv-minister/handover',
      { name: 'A B', initials: 'A.', from: '2026-07-01' },
      { 'x-anonymous': '1' },
    );
    expect(anonymous.statusCode).toBe(401);
  });

  it('reports per ministry for a period as JSON and as Word, the half year of today by default', async () => {
    const report = await app.inject({ url: '/api/followup/report?ministry=OCW&from=2024-07-01&to=2024-12-31' });
    expect(report.statusCode, report.body).toBe(200);
    expect(json(report.body)).toMatchObject({
      ministry: 'Onderwijs, Cultuur en Wetenschap',
      period: { from: '2024-07-01', to: '2024-12-31' },
      counts: { postponed: 1, overdue: 2 },
    });
    const byDefault = json((await app.inject({ url: '/api/followup/report?ministry=JenV' })).body);
    expect(byDefault.period).toEqual({ from: '2026-07-01', to: '2026-12-31' });

    const docx = await app.inject({ url: '/api/followup/report.docx?ministry=OCW&from=2024-07-01&to=2024-12-31' });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="toezeggingen-OCW-2024-07-01-2024-12-31.docx"',
    );
    const text = readDocxText(docx.rawPayload);
    expect(text).toContain('Onderwijs, Cultuur en Wetenschap');
    expect(text).toContain('TZ202406-081');
    expect(text).toContain('de toenmalige minister voor Primair en Voortgezet Onderwijs (D. Proefmans)');

    expect((await app.inject({ url: '/api/followup/report' })).statusCode).toBe(400);
    const unknown = await app.inject({ url: '/api/followup/report.docx?ministry=DEF' });
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown.body).error).toContain('ministries with commitments');
    expect(
      (await app.inject({ url: '/api/followup/report?ministry=OCW&from=2025-01-01&to=2024-01-01' })).statusCode,
    ).toBe(400);
  });
});
