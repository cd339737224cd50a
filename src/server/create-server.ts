import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { followupRoutes } from './followup-routes.ts';
import { loadMonitorSummary } from '../publish/index.ts';
import type { Store } from '../store/index.ts';

export type ServerOptions = {
  readonly store: Store;
  /** The built web app (`npm run build:web` writes it to dist/web). */
  readonly webRoot: string;
};

/** The HTTP shell: routes only translate between HTTP and the functions the CLI and tests call too. */
export function createServer({ store, webRoot }: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/monitor', async (_request, reply) => {
    const summary = await loadMonitorSummary(store);
    if (!summary) return reply.code(404).send({ error: 'No pipeline run yet: run `npx zicht pipeline` first.' });
    return summary;
  });
  app.register(followupRoutes, { store });
  const root = resolve(webRoot);
  if (existsSync(resolve(root, 'index.html'))) {
    app.register(fastifyStatic, { root, index: ['index.html'] });
    // the app's own paths are routed in the browser
    const sendIndex = (_request: unknown, reply: FastifyReply) => reply.sendFile('index.html');
    app.get('/opvolging', sendIndex);
    app.get('/opvolging/*', sendIndex);
  } else {
    app.get('/', async (_request, reply) =>
      reply.code(503).type('text/plain').send('The web app is not built: run `npm run build:web`, then start the server again.'),
    );
  }
  return app;
}
