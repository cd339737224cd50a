import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { auditToCsv, createUser, listAudit, listUsers } from '../access/index.ts';
import type { Store } from '../store/index.ts';
import { parseInput } from './parse-input.ts';

export type AdminRoutesOptions = { readonly store: Store; readonly now: () => Date };

const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100_000).default(500),
  userId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
});

/** Users and the audit trail, for administrators. */
export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { store, now }) => {
  app.get('/api/admin/users', async () => listUsers(store));
  app.post('/api/admin/users', async (request, reply) => {
    const user = await createUser(store, request.body, now());
    request.auditTarget = `user:${user.email}`;
    return reply.code(201).send(user);
  });
  app.get('/api/admin/audit', async (request) => listAudit(store, parseInput(auditQuery, request.query, 'query')));
  app.get('/api/admin/audit.csv', async (request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="zicht-audit.csv"')
      .send(auditToCsv(await listAudit(store, parseInput(auditQuery, request.query, 'query')))),
  );
};
