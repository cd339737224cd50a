import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, createUser, type UserAccount } from '../access/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';

const now = new Date('2026-03-25T10:00:00Z');
let store: Store;
let app: FastifyInstance;
let admin: UserAccount;

const asAdmin = async (method: 'GET' | 'POST', url: string) => {
  const session = await createSession(store, admin.userId, '127.0.0.1', now);
  return app.inject({
    method,
    url,
    headers: { cookie: `zicht_session=${session.token}`, 'x-csrf-token': session.csrfToken },
  });
};

beforeAll(async () => {
  store = await openStore(':memory:');
  admin = await createUser(
    store,
    { name: 'Beheerder', email: 'admin@test.example', role: 'administrator', password: 'correct horse battery staple' },
    now,
  );
  app = createServer({ store, webRoot: '/nonexistent', now: () => now });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

describe('GET /api/admin/audit/verify', () => {
  it('finds the chain the server wrote intact, and the first edited row after an edit in SQL', async () => {
    for (let i = 0; i < 3; i++) await asAdmin('GET', '/api/admin/audit');
    await app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'admin@test.example', password: 'wrong password' },
    });
    const intact = JSON.parse((await asAdmin('GET', '/api/admin/audit/verify')).body);
    expect(intact).toMatchObject({ ok: true, rows: 4, head: { seq: 4 } });

    const [login] = await store.all<{ seq: number }>("SELECT seq FROM audit_log WHERE action = 'login'");
    await store.run('UPDATE audit_log SET outcome = 200 WHERE seq = ?', [login?.seq ?? 0]);
    const broken = await asAdmin('GET', '/api/admin/audit/verify');
    expect(broken.statusCode).toBe(200);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, firstBroken: { seq: login?.seq } });
  });
});
