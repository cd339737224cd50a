import type { FastifyError, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AccessError } from '../access/index.ts';
import { handoverSchema, holderOn, newPostSchema } from '../followup/commitments/bewindspersonen.ts';
import { halfYearOf } from '../followup/commitments/commitment-counts.ts';
import { commitmentReport, ministryReport } from '../followup/commitments/commitment-report.ts';
import {
  loadPosts,
  storeCommitmentEdit,
  storeHandover,
  storeNewPost,
  storePostponement,
} from '../followup/commitments/commitment-store.ts';
import { commitmentEditSchema } from '../followup/commitments/edit-commitment.ts';
import { FollowupError, StaleVersionError } from '../followup/followup-error.ts';
import { type ChangeContext, departments, isoDate } from '../followup/followup-model.ts';
import { loadFollowupData } from '../followup/followup-store.ts';
import { postponementInputSchema } from '../followup/commitments/postpone-commitment.ts';
import { renderDocx } from '../followup/documents/render-docx.ts';
import type { Store } from '../store/index.ts';
import { parseFollowupInput } from './parse-followup-input.ts';
import { replyWithError } from './reply-with-error.ts';
import './request-access.ts';

export type FollowupCommitmentRoutesOptions = {
  readonly store: Store;
  /** The clock; tests pin it. */
  readonly now?: () => Date;
  readonly newId?: () => string;
};

const statusCode = {
  'illegal-step': 409,
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
} as const;

const reportQuery = z.object({
  ministry: z.string().min(1, 'say which ministry (a code such as JenV, or its name)'),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const postponeBody = postponementInputSchema.extend({ expectedVersion: z.number().int().nonnegative().optional() });

/**
 * Commitments as they live, under /api/followup: corrections, postponements, the posts of
 * bewindspersonen and their handovers, and the half-yearly report per ministry. Registered by
 * `followupRoutes`; status changes (met, partly met, withdrawn, not met, reopen) stay on
 * POST /api/followup/commitments/:id/status there, through the same core.
 */
export const followupCommitmentRoutes: FastifyPluginAsync<FollowupCommitmentRoutesOptions> = async (app, options) => {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const today = () => now().toISOString().slice(0, 10);
  // who made a change is the signed-in user, never a name the request claims
  const context = (request: FastifyRequest): ChangeContext => {
    if (!request.principal) throw new AccessError('Sign in first: this needs an account.', 'unauthenticated');
    return { actor: { name: request.principal.name, userId: request.principal.userId }, at: now().toISOString() };
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

  app.put<{ Params: { id: string } }>('/api/followup/commitments/:id', async (request) =>
    storeCommitmentEdit(
      store,
      request.params.id,
      parseFollowupInput(commitmentEditSchema, request.body),
      context(request),
    ),
  );
  app.post<{ Params: { id: string } }>('/api/followup/commitments/:id/postpone', async (request) =>
    storePostponement(store, request.params.id, parseFollowupInput(postponeBody, request.body), context(request)),
  );

  app.get('/api/followup/posts', async () => {
    const t = today();
    return (await loadPosts(store)).map((post) => ({ ...post, current: holderOn(post, t) ?? null }));
  });
  app.post('/api/followup/posts', async (request, reply) =>
    reply.code(201).send(await storeNewPost(store, parseFollowupInput(newPostSchema, request.body), context(request))),
  );
  app.post<{ Params: { id: string } }>('/api/followup/posts/:id/handover', async (request) =>
    storeHandover(store, request.params.id, parseFollowupInput(handoverSchema, request.body), context(request)),
  );

  const reportOptions = (query: unknown) => {
    const q = parseFollowupInput(reportQuery, query, 'query');
    const half = halfYearOf(today());
    return { ministry: q.ministry, from: q.from ?? half.from, to: q.to ?? half.to, today: today() };
  };
  app.get('/api/followup/report', async (request) =>
    ministryReport((await loadFollowupData(store)).commitments, reportOptions(request.query)),
  );
  app.get('/api/followup/report.docx', async (request, reply) => {
    const o = reportOptions(request.query);
    const doc = commitmentReport((await loadFollowupData(store)).commitments, await loadPosts(store), o);
    const code =
      Object.entries(departments).find(([k, name]) => k === o.ministry || name === o.ministry)?.[0] ??
      o.ministry.replace(/[^A-Za-z0-9]+/g, '-');
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="toezeggingen-${code}-${o.from}-${o.to}.docx"`)
      .send(await renderDocx(doc));
  });
};
