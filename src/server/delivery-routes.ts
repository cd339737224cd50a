import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AccessError } from '../access/index.ts';
import { recordTypes } from '../contract/index.ts';
import {
  buildValidationReport,
  confirmDelivery,
  type DeliveryVersion,
  ingestDelivery,
  listDeliveryVersions,
  listQuarantine,
  rollbackDelivery,
} from '../deliveries/index.ts';
import type { Store } from '../store/index.ts';
import { parseInput } from './parse-input.ts';

export type DeliveryRoutesOptions = {
  readonly store: Store;
  readonly now: () => Date;
  readonly uploadLimitBytes: number;
};

const uploadQuery = z.object({
  recordType: z.enum(Object.keys(recordTypes) as [keyof typeof recordTypes, ...(keyof typeof recordTypes)[]], {
    message: `recordType must be one of ${Object.keys(recordTypes).join(', ')}`,
  }),
  period: z.string().trim().min(4, 'say which period the file covers: 2025, 2025-H1, 2025-Q3, 2025-06 or 2018-2025'),
  fileName: z
    .string()
    .trim()
    .max(200, 'fileName has at most 200 characters')
    .regex(
      /^[^/\\]+\.(csv|txt|jsonl|ndjson|xlsx)$/i,
      'fileName must be a file name (no folders) ending in .csv, .txt, .jsonl, .ndjson or .xlsx',
    )
    .refine((name) => !/\p{Cc}/u.test(name), 'fileName may not hold control characters'),
  /** The steward confirms beforehand that the file may empty or more than halve its period. */
  confirm: z.enum(['true', 'false']).optional(),
});
const idParams = z.object({ id: z.string().min(1).max(300) });
const rawTypes = [
  'text/csv',
  'application/octet-stream',
  'application/x-ndjson',
  'application/jsonl',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** The delivery, if it exists and the caller's row scope includes its source; otherwise the same 404 (no hint it exists). */
async function deliveryInScope(store: Store, request: FastifyRequest): Promise<DeliveryVersion> {
  const { id } = parseInput(idParams, request.params, 'delivery id');
  const scope = request.rowSource;
  const found = (await listDeliveryVersions(store, scope ? { source: scope } : {})).find((d) => d.delivery_id === id);
  if (!found)
    throw new AccessError(
      `No delivery "${id}" among the deliveries you may see; list them at GET /api/deliveries.`,
      'not-found',
    );
  return found;
}

/** Streams an upload to `file`, refusing it (413) past `limit` bytes; returns its size. */
async function saveUpload(body: Readable, file: string, limit: number): Promise<number> {
  let bytes = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      if (bytes > limit) next(new UploadTooLargeError(limit));
      else next(null, chunk);
    },
  });
  await pipeline(body, counted, createWriteStream(file));
  return bytes;
}

class UploadTooLargeError extends Error {
  readonly statusCode = 413;
  constructor(limit: number) {
    super(
      `The file is larger than the ${Math.round(limit / (1024 * 1024))} MB a delivery may be: split it by period and deliver the parts.`,
    );
    this.name = 'UploadTooLargeError';
  }
}

/** A steward's deliveries: upload (raw body), versions, validation report, quarantine, rollback. */
export const deliveryRoutes: FastifyPluginAsync<DeliveryRoutesOptions> = async (
  app,
  { store, now, uploadLimitBytes },
) => {
  // the file is streamed to disk by the handler (after the access check), never held whole in memory
  app.addContentTypeParser(rawTypes, (_request, payload, done) => done(null, payload));

  app.get('/api/deliveries', async (request) =>
    listDeliveryVersions(store, request.rowSource ? { source: request.rowSource } : {}),
  );

  app.post('/api/deliveries', async (request, reply) => {
    const query = parseInput(uploadQuery, request.query, 'upload');
    const source = request.rowSource;
    if (!source)
      throw new AccessError(
        'Only a data steward of an organisation can deliver, and only for that organisation.',
        'forbidden',
      );
    const noFile = () =>
      new AccessError(
        `Send the file itself as the request body (content-type one of ${rawTypes.join(', ')}).`,
        'invalid-input',
      );
    if (!(request.body instanceof Readable)) throw noFile();
    const dir = await mkdtemp(join(tmpdir(), 'zicht-upload-'));
    try {
      // on disk under a plain version of the name (spaces and accents as _): the steward's own name is only shown
      const file = join(dir, query.fileName.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_'));
      if ((await saveUpload(request.body, file, uploadLimitBytes)) === 0) throw noFile();
      const at = now();
      const result = await ingestDelivery(
        store,
        { file, source, recordType: query.recordType, period: query.period, confirm: query.confirm === 'true' },
        { today: at.toISOString().slice(0, 10), now: () => at },
      );
      request.auditTarget = `delivery:${result.deliveryId}`;
      // 202: stored as an attempt, not current until the steward confirms (POST /api/deliveries/:id/confirm)
      const code = result.status === 'stored' ? 201 : result.status === 'held' ? 202 : 200;
      return reply.code(code).send({ ...result, report: await buildValidationReport(store, result.deliveryId) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  app.get('/api/deliveries/:id/report', async (request) =>
    buildValidationReport(store, (await deliveryInScope(store, request)).delivery_id),
  );
  app.get('/api/deliveries/:id/quarantine', async (request) =>
    listQuarantine(store, (await deliveryInScope(store, request)).delivery_id),
  );
  app.post('/api/deliveries/:id/rollback', async (request) => {
    const { delivery_id } = await deliveryInScope(store, request);
    request.auditTarget = `delivery:${delivery_id}`;
    return rollbackDelivery(store, delivery_id, now());
  });
  app.post('/api/deliveries/:id/confirm', async (request) => {
    const { delivery_id } = await deliveryInScope(store, request);
    request.auditTarget = `delivery:${delivery_id}`;
    return confirmDelivery(store, delivery_id, request.principal?.userId ?? 'unknown', now());
  });
};
