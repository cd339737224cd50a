import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AccessError, listUsers, type Principal } from '../access/index.ts';
import {
  type ChangeContext,
  editionPatchSchema,
  editionVersions,
  editionWorkspace,
  FollowupError,
  type KnownPerson,
  listVersions,
  loadEditionRecord,
  loadRedactionDecisions,
  newEditionSchema,
  recommendationInputSchema,
  recommendationPatchSchema,
  redactionDecisionInputSchema,
  redactionState,
  responseInputSchema,
  storedVersionDiff,
  storeEditionPatch,
  storeNewEdition,
  storeNewRecommendation,
  storeRecommendationPatch,
  storeRedactionDecision,
  storeResponse,
  storeWorkflowStep,
  versionedEntities,
  type WorkflowAuthority,
  workflowStepSchema,
} from '../followup/index.ts';
import type { Store } from '../store/index.ts';
import { parseFollowupInput } from './parse-followup-input.ts';
import './request-access.ts';

export type FollowupWorkspaceRoutesOptions = {
  readonly store: Store;
  readonly now: () => Date;
};

const signedIn = (request: FastifyRequest): Principal => {
  if (!request.principal) throw new AccessError('Sign in first: this needs an account.', 'unauthenticated');
  return request.principal;
};

/** The account's role and department decide which steps it may take; the request never names them. */
export const authorityOf = (who: Principal): WorkflowAuthority => ({
  kind: 'user',
  role: who.role,
  department: who.organisation,
});

/** The users of Zicht, whose names the redaction proposals look for in every free text. */
export const knownPeople = async (store: Store): Promise<KnownPerson[]> =>
  (await listUsers(store)).map((u) => ({ name: u.name, role: u.role }));

const number = z.coerce.number().int().positive();
const versionQuery = z.object({ entity: z.enum(versionedEntities), id: z.string().min(1) });
const diffQuery = versionQuery.extend({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) });

/**
 * The officers' edition workspace: the texts with their versions, edits, the workflow (sign-off
 * for the account's own department, the minister's office's decision), redaction decisions, and
 * versions with their differences. Every route calls the same functions as the command line.
 */
export const followupWorkspaceRoutes: FastifyPluginAsync<FollowupWorkspaceRoutesOptions> = async (app, options) => {
  const { store, now } = options;
  const context = (request: FastifyRequest): ChangeContext => {
    const who = signedIn(request);
    return { actor: { name: who.name, userId: who.userId }, at: now().toISOString() };
  };
  const workspace = async (editionId: string, request: FastifyRequest) => {
    const record = await loadEditionRecord(store, editionId);
    return editionWorkspace({
      record,
      versions: await editionVersions(store, editionId),
      redactions: redactionState(record, await knownPeople(store), await loadRedactionDecisions(store, editionId)),
      authority: authorityOf(signedIn(request)),
    });
  };
  const editionParam = (request: FastifyRequest) => (request.params as { id: string }).id;
  const numberParam = (request: FastifyRequest) =>
    parseFollowupInput(number, (request.params as { n: string }).n, 'recommendation number');

  app.get('/api/followup/editions/:id/workspace', async (request) => workspace(editionParam(request), request));

  app.post('/api/followup/editions', async (request, reply) => {
    const input = parseFollowupInput(newEditionSchema, request.body);
    const edition = await storeNewEdition(store, input, context(request));
    request.auditTarget = `followup-edition:${edition.id}`;
    return reply.code(201).send(await workspace(edition.id, request));
  });

  app.put('/api/followup/editions/:id', async (request) => {
    const body = parseFollowupInput(
      z.object({ expectedVersion: z.number().int().min(0), patch: editionPatchSchema }).strict(),
      request.body,
    );
    const id = editionParam(request);
    await storeEditionPatch(store, id, body.expectedVersion, body.patch, context(request));
    return workspace(id, request);
  });

  app.post('/api/followup/editions/:id/recommendations', async (request, reply) => {
    const input = parseFollowupInput(recommendationInputSchema, request.body);
    const id = editionParam(request);
    await storeNewRecommendation(store, id, input, context(request));
    return reply.code(201).send(await workspace(id, request));
  });

  app.put('/api/followup/editions/:id/recommendations/:n', async (request) => {
    const patch = parseFollowupInput(recommendationPatchSchema, request.body);
    const id = editionParam(request);
    await storeRecommendationPatch(store, id, numberParam(request), patch, context(request));
    return workspace(id, request);
  });

  app.put('/api/followup/editions/:id/responses/:n', async (request) => {
    const input = parseFollowupInput(responseInputSchema, request.body);
    const id = editionParam(request);
    await storeResponse(store, id, numberParam(request), input, context(request));
    return workspace(id, request);
  });

  app.post('/api/followup/editions/:id/workflow', async (request) => {
    const { step } = parseFollowupInput(z.object({ step: workflowStepSchema }), request.body);
    const who = signedIn(request);
    const { sentRecord: _frozen, ...workflow } = await storeWorkflowStep(
      store,
      editionParam(request),
      step,
      context(request),
      { authority: authorityOf(who), knownPeople: await knownPeople(store) },
    );
    return workflow;
  });

  app.post('/api/followup/editions/:id/redactions/:proposalId', async (request) => {
    const input = parseFollowupInput(redactionDecisionInputSchema, request.body);
    const id = editionParam(request);
    const { proposalId } = request.params as { proposalId: string };
    await storeRedactionDecision(store, id, proposalId, input, context(request), await knownPeople(store));
    return workspace(id, request);
  });

  app.get('/api/followup/versions', async (request) => {
    const q = parseFollowupInput(versionQuery, request.query, 'query');
    const versions = await listVersions(store, q.entity, q.id);
    if (versions.length === 0)
      throw new FollowupError(
        `No versions of ${q.entity} "${q.id}" (a recommendation or response is named "<edition>/<number>").`,
        'not-found',
      );
    return versions;
  });

  app.get('/api/followup/versions/diff', async (request) => {
    const q = parseFollowupInput(diffQuery, request.query, 'query');
    return storedVersionDiff(store, q.entity, q.id, q.from, q.to);
  });
};
