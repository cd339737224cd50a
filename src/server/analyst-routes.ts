import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { AccessError } from '../access/index.ts';
import { type RoleCode, roles, type SourceCode, sources } from '../contract/index.ts';
import { loadReviewQueue, recordReviewDecision } from '../linkage/index.ts';
import { cellKeySuffix } from '../indicators/index.ts';
import { loadLatestStageOutput, loadLinkageQuality } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { parseInput } from './parse-input.ts';

export type AnalystRoutesOptions = { readonly store: Store; readonly now: () => Date };

const person = z.object({ source: z.string().trim().min(1).max(50), personId: z.string().trim().min(1).max(200) });
const decisionSchema = z.object({
  left: person,
  right: person,
  decision: z.enum(['accept', 'reject'], { message: 'decision must be accept or reject' }),
});
/** A query parameter left empty (a form's "all") is the same as one left out. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const oneOf = <C extends string>(name: string, codes: readonly C[]) =>
  optional(z.enum(codes as [C, ...C[]], { message: `${name} must be one of ${codes.join(', ')}` }));
const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ message }).int(message).min(min, message).max(max, message);
const queueQuery = z.strictObject(
  {
    limit: wholeNumber(1, 500, 'limit must be a whole number from 1 to 500').default(100),
    offset: wholeNumber(0, Number.MAX_SAFE_INTEGER, 'offset must be a whole number, 0 or more').default(0),
    role: oneOf<RoleCode>('role', roles.codes),
    source: oneOf<SourceCode>('source', sources.codes),
    band: oneOf('band', ['likely-match', 'uncertain', 'likely-non-match'] as const),
    decision: oneOf('decision', ['open', 'accept', 'reject'] as const),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter ${issue.keys.join(', ')}: use only limit, offset, role, source, band and decision`
        : undefined,
  },
);

/** Linkage review, estimation results and the indicator preview. */
export const analystRoutes: FastifyPluginAsync<AnalystRoutesOptions> = async (app, { store, now }) => {
  app.get('/api/linkage/review', async (request) =>
    loadReviewQueue(store, parseInput(queueQuery, request.query, 'query')),
  );

  app.get('/api/linkage/quality', async () => {
    const quality = await loadLinkageQuality(store);
    if (!quality) throw new AccessError('No linkage has run yet: run `npx zicht pipeline` first.', 'not-found');
    return quality;
  });

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
    // cell keys are for disclosure control only: with them and a published figure, its noise can be undone
    return { ...found, output: withoutCellKeys(found.output) };
  };
  app.get('/api/estimates', stage('estimate'));
  app.get('/api/indicators/preview', stage('indicators'));
};

/** A stage's output without the cell keys of its counts (`…__cell_key`, `observedCellKey`), at any depth. */
function withoutCellKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCellKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.endsWith(cellKeySuffix) && k !== 'observedCellKey')
      .map(([k, v]) => [k, withoutCellKeys(v)]),
  );
}
