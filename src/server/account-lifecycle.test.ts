import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type UserAccount } from '../access/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';

const now = new Date('2026-03-25T10:00:00Z');
const password = 'correct horse battery staple';
let store: Store;
let app: FastifyInstance;
let admin: UserAccount;

type Session = { cookie: string; 'x-csrf-token': string };

async function signIn(
  email: string,
  secret = password,
): Promise<{ status: number; body: { error?: string; mustChangePassword?: boolean }; session: Session }> {
  const response = await app.inject({ method: 'POST', url: '/api/login', payload: { email, password: secret } });
  const body = JSON.parse(response.body) as { csrfToken?: string; error?: string; mustChangePassword?: boolean };
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  return { status: response.statusCode, body, session: { cookie, 'x-csrf-token': body.csrfToken ?? '' } };
}

const post = (session: Session, url: string, payload?: Record<string, string>) =>
  app.inject({ method: 'POST', url, headers: session, ...(payload === undefined ? {} : { payload }) });
const get = (session: Session, url: string) => app.inject({ method: 'GET', url, headers: session });
const newUser = (email: string) =>
  createUser(store, { name: `Gebruiker ${email}`, email, role: 'analyst', password }, now);
const auditOf = (action: string) =>
  store.all<{ user_name: string | null; target: string; outcome: number }>(
    'SELECT user_name, target, outcome FROM audit_log WHERE action = ? ORDER BY seq',
    [action],
  );

