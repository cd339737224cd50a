import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AccessError } from '../access/index.ts';
import { recordTypes } from '../contract/index.ts';
import { buildValidationReport, type DeliveryVersion, ingestDelivery, listDeliveryVersions, listQuarantine, rollbackDelivery } from '../deliveries/index.ts';
import type { Store } from '../store/index.ts';
import { parseInput } from './parse-input.ts';

export type DeliveryRoutesOptions = { readonly store: Store; readonly now: () => Date; readonly uploadLimitBytes: number };

const uploadQuery = z.object({
  recordType: z.enum(Object.keys(recordTypes) as [keyof typeof recordTypes, ...(keyof typeof recordTypes)[]], {
    message: `recordType must be one of ${Object.keys(recordTypes).join(', ')}`,
  }),
  period: z.string().trim().min(4, 'say which period the file covers: 2025, 2025-H1, 2025-Q3, 2025-06 or 2018-2025'),
  fileName: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,100}\.(csv|txt|jsonl|ndjson|xlsx)$/i, 'fileName must be a plain name ending in .csv, .jsonl or .xlsx (letters, digits, . _ -)'),
});
const idParams = z.object({ id: z.string().min(1).max(300) });
const rawTypes = ['text/csv', 'application/octet-stream', 'application/x-ndjson', 'application/jsonl', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The delivery, if it exists and the caller's row scope includes its source; otherwise the same 404 (no hint it exists). */
async function deliveryInScope(store: Store, request: FastifyRequest): Promise<DeliveryVersion> {
  const { id } = parseInput(idParams, request.params, 'delivery id');
  const scope = request.rowSource;
  const found = (await listDeliveryVersions(store, scope ? { source: scope } : {})).find((d) => d.delivery_id === id);
  if (!found) throw new AccessError(`No delivery "${id}" among the deliveries you may see; list them at GET /api/deliveries.`, 'not-found');
  return found;
}

/** A steward's deliveries: upload (raw body), versions, validation report, quarantine, rollback. */
export const deliveryRoutes: FastifyPluginAsync<DeliveryRoutesOptions> = async (app, { store, now, uploadLimitBytes }) => {
  app.addContentTypeParser(rawTypes, { parseAs: 'buffer', bodyLimit: uploadLimitBytes }, (_request, body, done) => done(null, body));

  app.get('/api/deliveries', async (request) => listDeliveryVersions(store, request.rowSource ? { source: request.rowSource } : {}));

  app.post('/api/deliveries', async (request, reply) => {
    const query = parseInput(uploadQuery, request.query, 'upload');
    const source = request.rowSource;
    if (!source) throw new AccessError('Only a data steward of an organisation can deliver, and only for that organisation.', 'forbidden');
    if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
      throw new AccessError(`Send the file itself as the request body (content-type one of ${rawTypes.join(', ')}).`, 'invalid-input');
    }
    const dir = await mkdtemp(join(tmpdir(), 'zicht-upload-'));
    try {
      const file = join(dir, query.fileName);
      await writeFile(file, request.body);
      const at = now();
      const result = await ingestDelivery(store, { file, source, recordType: query.recordType, period: query.period }, { today: at.toISOString().slice(0, 10), now: () => at });
      request.auditTarget = `delivery:${result.deliveryId}`;
      return reply.code(result.status === 'stored' ? 201 : 200).send({ ...result, report: await buildValidationReport(store, result.deliveryId) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  app.get('/api/deliveries/:id/report', async (request) => buildValidationReport(store, (await deliveryInScope(store, request)).delivery_id));
  app.get('/api/deliveries/:id/quarantine', async (request) => listQuarantine(store, (await deliveryInScope(store, request)).delivery_id));
  app.post('/api/deliveries/:id/rollback', async (request) => rollbackDelivery(store, (await deliveryInScope(store, request)).delivery_id, now()));
};
