import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

export const webDist = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Serves the built front end (dist/web) on 127.0.0.1 at a free port, with API routes the caller
 * registers — a fixture, an error, a slow response. Returns the page's URL and a `close`.
 */
export async function serveWebApp(
  registerApi: (app: FastifyInstance) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(`${webDist}index.html`)) {
    throw new Error(`${webDist}index.html is missing: build the front end first with \`npm run build:web\`.`);
  }
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root: webDist });
  registerApi(app);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: `${address}/`, close: () => app.close() };
}
