import { oidcConfigFromEnv } from '../access/index.ts';
import type { Store } from '../store/index.ts';
import { createServer } from './create-server.ts';
import type { ServerLogOptions } from './server-log.ts';

export type StartServerOptions = {
  readonly store: Store;
  readonly webRoot: string;
  readonly siteRoot?: string;
  readonly host?: string;
  readonly port?: number;
  /** The request log; silent when absent (tests, benches). `zicht serve` and `zicht start` pass ZICHT_LOG_LEVEL. */
  readonly log?: ServerLogOptions;
};

export type RunningServer = { readonly url: string; close(): Promise<void> };

/** Listens on loopback by default; port 0 picks a free port (tests). */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  // OpenID Connect sign-in is configured by ZICHT_OIDC_* (docs/security.md); off when unset
  const app = createServer({ ...options, oidc: oidcConfigFromEnv(process.env) });
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 8080 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
