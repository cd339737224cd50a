import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, createUser, recordAudit, type UserAccount } from '../access/index.ts';
import { CsvParser } from '../csv/index.ts';
import { buildDemoData, type Commitment, replaceFollowupData } from '../followup/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';

const now = new Date('2026-03-25T10:00:00Z');
const planted = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+1', '-2+3', '\t=1'] as const;
let store: Store;
let app: FastifyInstance;
let officer: UserAccount;
let admin: UserAccount;

const download = async (user: UserAccount, url: string) => {
  const session = await createSession(store, user.userId, '127.0.0.1', now);
  const response = await app.inject({ url, headers: { cookie: `zicht_session=${session.token}` } });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/csv/);
  const parser = new CsvParser(',');
  const [header = [], ...rows] = [...parser.push(response.body), ...parser.end()].filter((r) =>
    r.some((f) => f !== ''),
  );
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

beforeAll(async () => {
  store = await openStore(':memory:');
  officer = await createUser(
    store,
    {
      name: 'Beleidsmedewerker',
      email: 'beleid@test.example',
      role: 'officer',
      password: 'correct horse battery staple',
    },
    now,
  );
  admin = await createUser(
    store,
    { name: 'Beheerder', email: 'admin@test.example', role: 'administrator', password: 'correct horse battery staple' },
    now,
  );
  const demo = buildDemoData();
  const [first, ...rest] = demo.commitments as [Commitment, ...Commitment[]];
  const hostile: Commitment = {
    ...first,
    what: planted[0],
    who: planted[1],
    ministry: planted[2],
    evidence: planted[3],
    promised: { ...first.promised, phrase: planted[4] },
    recommendationNumber: 2,
  };
  await replaceFollowupData(store, { ...demo, commitments: [hostile, ...rest] });
  app = createServer({ store, webRoot: '/nonexistent', now: () => now });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

describe('downloads a user opens in a spreadsheet', () => {
  it('GET /api/followup/export.csv neutralises formulas typed into a commitment', async () => {
    const rows = await download(officer, '/api/followup/export.csv');
    const row = rows.find((r) => r.what?.includes('HYPERLINK'));
    expect(row).toMatchObject({
      what: `'${planted[0]}`,
      who: `'${planted[1]}`,
      ministry: `'${planted[2]}`,
      evidence: `'${planted[3]}`,
      phrase: `'${planted[4]}`,
    });
    expect(row?.recommendation_number).toBe('2');
    // nothing in the whole file starts like a formula without the quote
    for (const r of rows)
      for (const value of Object.values(r)) expect(value ?? '').not.toMatch(/^[\s"]*[=+\-@]|^[\t\r]/);
  });

  it('GET /api/admin/audit.csv neutralises formulas in logged texts', async () => {
    for (const target of planted)
      await recordAudit(store, { who: null, action: 'login', target, ip: '10.0.0.1', outcome: 401, at: now });
    const rows = await download(admin, '/api/admin/audit.csv?action=login');
    expect(rows.map((r) => r.target).sort()).toEqual(planted.map((p) => `'${p}`).sort());
    expect(rows.every((r) => r.outcome === '401')).toBe(true);
  });
});
