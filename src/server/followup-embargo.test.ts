import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../test/support/read-docx-text.ts';
import { sessionHeaders } from '../../test/support/access-test-fixture.ts';
import { createUser, type UserAccount } from '../access/index.ts';
import { buildDemoData, type EditionWorkspace, replaceFollowupData } from '../followup/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';

const now = new Date('2026-03-25T10:00:00Z');
const id = '2020-2024';
const demo = buildDemoData();
/** Words of the 2020–2024 response texts that say nothing outside the response (long enough to be unique). */
const responseSnippets = demo.responses
  .filter((r) => r.editionId === id)
  .map((r) => r.text.replace(/\s+/g, ' ').slice(0, 60));

let store: Store;
let app: FastifyInstance;
const users: Record<'jenv' | 'vws' | 'ocw' | 'cabinet', UserAccount> = {} as never;

const as = async (who: keyof typeof users | null, options: InjectOptions) =>
  app.inject({
    ...options,
    headers: { ...(who ? await sessionHeaders(store, users[who], now) : {}), ...options.headers },
  });
/** The public page, list and comparison, and the public letter and nota (.docx; with `pdf` also as PDF, which takes LibreOffice seconds). */
const publicViews = async (pdf = false) => {
  const page = await as(null, { url: `/api/followup/editions/${id}` });
  const list = await as(null, { url: '/api/followup/editions' });
  const compare = await as(null, { url: '/api/followup/compare' });
  const names = ['letter.docx', 'nota.docx', ...(pdf ? ['letter.pdf', 'nota.pdf'] : [])];
  const documents = await Promise.all(names.map((d) => as(null, { url: `/api/followup/editions/${id}/${d}` })));
  return { page, list, compare, documents };
};
const workspace = async (who: keyof typeof users) =>
  JSON.parse((await as(who, { url: `/api/followup/editions/${id}/workspace` })).body) as EditionWorkspace;
const step = (who: keyof typeof users, s: Record<string, unknown>) =>
  as(who, { method: 'POST', url: `/api/followup/editions/${id}/workflow`, payload: { step: s } });

