import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { runPipeline } from '../../src/pipeline/index.ts';
import { createEdition, publishEdition } from '../../src/publish/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

/** A published edition on disk: the temp dir it lives in, its store, the site root and the files written there. */
export type PublishedTestEdition = { dir: string; store: Store; root: string; files: string[] };

/**
 * The edition 2018–2025 the published-site tests read: a synthetic pipeline run at a fixed date,
 * the edition created the day after and published to `<dir>/site`. The caller closes the store and
 * removes `dir` (on a failure this does both before it throws). `secret` is the linkage secret: it
 * keys the Bloom filters, so another secret links, and publishes, differently.
 */
export async function publishTestEdition(
  prefix: string,
  options: { seed?: number; scale?: number; secret?: string } = {},
): Promise<PublishedTestEdition> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let store: Store | undefined;
  try {
    store = await openStore(join(dir, 'zicht.duckdb'));
    await runPipeline(
      store,
      {
        seed: options.seed ?? 5,
        yearFrom: 2018,
        yearTo: 2025,
        scale: options.scale ?? 0.03,
        workDir: join(dir, 'work'),
        secret: options.secret ?? 'browser-test-secret-long',
        today: '2026-06-30',
      },
      { now: () => new Date(Date.UTC(2026, 5, 30)), log: () => {} },
    );
    await createEdition(
      store,
      { id: '2018-2025', period: { from: 2018, to: 2025 }, title: '2018–2025' },
      () => new Date(Date.UTC(2026, 6, 1)),
    );
    const root = join(dir, 'site');
    const files = await publishEdition(store, '2018-2025', root);
    return { dir, store, root, files };
  } catch (error) {
    // The caller never gets the dir or the store to clean up: do it here.
    store?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A tiny static server on a free local port: the files under `root` at `prefix…` (e.g. '/publicatie/'),
 * 404 for anything else; `headers` go on every file it serves.
 */
export function serveStaticSite(root: string, prefix: string, headers: OutgoingHttpHeaders = {}): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(prefix) ? normalize(join(root, path.slice(prefix.length) || 'index.html')) : '';
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
