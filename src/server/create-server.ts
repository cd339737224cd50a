import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, LogController } from 'fastify';
import { AccessError, type LockoutPolicy, type OidcConfig } from '../access/index.ts';
import { DeliveryError } from '../deliveries/index.ts';
import { EditionError } from '../publish/index.ts';
import { siteFavicon } from '../publish/site-favicon.ts';
import type { Store } from '../store/index.ts';
import { adminRoutes } from './admin-routes.ts';
import { type ApiRateLimits, apiRateLimit, defaultApiRateLimits } from './api-rate-limit.ts';
import { analystRoutes } from './analyst-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { deliveryRoutes } from './delivery-routes.ts';
import { editionRoutes } from './edition-routes.ts';
import { pageLanguage, renderErrorPage, wantsPage } from './error-page.ts';
import { followupRoutes } from './followup-routes.ts';
import { installAccessControl } from './install-access-control.ts';
import { monitorSummaryCache } from './monitor-summary-cache.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { replyWithError } from './reply-with-error.ts';
import { requestIdOf } from './request-id.ts';
import { installRequestLog, type ServerLogOptions, serverLoggerOptions } from './server-log.ts';
import './request-access.ts';

export type ServerOptions = {
  readonly store: Store;
  /** The built web app (`npm run build:web` writes it to dist/web). */
  readonly webRoot: string;
  /** A published edition's static site (`zicht publish`), served under /publicatie/. */
  readonly siteRoot?: string;
  /** The clock; tests pin it. */
  readonly now?: () => Date;
  /** 'auto' (default): Secure cookies unless on plain http to loopback. */
  readonly secureCookies?: boolean | 'auto';
  readonly lockout?: LockoutPolicy;
  /** Sign-in attempts per minute per address (default 10). */
  readonly loginRateLimit?: number;
  /** Other /api requests per minute per address: reads, writes and uploads (see `defaultApiRateLimits`). */
  readonly apiRateLimits?: ApiRateLimits;
  /** Sign-in at an organisation's identity provider (`oidcConfigFromEnv`); off when absent. */
  readonly oidc?: OidcConfig | null;
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* headers. */
  readonly trustProxy?: boolean;
  readonly uploadLimitBytes?: number;
  /** Ids of new follow-up commitments (tests pin them). */
  readonly newFollowupId?: () => string;
  /** The request log (JSON lines, no personal data): level `silent` when absent, so tests and benches stay quiet. */
  readonly log?: ServerLogOptions;
};

/** The web app's own paths, routed in the browser. */
const appPaths = ['/opvolging', '/opvolging/*', '/inloggen', '/werk', '/werk/*'];

/** The HTTP shell: routes only translate between HTTP and the functions the CLI and tests call too. */
export function createServer(options: ServerOptions): FastifyInstance {
  const { store, webRoot } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: serverLoggerOptions(options.log ?? { level: 'silent' }),
    // one line per request, written by installRequestLog, instead of Fastify's two with the full URL
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (request) => requestIdOf(request),
    trustProxy: options.trustProxy ?? false,
  });
  installRequestLog(app);
  app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: contentSecurityPolicy },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  app.register(fastifyCookie);
  app.register(fastifyRateLimit, apiRateLimit(options.apiRateLimits ?? defaultApiRateLimits));
  installAccessControl(app, { store, now });
  app.setErrorHandler((error: FastifyError | AccessError | DeliveryError | EditionError, request, reply) => {
    if (error instanceof AccessError)
      return reply.code(error.statusCode).send({ error: error.message, problems: error.problems });
    if (error instanceof DeliveryError) return reply.code(400).send({ error: error.message, field: error.field });
    if (error instanceof EditionError) return reply.code(400).send({ error: error.message });
    if (wantsPage(request) && (typeof error.statusCode !== 'number' || error.statusCode >= 500)) {
      request.log.error({ err: error }, 'server error');
      return reply
        .code(typeof error.statusCode === 'number' ? error.statusCode : 500)
        .type('text/html; charset=utf-8')
        .send(renderErrorPage('error', pageLanguage(request.url), request.id));
    }
    return replyWithError(error, request, reply);
  });
  // A browser that asks for a page that is not there gets a page in the language it was reading; the API answers JSON.
  app.setNotFoundHandler((request, reply) => {
    if (!wantsPage(request))
      return reply.code(404).send({ error: `No such route: ${request.method} ${request.url.split('?')[0]}` });
    return reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage('notFound', pageLanguage(request.url)));
  });
  // Browsers ask for /favicon.ico whatever a page links; both names answer with the SVG icon.
  for (const path of ['/favicon.ico', '/favicon.svg'])
    app.get(path, async (_request, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(siteFavicon),
    );

  const monitorSummary = monitorSummaryCache(store, () => performance.now());
  // in a plugin, like every other route, so the rate limit (registered above) sees them
  app.register(async (publicApi) => {
    publicApi.get('/api/health', async () => ({ ok: true }));
    publicApi.get('/api/monitor', async (_request, reply) => {
      const json = await monitorSummary();
      if (!json) return reply.code(404).send({ error: 'No pipeline run yet: run `npx zicht pipeline` first.' });
      return reply.type('application/json; charset=utf-8').send(json);
    });
  });
  app.register(authRoutes, {
    store,
    now,
    lockout: options.lockout,
    secureCookies: options.secureCookies ?? 'auto',
    loginRateLimit: options.loginRateLimit ?? 10,
    signInWith: options.oidc?.label ?? null,
  });
  if (options.oidc)
    app.register(oidcRoutes, { store, now, config: options.oidc, secureCookies: options.secureCookies ?? 'auto' });
  app.register(deliveryRoutes, { store, now, uploadLimitBytes: options.uploadLimitBytes ?? 200 * 1024 * 1024 });
  app.register(analystRoutes, { store, now });
  app.register(editionRoutes, { store, now, siteRoot: options.siteRoot });
  app.register(adminRoutes, { store, now });
  app.register(followupRoutes, { store, now, ...(options.newFollowupId ? { newId: options.newFollowupId } : {}) });

  // Served even before anything is published there: an analyst may publish while the server runs.
  if (options.siteRoot) {
    app.register(fastifyStatic, {
      root: resolve(options.siteRoot),
      prefix: '/publicatie/',
      decorateReply: false,
      index: ['index.html'],
    });
  }
  const root = resolve(webRoot);
  if (existsSync(resolve(root, 'index.html'))) {
    app.register(fastifyStatic, { root, index: ['index.html'] });
    const sendIndex = (_request: unknown, reply: FastifyReply) => reply.sendFile('index.html');
    for (const path of appPaths) app.get(path, sendIndex);
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send('The web app is not built: run `npm run build:web`, then start the server again.'),
    );
  }
  return app;
}
