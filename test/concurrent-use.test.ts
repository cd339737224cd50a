import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordColumns } from '../src/contract/index.ts';
import { createEdition } from '../src/publish/index.ts';
import {
  type AccessFixture,
  createAccessFixture,
  type FixtureUser,
  fixtureNow,
  sessionHeaders,
} from './support/access-test-fixture.ts';
import { createServer } from '../src/server/create-server.ts';

/**
 * Many people at once, against a real server (HTTP on loopback) on a real store file: two
 * stewards of different organisations uploading, a registration upload, an administrator creating
 * accounts and an analyst previewing two editions, all at the same moment, three rounds.
 */
let fixture: AccessFixture;
let headers: Record<FixtureUser, Record<string, string>>;
const noLimits = { reads: 100_000, writes: 100_000, uploads: 100_000 };

async function listen(): Promise<{ app: FastifyInstance; url: string }> {
  const app = createServer({
    store: fixture.store,
    webRoot: '/nonexistent',
    siteRoot: join(fixture.dir, 'site'),
    apiRateLimits: noLimits,
    loginRateLimit: 10_000,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  return { app, url: `http://127.0.0.1:${address.port}` };
}

const csvOf = (recordType: keyof typeof recordColumns, rows: Record<string, string>[]) =>
  `${recordColumns[recordType].join(',')}\n${rows.map((r) => recordColumns[recordType].map((c) => r[c] ?? '').join(',')).join('\n')}\n`;

const token = (text: string) => Buffer.from(text.padEnd(16, '=')).toString('base64');
const persons = (source: string, round: number, n: number) =>
  csvOf(
    'person',
    Array.from({ length: n }, (_, i) => ({
      source,
      person_id: `CONC-${source}-${round}-${i}`,
      role: i % 3 === 0 ? 'suspect' : 'victim',
      sex: i % 2 ? 'F' : 'M',
      birth_year_month: `20${10 + (i % 8)}-0${1 + (i % 9)}`,
      link_bsn: token(`bsn ${source} ${round} ${i}`),
      link_name_dob: token(`nd ${source} ${round} ${i}`),
    })),
  );
const registrations = (victims: readonly string[], round: number) =>
  csvOf(
    'registration',
    victims.map((victim, i) => ({
      source: 'csg',
      registration_id: `CONC-R-${round}-${i}`,
      registration_date: '2024-06-01',
      incident_date_from: '2024-05-01',
      offence_code: 'SR246',
      setting: 'home_victim',
      online: 'false',
      region: 'PV26',
      victim_person_id: victim,
      relationship: 'other_family',
    })),
  );

type Upload = { status: string; deliveryId: string; rowsRead: number; rowsAccepted: number; rowsQuarantined: number };

async function call<T>(
  url: string,
  who: FixtureUser,
  path: string,
  init: { method?: string; body?: string; type?: string } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...headers[who], ...(init.type ? { 'content-type': init.type } : {}) },
    body: init.body,
  });
  return { status: response.status, body: (await response.json()) as T };
}

const upload = (url: string, who: FixtureUser, recordType: string, period: string, fileName: string, csv: string) =>
  call<Upload>(url, who, `/api/deliveries?recordType=${recordType}&period=${period}&fileName=${fileName}`, {
    method: 'POST',
    body: csv,
    type: 'text/csv',
  });
const preview = (url: string, id: string) => call<unknown>(url, 'analyst', `/api/editions/${id}/tables`);

beforeAll(async () => {
  fixture = await createAccessFixture();
  headers = {} as typeof headers;
  for (const who of Object.keys(fixture.users) as FixtureUser[])
    headers[who] = await sessionHeaders(fixture.store, fixture.users[who], new Date()); // the server runs on the real clock
  await createEdition(
    fixture.store,
    { id: 'conc-a', title: 'Gelijktijdig A', period: { from: 2018, to: 2025 } },
    () => fixtureNow,
  );
  await createEdition(
    fixture.store,
    { id: 'conc-b', title: 'Gelijktijdig B', period: { from: 2020, to: 2023 } },
    () => fixtureNow,
  );
});
afterAll(() => fixture?.close());

