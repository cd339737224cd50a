import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccessFixture,
  createAccessFixture,
  fixtureNow,
  sessionHeaders,
} from '../../test/support/access-test-fixture.ts';
import { createServer } from './create-server.ts';
import type { EditionPreview } from './edition-routes.ts';
import type { EditionListItem } from '../publish/index.ts';

let fixture: AccessFixture;
let app: FastifyInstance;
let headers: Record<string, string>;
let siteRoot: string;
let clock = fixtureNow;
const nextDay = new Date(fixtureNow.getTime() + 60_000);

beforeAll(async () => {
  fixture = await createAccessFixture();
  siteRoot = join(fixture.dir, 'site');
  app = createServer({ store: fixture.store, webRoot: '/nonexistent', siteRoot, now: () => clock });
  await app.ready();
  headers = await sessionHeaders(fixture.store, fixture.users.analyst);
});
afterAll(async () => {
  await app?.close();
  fixture?.close();
});

const get = (url: string) => app.inject({ method: 'GET', url, headers });
const post = (url: string, payload?: object) =>
  app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });

describe('the analyst’s editions', () => {
  it('creates an edition, previews its tables after disclosure control, publishes it and serves the site', async () => {
    const made = await post('/api/editions', {
      id: 'monitor-2018-2025',
      title: 'Monitor 2018–2025',
      from: 2018,
      to: 2025,
    });
    expect(made.statusCode, made.body).toBe(201);
    const active = await fixture.store.all<{ n: number }>("SELECT count(*) AS n FROM delivery WHERE status = 'active'");
    let list = JSON.parse((await get('/api/editions')).body) as EditionListItem[];
    expect(list).toEqual([
      {
        id: 'monitor-2018-2025',
        title: 'Monitor 2018–2025',
        period: { from: 2018, to: 2025 },
        createdAt: fixtureNow.toISOString(),
        deliveries: active[0]?.n,
        publishedAt: null,
      },
    ]);

    const preview = JSON.parse((await get('/api/editions/monitor-2018-2025/tables')).body) as EditionPreview;
    expect(preview.edition.id).toBe('monitor-2018-2025');
    expect(preview.tables.length).toBeGreaterThan(5);
    const withheld = preview.tables.flatMap((t) =>
      t.rows.filter((r) => r.status !== 'published').map((r) => ({ t, r })),
    );
    const { suppressed } = preview.disclosure;
    expect(withheld.length).toBe(suppressed.threshold + suppressed.dominance + suppressed.secondary);
    for (const { t, r } of withheld) for (const m of t.measures) expect(r.values[m], `${t.id} ${m}`).toBeNull();
    expect(preview.disclosure.safe).toBe(preview.disclosure.audited);
    expect(preview).not.toHaveProperty('estimate');

    const published = await post('/api/editions/monitor-2018-2025/publish');
    expect(published.statusCode, published.body).toBe(200);
    expect(JSON.parse(published.body)).toMatchObject({
      editionId: 'monitor-2018-2025',
      publishedAt: fixtureNow.toISOString(),
      url: '/publicatie/',
    });
    const page = await app.inject({ url: '/publicatie/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Monitor 2018–2025');
    list = JSON.parse((await get('/api/editions')).body) as EditionListItem[];
    expect(list[0]?.publishedAt).toBe(fixtureNow.toISOString());
    const audit = await fixture.store.all<{ action: string; target: string }>(
      "SELECT action, target FROM audit_log WHERE action LIKE 'editions.%' ORDER BY seq",
    );
    expect(audit).toEqual([
      { action: 'editions.create', target: 'edition:monitor-2018-2025' },
      { action: 'editions.publish', target: 'edition:monitor-2018-2025' },
    ]);
  });

  it('replaces the site whole when another edition is published, leaving no folder behind', async () => {
    clock = nextDay;
    expect(
      (await post('/api/editions', { id: 'monitor-2024', title: 'Monitor 2024', from: 2024, to: 2024 })).statusCode,
    ).toBe(201);
    expect((await post('/api/editions/monitor-2024/publish')).statusCode).toBe(200);
    const manifest = JSON.parse(readFileSync(join(siteRoot, 'edition.json'), 'utf8')) as { editionId: string };
    expect(manifest.editionId).toBe('monitor-2024');
    expect((await app.inject({ url: '/publicatie/' })).body).toContain('Monitor 2024');
    const list = JSON.parse((await get('/api/editions')).body) as EditionListItem[];
    expect(list.map((e) => [e.id, e.publishedAt !== null])).toEqual([
      ['monitor-2024', true],
      ['monitor-2018-2025', false],
    ]);
    const leftovers = ['new', 'old'].map((k) => join(fixture.dir, `.site-${k}-${nextDay.getTime()}`));
    for (const dir of leftovers) expect(existsSync(dir), dir).toBe(false);
  });

  it('reports every problem of a new edition together, and refuses an id that exists', async () => {
    const bad = await post('/api/editions', { id: 'Monitor 2025!', title: '', from: 2025, to: 2020 });
    expect(bad.statusCode).toBe(400);
    const { problems } = JSON.parse(bad.body) as { problems: string[] };
    expect(problems).toEqual([
      expect.stringMatching(/^id: /),
      expect.stringMatching(/^title: /),
      'to: the period ends before it starts',
    ]);
    const backwards = await post('/api/editions', { id: 'backwards', title: 'Backwards', from: 2025, to: 2020 });
    expect(JSON.parse(backwards.body).problems).toEqual(['to: the period ends before it starts']);
    const again = await post('/api/editions', { id: 'monitor-2024', title: 'Again', from: 2024, to: 2024 });
    expect(again.statusCode).toBe(400);
    expect(JSON.parse(again.body).error).toContain('exists already');
  });

  it('answers 404 for an edition that does not exist, and 409 for publishing without a site directory', async () => {
    expect((await get('/api/editions/nope/tables')).statusCode).toBe(404);
    expect((await post('/api/editions/nope/publish')).statusCode).toBe(404);
    const siteless = createServer({ store: fixture.store, webRoot: '/nonexistent', now: () => fixtureNow });
    const response = await siteless.inject({ method: 'POST', url: '/api/editions/monitor-2024/publish', headers });
    expect(response.statusCode).toBe(409);
    expect(JSON.parse(response.body).error).toContain('no site directory');
    await siteless.close();
  });
});