beforeAll(async () => {
  store = await openStore(':memory:');
  await replaceFollowupData(store, demo);
  const account = async (name: string, email: string, role: 'officer' | 'minister-office', organisation: string) =>
    createUser(store, { name, email, role, organisation, password: 'correct horse battery staple' }, now);
  users.jenv = await account('Jet Jansen', 'jenv@test.example', 'officer', 'JenV');
  users.vws = await account('Victor Vos', 'vws@test.example', 'officer', 'VWS');
  users.ocw = await account('Olga Oud', 'ocw@test.example', 'officer', 'OCW');
  users.cabinet = await account('Karel Kabinet', 'kabinet@test.example', 'minister-office', 'JenV');
  app = createServer({ store, webRoot: '/nonexistent', now: () => now, newFollowupId: () => 'T-late' });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

describe('the embargo on a response until it is sent to Parliament', () => {
  it('shows the public nothing of the 2020–2024 response while it waits for the decision', async () => {
    const { page, list, compare, documents } = await publicViews(true);
    expect(documents).toHaveLength(4);
    const overview = JSON.parse(page.body);
    expect(overview).toMatchObject({ embargo: true, responseState: null, kamerstuk: null, sentOn: null, general: [] });
    expect(overview.recommendations.map((r: { stance: unknown; response: unknown }) => [r.stance, r.response])).toEqual(
      Array(5).fill([null, null]),
    );
    for (const snippet of responseSnippets) {
      expect(page.body).not.toContain(snippet);
      expect(compare.body).not.toContain(snippet);
    }
    const compared = JSON.parse(compare.body).flatMap((t: { editions: { editionId: string; stances: unknown[] }[] }) =>
      t.editions.filter((e) => e.editionId === id).flatMap((e) => e.stances),
    );
    expect(compared.length).toBeGreaterThan(0);
    expect(compared.every((s: unknown) => s === null)).toBe(true);
    expect(JSON.parse(list.body).find((e: { id: string }) => e.id === id).responseState).toBeNull();
    for (const d of documents) {
      expect(d.statusCode).toBe(404);
      expect(JSON.parse(d.body).error).toContain('De kabinetsreactie is nog niet verschenen');
    }
    // the ministry's own people see where it stands
    const internal = JSON.parse((await as('jenv', { url: '/api/followup/editions' })).body);
    expect(internal.find((e: { id: string }) => e.id === id).responseState).toBe('memo-for-decision');
  });

  it('after approval by the minister’s office and sending, shows the response as sent — unchanged by a later commitment', async () => {
    expect((await step('jenv', { kind: 'approve' })).statusCode).toBe(403);
    expect((await step('cabinet', { kind: 'approve' })).statusCode).toBe(200);

    const before = await workspace('jenv');
    expect(before.allowedSteps).toEqual(['return-to-draft']);
    expect(before.redactions.length).toBeGreaterThan(0);
    const refused = await step('jenv', { kind: 'send', date: '2026-04-02' });
    expect(refused.statusCode).toBe(409);
    expect(JSON.parse(refused.body).error).toContain('have no decision yet');
    for (const p of before.redactions) {
      const decided = await as('jenv', {
        method: 'POST',
        url: `/api/followup/editions/${id}/redactions/${p.id}`,
        payload: { decision: p.ground ? 'redact' : 'keep' },
      });
      expect(decided.statusCode, decided.body).toBe(200);
    }
    expect((await workspace('jenv')).allowedSteps).toEqual(['send', 'return-to-draft']);
    expect((await step('vws', { kind: 'send', date: '2026-04-02' })).statusCode).toBe(403);
    expect((await step('jenv', { kind: 'send', date: '2026-04-02' })).statusCode).toBe(200);

    const sent = await publicViews();
    const overview = JSON.parse(sent.page.body);
    expect(overview).toMatchObject({ embargo: false, responseState: 'sent-to-parliament', sentOn: '2026-04-02' });
    const stances = demo.recommendations
      .filter((r) => r.editionId === id)
      .map(
        (r) => demo.responses.find((x) => x.editionId === id && x.recommendationNumber === r.number)?.stance ?? null,
      );
    expect(stances.filter(Boolean).length).toBeGreaterThan(0);
    expect(overview.recommendations.map((r: { stance: unknown }) => r.stance)).toEqual(stances);
    const [letter, nota] = sent.documents;
    const pdf = await as(null, { url: `/api/followup/editions/${id}/letter.pdf` });
    // 503 only where LibreOffice is missing: then it says so
    if (pdf.statusCode === 503) expect(JSON.parse(pdf.body).error).toContain('LibreOffice');
    else expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(letter?.statusCode).toBe(200);
    expect(nota?.statusCode).toBe(200);
    const letterText = readDocxText(letter?.rawPayload as Buffer);
    expect(letterText).toContain('2 april 2026');
    for (const p of before.redactions.filter((r) => r.ground)) expect(letterText).not.toContain(p.text);

    // a commitment recorded after sending, for this edition: the officers have it, the public letter and page do not
    const late = await as('jenv', {
      method: 'POST',
      url: '/api/followup/commitments',
      payload: {
        editionId: id,
        recommendationNumber: 5,
        what: 'Een nieuwe voortgangsbrief sturen over de ketenregie',
        who: 'Minister van Justitie en Veiligheid',
        ministry: 'Justitie en Veiligheid',
        when: '2026-12-01',
        madeOn: '2026-04-20',
      },
    });
    expect(late.statusCode, late.body).toBe(201);
    const after = await publicViews();
    expect(JSON.parse(after.page.body)).toEqual(overview);
    expect(after.page.body).not.toContain('voortgangsbrief');
    expect(readDocxText(after.documents[0]?.rawPayload as Buffer)).toBe(letterText);
    expect(readDocxText(after.documents[1]?.rawPayload as Buffer)).toBe(readDocxText(nota?.rawPayload as Buffer));
    expect(readDocxText(after.documents[0]?.rawPayload as Buffer)).not.toContain('voortgangsbrief');
    // the officers have it in their workspace
    expect((await workspace('jenv')).commitments.map((c) => c.id)).toContain('T-late');

    // and the texts are frozen for good
    const edit = await as('jenv', {
      method: 'PUT',
      url: `/api/followup/editions/${id}`,
      payload: { expectedVersion: before.editionVersion, patch: { title: 'Iets anders' } },
    });
    expect(edit.statusCode).toBe(409);
    expect(JSON.parse(edit.body).error).toContain('was sent to Parliament on 2026-04-02 and is final');
    expect(JSON.parse((await publicViews()).page.body)).toEqual(overview);
  });
});

describe('two officers correcting one commitment', () => {
  it('the commitments list gives each its version; a correction on it passes once, the second on the same version is refused', async () => {
    const list = await as('jenv', { url: '/api/followup/commitments' });
    const c = (JSON.parse(list.body) as { id: string; version: number }[]).find((x) => x.id === '2018-2022-T3');
    if (!c) throw new Error('the demo has commitment 2018-2022-T3');
    expect(c.version).toBeGreaterThan(0);
    const correct = (who: 'jenv' | 'vws', what: string) =>
      as(who, {
        method: 'PUT',
        url: `/api/followup/commitments/${c.id}`,
        payload: { expectedVersion: c.version, what },
      });
    expect((await correct('jenv', 'de Kamer informeren over de voortgang')).statusCode).toBe(200);
    const second = await correct('vws', 'de Kamer informeren over iets anders');
    expect(second.statusCode).toBe(409);
    expect(JSON.parse(second.body).changedBy).toContain('Jet Jansen');
  });

  it('a status change names the version it saw too: marking met on a stale view is refused', async () => {
    const list = await as('jenv', { url: '/api/followup/commitments' });
    const c = (JSON.parse(list.body) as { id: string; version: number }[]).find((x) => x.id === '2018-2022-T4');
    if (!c) throw new Error('the demo has commitment 2018-2022-T4');
    const mark = (who: 'jenv' | 'vws', status: string, text: string) =>
      as(who, {
        method: 'POST',
        url: `/api/followup/commitments/${c.id}/status`,
        payload: { status, expectedVersion: c.version, ...(status === 'met' ? { evidence: text } : { reason: text }) },
      });
    expect((await mark('jenv', 'met', 'Kamerstukken II 2024/25, 31 015, nr. 290')).statusCode).toBe(200);
    const second = await mark('vws', 'withdrawn', 'Niet meer nodig');
    expect(second.statusCode).toBe(409);
    expect(JSON.parse(second.body).changedBy).toContain('Jet Jansen');
  });
});