describe('many users at once on one server and one store', () => {
  it('keeps every delivery, account, audit row and preview its own over three rounds of simultaneous work', async () => {
    // the previews as they are when nobody else works: one server, one request at a time
    const alone = await listen();
    const aloneA = await preview(alone.url, 'conc-a');
    const aloneB = await preview(alone.url, 'conc-b');
    await alone.app.close();
    expect(aloneA.status).toBe(200);
    expect(aloneB.status).toBe(200);
    expect(JSON.stringify(aloneA.body)).not.toBe(JSON.stringify(aloneB.body));

    const csgVictims = (
      await fixture.store.all<{ person_id: string }>(
        "SELECT person_id FROM person_current WHERE source = 'csg' AND role = 'victim' ORDER BY person_id",
      )
    ).map((r) => r.person_id);
    expect(csgVictims.length).toBeGreaterThan(10);
    const expected: { deliveryId: string; source: string; prefix: string; rows: number; table: string }[] = [];
    const accounts: string[] = [];
    for (const round of [1, 2, 3]) {
      const { app, url } = await listen(); // a fresh server: the previews are built again, during the uploads
      const policeRows = 30_000;
      const csgRows = 10_000;
      const regRows = 3_000;
      const regVictims = Array.from({ length: regRows }, (_, i) => csgVictims[i % csgVictims.length] as string);
      const emails = [1, 2, 3].map((k) => `conc-${round}-${k}@test.example`);
      const [police, csg, reg, previewA, previewB, ...created] = await Promise.all([
        upload(url, 'policeSteward', 'person', '2031', `police-${round}.csv`, persons('police', round, policeRows)),
        upload(url, 'steward', 'person', '2031', `csg-${round}.csv`, persons('csg', round, csgRows)),
        upload(
          url,
          'steward',
          'registration',
          `2024-0${round}`,
          `csg-reg-${round}.csv`,
          registrations(regVictims, round),
        ),
        preview(url, 'conc-a'),
        preview(url, 'conc-b'),
        ...emails.map((email) =>
          call<{ userId: string }>(url, 'administrator', '/api/admin/users', {
            method: 'POST',
            type: 'application/json',
            body: JSON.stringify({
              name: 'Gelijktijdig Aangemaakt',
              email,
              role: 'analyst',
              password: 'a long enough password',
            }),
          }),
        ),
      ]);
      await app.close();
      for (const [result, rows] of [
        [police, policeRows],
        [csg, csgRows],
        [reg, regRows],
      ] as const) {
        expect(result.status, JSON.stringify({ ...result.body, report: undefined })).toBe(201);
        expect(result.body).toMatchObject({ status: 'stored', rowsRead: rows, rowsAccepted: rows, rowsQuarantined: 0 });
      }
      expected.push(
        {
          deliveryId: police.body.deliveryId,
          source: 'police',
          prefix: `CONC-police-${round}-`,
          rows: policeRows,
          table: 'person',
        },
        {
          deliveryId: csg.body.deliveryId,
          source: 'csg',
          prefix: `CONC-csg-${round}-`,
          rows: csgRows,
          table: 'person',
        },
        {
          deliveryId: reg.body.deliveryId,
          source: 'csg',
          prefix: `CONC-R-${round}-`,
          rows: regRows,
          table: 'registration',
        },
      );
      expect(previewA.body).toEqual(aloneA.body);
      expect(previewB.body).toEqual(aloneB.body);
      for (const [i, c] of created.entries()) {
        expect(c.status, JSON.stringify(c.body)).toBe(201);
        accounts.push(emails[i] as string);
      }
    }

    // every delivery holds exactly its own file's rows, and nothing of anyone else's
    for (const e of expected) {
      const id = e.table === 'person' ? 'person_id' : 'registration_id';
      const [stored] = await fixture.store.all<{
        n: number;
        own: number;
        sources: number;
        delivered: number;
        quarantined: number;
      }>(
        `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE starts_with(${id}, ?))::INTEGER AS own, count(DISTINCT source)::INTEGER AS sources,
                (SELECT rows_accepted FROM delivery WHERE delivery_id = ?) AS delivered,
                (SELECT count(*)::INTEGER FROM quarantine WHERE delivery_id = ?) AS quarantined
         FROM ${e.table} WHERE delivery_id = ?`,
        [e.prefix, e.deliveryId, e.deliveryId, e.deliveryId],
      );
      expect(stored, e.deliveryId).toEqual({ n: e.rows, own: e.rows, sources: 1, delivered: e.rows, quarantined: 0 });
      expect(e.deliveryId.startsWith(`${e.source}:`)).toBe(true);
    }
    // per source and period the last round's file is current, the earlier two superseded
    const versions = await fixture.store.all<{ source: string; status: string; n: number }>(
      "SELECT source, status, count(*)::INTEGER AS n FROM delivery WHERE period = '2031' GROUP BY ALL ORDER BY ALL",
    );
    expect(versions).toEqual([
      { source: 'csg', status: 'active', n: 1 },
      { source: 'csg', status: 'superseded', n: 2 },
      { source: 'police', status: 'active', n: 1 },
      { source: 'police', status: 'superseded', n: 2 },
    ]);
    // every account that was answered 201 exists, with its audit row
    for (const email of accounts) {
      expect(await fixture.store.all('SELECT email FROM app_user WHERE email = ?', [email]), email).toHaveLength(1);
      expect(
        await fixture.store.all(
          "SELECT seq FROM audit_log WHERE action = 'users.create' AND target = ? AND outcome = 201",
          [`user:${email}`],
        ),
        email,
      ).toHaveLength(1);
    }
    expect(accounts).toHaveLength(9);
    // and the audit chain, written by all of them at once, verifies
    const { app, url } = await listen();
    const verified = await call<{ ok: boolean; rows: number }>(url, 'administrator', '/api/admin/audit/verify');
    await app.close();
    expect(verified.body).toMatchObject({ ok: true });
    const [uploads] = await fixture.store.all<{ n: number }>(
      "SELECT count(*)::INTEGER AS n FROM audit_log WHERE action = 'deliveries.upload' AND outcome = 201",
    );
    expect(uploads?.n).toBe(9);
  });
});
