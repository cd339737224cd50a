import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { AccessError } from '../access/index.ts';
import { loadReviewQueue, recordReviewDecision } from '../linkage/index.ts';
import { loadLatestStageOutput } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { parseInput } from './parse-input.ts';

export type AnalystRoutesOptions = { readonly store: Store; readonly now: () => Date };

const person = z.object({ source: z.string().trim().min(1).max(50), personId: z.string().trim().min(1).max(200) });
const decisionSchema = z.object({
  left: person,
  right: person,
  decision: z.enum(['accept', 'reject'], { message: 'decision must be accept or reject' }),
});
const queueQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** Linkage review, estimation results and the indicator preview. */
export const analystRoutes: FastifyPluginAsync<AnalystRoutesOptions> = async (app, { store, now }) => {
  app.get('/api/linkage/review', async (request) =>
    loadReviewQueue(store, parseInput(queueQuery, request.query, 'query').limit),
  );

  app.post('/api/linkage/review', async (request) => {
    const d = parseInput(decisionSchema, request.body, 'review decision');
    const who = request.principal;
    if (!who) throw new AccessError('Sign in first: this needs an account.', 'unauthenticated');
    request.auditTarget = `pair:${d.left.source}/${d.left.personId}~${d.right.source}/${d.right.personId}:${d.decision}`;
    await recordReviewDecision(store, { ...d, decidedBy: who.email, decidedAt: now() });
    return { recorded: d.decision, appliesAtNextLink: true };
  });

  const stage = (name: 'estimate' | 'indicators') => async () => {
    const found = await loadLatestStageOutput(store, name);
    if (!found) throw new AccessError(`No ${name} output yet: run \`npx zicht pipeline\` first.`, 'not-found');
    return found;
  };
  app.get('/api/estimates', stage('estimate'));
  app.get('/api/indicators/preview', stage('indicators'));
};
