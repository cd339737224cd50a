import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  auditToCsv,
  createUser,
  listAudit,
  listUsers,
  resetPassword,
  setAccountDisabled,
  verifyAuditChain,
} from '../access/index.ts';
import type { Store } from '../store/index.ts';
import { parseInput } from './parse-input.ts';

export type AdminRoutesOptions = { readonly store: Store; readonly now: () => Date };

const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100_000).default(500),
  userId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
});

const userParams = z.object({ id: z.string().min(1).max(100) });

/** Users (create, disable, enable, reset a password) and the audit trail, for administrators. */
export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { store, now }) => {
  app.get('/api/admin/users', async () => listUsers(store));
  app.post('/api/admin/users', async (request, reply) => {
    const user = await createUser(store, request.body, now());
    request.auditTarget = `user:${user.email}`;
    return reply.code(201).send(user);
  });
  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(`/api/admin/users/:id/${verb}`, async (request) => {
      const { id } = parseInput(userParams, request.params, 'user');
      request.auditTarget = `user:${id}`;
      const user = await setAccountDisabled(store, { userId: id, disabled, by: request.principal }, now());
      request.auditTarget = `user:${user.email}`;
      return user;
    });
  }
  // the one-time password is in this answer only: it is never stored or logged in the clear
  app.post('/api/admin/users/:id/reset-password', async (request) => {
    const { id } = parseInput(userParams, request.params, 'user');
    request.auditTarget = `user:${id}`;
    const reset = await resetPassword(store, { userId: id, by: request.principal });
    request.auditTarget = `user:${reset.user.email}`;
    return reset;
  });
  app.get('/api/admin/audit', async (request) => listAudit(store, parseInput(auditQuery, request.query, 'query')));
  // 200 either way: the answer says whether the chain holds and, if not, where it breaks
  app.get('/api/admin/audit/verify', async () => verifyAuditChain(store));
  // what waits for what: uploads per source and period, linkage, publishing, the audit chain
  app.get('/api/admin/work-queues', async () => store.queues());
  app.get('/api/admin/audit.csv', async (request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="zicht-audit.csv"')
      .send(auditToCsv(await listAudit(store, parseInput(auditQuery, request.query, 'query')))),
  );
};
