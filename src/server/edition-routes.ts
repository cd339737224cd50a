import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { AccessError } from '../access/index.ts';
import {
  buildEditionTables,
  createEdition,
  type EditionTables,
  listEditions,
  publishToSite,
  readSiteManifest,
} from '../publish/index.ts';
import type { Store } from '../store/index.ts';
import { parseInput } from './parse-input.ts';

export type EditionRoutesOptions = {
  readonly store: Store;
  readonly now: () => Date;
  /** Where a published edition's static site goes (served under /publicatie/); publishing is refused without one. */
  readonly siteRoot: string | undefined;
};

/** An edition's tables after disclosure control, as the analyst previews them (without the frozen stage outputs). */
export type EditionPreview = Pick<EditionTables, 'edition' | 'tables' | 'disclosure' | 'deliveries'>;

const year = z.coerce.number().int('a year is a whole number').min(1990).max(2100);
const newEdition = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens, e.g. 2018-2025'),
    title: z.string().trim().min(1, 'give the edition a title').max(200),
    from: year,
    to: year,
  })
  .refine((e) => e.to >= e.from, { message: 'the period ends before it starts', path: ['to'] });
const idParams = z.object({ id: z.string().min(1).max(63) });

/** The analyst's editions: list, create (freeze), preview the tables after disclosure control, publish. */
export const editionRoutes: FastifyPluginAsync<EditionRoutesOptions> = async (app, { store, now, siteRoot }) => {
  // An edition never changes once made, so neither do its tables: build them once per edition.
  // Built on a connection of the preview's own (`withEditionViews`), so previews running at once never mix.
  const previews = new Map<string, Promise<EditionPreview>>();

  const knownEdition = async (params: unknown): Promise<string> => {
    const { id } = parseInput(idParams, params, 'edition id');
    const editions = await listEditions(store, null);
    if (!editions.some((e) => e.id === id))
      throw new AccessError(`No edition "${id}"; list them at GET /api/editions.`, 'not-found');
    return id;
  };

  app.get('/api/editions', async () => listEditions(store, siteRoot ? await readSiteManifest(siteRoot) : null));

  app.post('/api/editions', async (request, reply) => {
    const e = parseInput(newEdition, request.body, 'edition');
    request.auditTarget = `edition:${e.id}`;
    const made = await createEdition(store, { id: e.id, title: e.title, period: { from: e.from, to: e.to } }, now);
    return reply.code(201).send(made);
  });

  app.get('/api/editions/:id/tables', async (request) => {
    const id = await knownEdition(request.params);
    let preview = previews.get(id);
    if (!preview) {
      preview = buildEditionTables(store, id).then(({ edition, tables, disclosure, deliveries }) => ({
        edition,
        tables,
        disclosure,
        deliveries,
      }));
      previews.set(id, preview);
      preview.catch(() => previews.delete(id));
    }
    return preview;
  });

  app.post('/api/editions/:id/publish', async (request) => {
    const id = await knownEdition(request.params);
    request.auditTarget = `edition:${id}`;
    if (!siteRoot)
      throw new AccessError(
        'This server has no site directory to publish to: start it with one (as `zicht start` does), or use `zicht publish --out <dir>`.',
        'conflict',
      );
    const manifest = await publishToSite(store, id, siteRoot, now); // waits in the store's publish queue
    return { ...manifest, url: '/publicatie/' };
  });
};