beforeAll(async () => {
  store = await openStore(':memory:');
  admin = await createUser(
    store,
    { name: 'Beheerder', email: 'admin@test.example', role: 'administrator', password },
    now,
  );
  app = createServer({ store, webRoot: '/nonexistent', now: () => now, loginRateLimit: 1000 });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

describe('changing one’s own password', () => {
  it('needs the current password, ends the other sessions and keeps this one', async () => {
    const user = await newUser('wissel@test.example');
    const here = (await signIn(user.email)).session;
    const elsewhere = (await signIn(user.email)).session;
    const wrong = await post(here, '/api/account/password', {
      currentPassword: 'not my password at all',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.parse(wrong.body).problems).toEqual(['currentPassword: this is not your current password']);
    const short = await post(here, '/api/account/password', { currentPassword: password, newPassword: 'short' });
    expect(JSON.parse(short.body).problems).toEqual(['newPassword: use at least 12 characters']);

    const changed = await post(here, '/api/account/password', {
      currentPassword: password,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.statusCode).toBe(200);
    expect(JSON.parse((await get(here, '/api/session')).body).user.email).toBe(user.email);
    expect(JSON.parse((await get(elsewhere, '/api/session')).body).user).toBeNull();
    expect((await signIn(user.email)).status).toBe(401);
    expect((await signIn(user.email, 'a brand new passphrase')).status).toBe(200);
    expect((await auditOf('account.password.change')).map((a) => a.outcome)).toEqual([400, 400, 200]);
  });

  it('is refused without the CSRF token', async () => {
    const user = await newUser('csrf@test.example');
    const { session } = await signIn(user.email);
    const response = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: { cookie: session.cookie },
      payload: { currentPassword: password, newPassword: 'another long passphrase' },
    });
    expect(response.statusCode).toBe(403);
    expect((await signIn(user.email)).status).toBe(200);
  });
});

describe('an administrator disables and enables an account', () => {
  it('signs the account out at once and refuses its sign-in until enabled, without telling strangers', async () => {
    const user = await newUser('uit@test.example');
    const adminSession = (await signIn(admin.email)).session;
    const userSession = (await signIn(user.email)).session;
    expect((await get(userSession, '/api/deliveries')).statusCode).toBe(200);

    const disabled = await post(adminSession, `/api/admin/users/${user.userId}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(JSON.parse(disabled.body).disabledAt).toBe('2026-03-25 10:00:00');
    expect((await get(userSession, '/api/deliveries')).statusCode).toBe(401);
    const refused = await signIn(user.email);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('disabled');
    // a wrong password gets the ordinary answer: being disabled is only told to whoever knows the password
    expect((await signIn(user.email, 'a wrong password here')).status).toBe(401);

    expect((await post(adminSession, `/api/admin/users/${user.userId}/enable`)).statusCode).toBe(200);
    expect((await signIn(user.email)).status).toBe(200);
    const audit = await auditOf('users.disable');
    expect(audit).toEqual([{ user_name: 'Beheerder', target: 'user:uit@test.example', outcome: 200 }]);
    expect((await auditOf('users.enable')).map((a) => a.target)).toEqual(['user:uit@test.example']);
  });

  it('does not let an administrator disable themselves, and says so for unknown ids', async () => {
    const adminSession = (await signIn(admin.email)).session;
    expect((await post(adminSession, `/api/admin/users/${admin.userId}/disable`)).statusCode).toBe(409);
    expect((await post(adminSession, '/api/admin/users/no-such-user/disable')).statusCode).toBe(404);
    expect((await signIn(admin.email)).status).toBe(200);
  });
});

describe('an administrator resets a password', () => {
  it('gives a one-time password that only lets its user choose a new one', async () => {
    const user = await newUser('vergeten@test.example');
    const old = (await signIn(user.email)).session;
    const adminSession = (await signIn(admin.email)).session;
    const reset = await post(adminSession, `/api/admin/users/${user.userId}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const { oneTimePassword } = JSON.parse(reset.body) as { oneTimePassword: string };
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
    expect(JSON.parse((await get(old, '/api/session')).body).user).toBeNull();
    expect((await signIn(user.email)).status).toBe(401);

    const fresh = await signIn(user.email, oneTimePassword);
    expect(fresh.status).toBe(200);
    expect(fresh.body.mustChangePassword).toBe(true);
    const blocked = await get(fresh.session, '/api/deliveries');
    expect(blocked.statusCode).toBe(403);
    expect(JSON.parse(blocked.body).error).toContain('one-time password');
    const same = await post(fresh.session, '/api/account/password', {
      currentPassword: oneTimePassword,
      newPassword: oneTimePassword,
    });
    expect(JSON.parse(same.body).problems).toEqual([
      'newPassword: choose your own password, not the one-time password you were given',
    ]);
    expect(
      (
        await post(fresh.session, '/api/account/password', {
          currentPassword: oneTimePassword,
          newPassword: 'my own new passphrase',
        })
      ).statusCode,
    ).toBe(200);
    expect(JSON.parse((await get(fresh.session, '/api/session')).body).mustChangePassword).toBe(false);
    expect((await get(fresh.session, '/api/deliveries')).statusCode).toBe(200);
    // the one-time password is never written to the audit log
    const audit = await store.all<{ line: string }>('SELECT CAST(audit_log AS VARCHAR) AS line FROM audit_log');
    expect(audit.some((a) => a.line.includes(oneTimePassword))).toBe(false);
    expect((await auditOf('users.password.reset')).map((a) => a.target)).toEqual(['user:vergeten@test.example']);
  });

  it('lifts a lock-out, and is refused for the administrator’s own account', async () => {
    const user = await newUser('op-slot@test.example');
    for (let i = 0; i < 5; i++) await signIn(user.email, `wrong password ${i}`);
    expect((await signIn(user.email)).status).toBe(423);
    const adminSession = (await signIn(admin.email)).session;
    const { oneTimePassword } = JSON.parse(
      (await post(adminSession, `/api/admin/users/${user.userId}/reset-password`)).body,
    ) as { oneTimePassword: string };
    expect((await signIn(user.email, oneTimePassword)).status).toBe(200);
    expect((await post(adminSession, `/api/admin/users/${admin.userId}/reset-password`)).statusCode).toBe(409);
  });
});
