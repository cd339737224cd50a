import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  type ChangeContext,
  commitmentDigest,
  commitmentVersions,
  commitmentInputSchema,
  commitmentsFromCsv,
  commitmentsToCsv,
  compareEditions,
  editionOverview,
  editionRecord,
  effectiveStatus,
  FollowupError,
  fromToezeggingen,
  isReleased,
  loadFollowupData,
  StaleVersionError,
  statusChangeSchema,
  storeCommitmentStatus,
  storeImportedCommitments,
  storeNewCommitment,
  toToezeggingen,
} from '../followup/index.ts';
import { AccessError, departmentRoles } from '../access/index.ts';
import type { Store } from '../store/index.ts';
import { followupCommitmentRoutes } from './followup-commitment-routes.ts';
import { followupDocumentRoutes } from './followup-document-routes.ts';
import { followupWorkspaceRoutes } from './followup-workspace-routes.ts';
import { parseFollowupInput } from './parse-followup-input.ts';
import { replyWithError } from './reply-with-error.ts';
import './request-access.ts';

export type FollowupRoutesOptions = {
  readonly store: Store;
  /** The clock; tests pin it. */
  readonly now?: () => Date;
  readonly newId?: () => string;
};

const parse = <T>(schema: z.ZodType<T>, body: unknown): T => parseFollowupInput(schema, body);

const statusCode = {
  'illegal-step': 409,
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
} as const;

/** The follow-up tracker's JSON API under /api/followup; every route calls the same functions as the CLI. */
export const followupRoutes: FastifyPluginAsync<FollowupRoutesOptions> = async (app, options) => {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => `T-${randomUUID().slice(0, 8)}`);
  const today = () => now().toISOString().slice(0, 10);
  // who made a change is the signed-in user, never a name the request claims
  const context = (request: FastifyRequest): ChangeContext => {
    if (!request.principal) throw new AccessError('Sign in first: this needs an account.', 'unauthenticated');
    return { actor: { name: request.principal.name }, at: now().toISOString() };
  };

  app.setErrorHandler((error: FastifyError | FollowupError | AccessError, request, reply) => {
    if (error instanceof StaleVersionError)
      return reply.code(409).send({
        error: error.message,
        problems: error.problems,
        changedBy: error.changedBy,
        changedAt: error.changedAt,
        currentVersion: error.currentVersion,
      });
    if (error instanceof FollowupError)
      return reply.code(statusCode[error.code]).send({ error: error.message, problems: error.problems });
    if (error instanceof AccessError)
      return reply.code(error.statusCode).send({ error: error.message, problems: error.problems });
    return replyWithError(error, request, reply);
  });

  const record = async (id: string) => {
    const r = editionRecord(await loadFollowupData(store), id);
    if (!r) throw new FollowupError(`No edition "${id}".`, 'not-found');
    return r;
  };

  // how far a response is before it reached Parliament is for the ministries' own people only
  app.get('/api/followup/editions', async (request) => {
    const data = await loadFollowupData(store);
    const insider =
      request.principal !== null && [...departmentRoles, 'administrator'].includes(request.principal.role);
    return data.editions.map((e) => {
      const workflow = data.workflows.find((w) => w.editionId === e.id);
      return {
        id: e.id,
        title: e.title,
        yearFrom: e.yearFrom,
        yearTo: e.yearTo,
        responseState: workflow && (insider || isReleased(workflow)) ? workflow.state : null,
      };
    });
  });
  app.get<{ Params: { id: string } }>('/api/followup/editions/:id', async (request) =>
    editionOverview(await record(request.params.id), today()),
  );
  app.get('/api/followup/compare', async () => compareEditions(await loadFollowupData(store)));

  app.get('/api/followup/commitments', async () => {
    const t = today();
    const data = await loadFollowupData(store);
    const versions = commitmentVersions(data.history);
    return data.commitments.map((c) => ({
      ...c,
      effectiveStatus: effectiveStatus(c, t),
      version: versions.get(c.id) ?? 0,
    }));
  });
  app.post('/api/followup/commitments', async (request, reply) => {
    const input = parse(commitmentInputSchema, request.body);
    return reply.code(201).send(await storeNewCommitment(store, input, context(request), newId));
  });
  app.post<{ Params: { id: string } }>('/api/followup/commitments/:id/status', async (request) => {
    const change = parse(statusChangeSchema, request.body);
    return storeCommitmentStatus(store, request.params.id, change, context(request));
  });
  app.get<{ Params: { id: string } }>('/api/followup/commitments/:id/history', async (request) =>
    (await loadFollowupData(store)).history.filter(
      (h) => h.entity === 'commitment' && h.entityId === request.params.id,
    ),
  );

  app.get<{ Querystring: { ministry?: string } }>('/api/followup/digest', async (request) => {
    const digest = commitmentDigest((await loadFollowupData(store)).commitments, today());
    const ministry = request.query.ministry;
    return ministry ? { ...digest, ministries: digest.ministries.filter((m) => m.ministry === ministry) } : digest;
  });

  app.register(followupWorkspaceRoutes, { store, now });
  app.register(followupDocumentRoutes, { store });
  app.register(followupCommitmentRoutes, { store, now, newId });

  app.get('/api/followup/export.csv', async (_request, reply) =>
    reply.type('text/csv; charset=utf-8').send(commitmentsToCsv((await loadFollowupData(store)).commitments)),
  );
  app.get('/api/followup/export.json', async () => {
    const data = await loadFollowupData(store);
    return toToezeggingen(data.commitments, data.posts ?? [], today());
  });
  app.post('/api/followup/import', async (request) => {
    const body = parse(
      z.object({ format: z.enum(['csv', 'toezegging-json']), content: z.unknown(), editionId: z.string().optional() }),
      request.body,
    );
    const commitments =
      body.format === 'csv'
        ? commitmentsFromCsv(parse(z.string(), body.content))
        : fromToezeggingen(body.content, body.editionId);
    return { imported: await storeImportedCommitments(store, commitments, context(request)) };
  });
};
