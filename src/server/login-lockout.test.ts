import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../access/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';

const now = new Date('2026-03-25T10:00:00Z');
const password = 'correct horse battery staple';
const lockMessage =
  'This account is locked after too many wrong passwords until 2026-03-25 10:15 UTC; try again then, or ask an administrator.';
let store: Store;
let app: FastifyInstance;

const login = (email: string, secret: string) =>
  app.inject({ method: 'POST', url: '/api/login', payload: { email, password: secret } });
const newUser = (email: string) =>
  createUser(store, { name: `Gebruiker ${email}`, email, role: 'analyst', password }, now);
const counts = (codes: readonly number[]) => {
  const tally: Record<number, number> = {};
  for (const code of codes) tally[code] = (tally[code] ?? 0) + 1;
  return tally;
};

/** Signs in once (the right password), returning the session's headers. */
async function sessionOf(email: string): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const response = await login(email, password);
  expect(response.statusCode).toBe(200);
  return {
    cookie: String(response.headers['set-cookie']).split(';')[0] ?? '',
    'x-csrf-token': JSON.parse(response.body).csrfToken,
  };
}

beforeAll(async () => {
  store = await openStore(':memory:');
  app = createServer({ store, webRoot: '/nonexistent', now: () => now, loginRateLimit: 1000 });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

describe('failed sign-ins are counted atomically', () => {
  it('locks the account when 20 wrong passwords arrive at once, and then refuses the right one', async () => {
    const user = await newUser('parallel@test.example');
    const codes = (
      await Promise.all(Array.from({ length: 20 }, (_, i) => login(user.email, `wrong password ${i}`)))
    ).map((r) => r.statusCode);
    // the default policy: the 5th failure locks; the 4 before it are plain refusals, everything after is locked
    expect(counts(codes)).toEqual({ 401: 4, 423: 16 });
    const right = await login(user.email, password);
    expect(right.statusCode).toBe(423);
    expect(JSON.parse(right.body).error).toBe(lockMessage);
    const [row] = await store.all<{ locked_until: string }>(
      'SELECT CAST(locked_until AS VARCHAR) AS locked_until FROM app_user WHERE user_id = ?',
      [user.userId],
    );
    expect(row?.locked_until).toBe('2026-03-25 10:15:00');
  });

  it('counts a mixed burst of right and wrong passwords without a write conflict', async () => {
    const user = await newUser('gemengd@test.example');
    const codes = (
      await Promise.all(Array.from({ length: 12 }, (_, i) => login(user.email, i % 3 === 0 ? password : `wrong ${i}`)))
    ).map((r) => r.statusCode);
    // no 500 ("Conflict on update"): every answer is a sign-in, a refusal or a lock
    expect(codes.every((c) => c === 200 || c === 401 || c === 423)).toBe(true);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThan(0);
  });
});

describe('the lock-out does not tell which accounts exist', () => {
  it('answers an unknown address exactly as a known one: four 401s, then 423 with the same message', async () => {
    const known = await newUser('bekend@test.example');
    const answers = async (email: string) => {
      const out: { status: number; body: string }[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await login(email, `wrong guess ${i}`);
        out.push({ status: response.statusCode, body: response.body });
      }
      return out;
    };
    const ofKnown = await answers(known.email);
    const ofUnknown = await answers('onbekend@test.example');
    expect(ofKnown.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423, 423]);
    expect(ofUnknown).toEqual(ofKnown);
    expect(JSON.parse(ofUnknown[4]?.body ?? '{}').error).toBe(lockMessage);
  });

  it('locks an unknown address under a burst of 20 as it locks a known one, whatever its spelling', async () => {
    const codes = (
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          login(i % 2 ? ' Niemand@Test.example ' : 'niemand@test.example', `guess ${i}`),
        ),
      )
    ).map((r) => r.statusCode);
    expect(counts(codes)).toEqual({ 401: 4, 423: 16 });
  });
});

describe('guessing the current password on the account page', () => {
  const change = (session: { cookie: string; 'x-csrf-token': string }, currentPassword: string) =>
    app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: session,
      payload: { currentPassword, newPassword: 'a brand new passphrase' },
    });

  it('counts as failed sign-ins: the fifth wrong one locks the account and ends its sessions', async () => {
    const user = await newUser('raden@test.example');
    const here = await sessionOf(user.email);
    const elsewhere = await sessionOf(user.email);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await change(here, `not my password ${i}`)).statusCode);
    const fifth = await change(here, 'not my password 5');
    expect([...codes, fifth.statusCode]).toEqual([400, 400, 400, 400, 423]);
    expect(JSON.parse(fifth.body).error).toContain('locked after too many wrong passwords until 2026-03-25 10:15 UTC');
    // a stolen session guessing the password is thrown out, and so is every other session of the account
    for (const session of [here, elsewhere])
      expect(JSON.parse((await app.inject({ url: '/api/session', headers: session })).body).user).toBeNull();
    expect((await login(user.email, password)).statusCode).toBe(423);
  });

  it('shares one count with the sign-in page, and is refused while locked even with the right password', async () => {
    const user = await newUser('gedeeld@test.example');
    const session = await sessionOf(user.email);
    for (let i = 0; i < 4; i++) expect((await login(user.email, `wrong ${i}`)).statusCode).toBe(401);
    expect((await change(session, 'still not it')).statusCode).toBe(423);
    const other = await newUser('al-op-slot@test.example');
    const kept = await sessionOf(other.email);
    for (let i = 0; i < 5; i++) await login(other.email, `wrong ${i}`);
    const refused = await change(kept, password);
    expect(refused.statusCode).toBe(423);
    // locked by strangers at the sign-in page: the signed-in user keeps their session, and the password is unchanged
    expect(JSON.parse((await app.inject({ url: '/api/session', headers: kept })).body).user.email).toBe(other.email);
    const [row] = await store.all<{ must: boolean }>(
      'SELECT must_change_password AS must FROM app_user WHERE user_id = ?',
      [other.userId],
    );
    expect(row?.must).toBe(false);
  });

  it('locks after 20 parallel wrong current passwords, atomically', async () => {
    const user = await newUser('parallel-wissel@test.example');
    const session = await sessionOf(user.email);
    const codes = (await Promise.all(Array.from({ length: 20 }, (_, i) => change(session, `guess ${i}`)))).map(
      (r) => r.statusCode,
    );
    expect(counts(codes)).toEqual({ 400: 4, 423: 16 });
    expect((await login(user.email, password)).statusCode).toBe(423);
  });

  it('clears the count after the right current password, as a sign-in does', async () => {
    const user = await newUser('vergissing@test.example');
    const session = await sessionOf(user.email);
    for (let i = 0; i < 4; i++) expect((await change(session, `typo ${i}`)).statusCode).toBe(400);
    expect((await change(session, password)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(user.email, `wrong ${i}`)).statusCode).toBe(401);
    expect((await login(user.email, 'a brand new passphrase')).statusCode).toBe(200);
  });
});
