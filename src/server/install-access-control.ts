import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AccessError, recordAudit, resolveSession } from '../access/index.ts';
import type { Store } from '../store/index.ts';
import { sessionCookie } from './request-access.ts';
import { isApiRoute, type RouteRule, ruleFor } from './route-policy.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Signed in with a one-time password: only the routes in `allowedBeforePasswordChange` answer. */
    mustChangePassword: boolean;
  }
}

const changes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Actions a user with a one-time password may take: see who they are, sign out, choose a password. */
const allowedBeforePasswordChange = new Set(['session.read', 'login', 'logout', 'account.password.change']);

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function allowedRoles(rule: RouteRule, request: FastifyRequest): RouteRule['allow'] {
  return rule.stricter?.when(request.query) ? rule.stricter.allow : rule.allow;
}

/** Throws when the request may not use the route: 401 for the public, 403 for the wrong role or a missing CSRF token. */
function authorise(rule: RouteRule, request: FastifyRequest): void {
  const allow = allowedRoles(rule, request);
  const who = request.principal;
  if (allow !== 'public') {
    if (!who) throw new AccessError('Sign in first: this needs an account.', 'unauthenticated');
    if (request.mustChangePassword && !allowedBeforePasswordChange.has(rule.action)) {
      throw new AccessError(
        'You signed in with a one-time password: choose your own password first (your account page).',
        'forbidden',
      );
    }
    if (allow !== 'signed-in' && !allow.includes(who.role)) {
      throw new AccessError(
        `Your role (${who.role}) may not do this; it needs ${allow.join(' or ')}. Ask an administrator if you should.`,
        'forbidden',
      );
    }
  }
  if (changes.has(request.method) && rule.csrf !== false) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !request.csrfToken || !sameToken(sent, request.csrfToken)) {
      throw new AccessError(
        'The request lacks this session’s CSRF token (header x-csrf-token); reload the page and try again.',
        'csrf',
      );
    }
  }
  if (who?.role === 'steward' && rule.rows === 'own-source') {
    if (!who.organisation)
      throw new AccessError('Your steward account has no organisation; ask an administrator to set it.', 'forbidden');
    request.rowSource = who.organisation;
  }
}

/**
 * Sessions, the route policy and the audit trail as hooks on every route: onRequest finds the user
 * from the cookie, preHandler applies the policy table, onSend writes the audit line before the
 * body leaves (so a failed audit write withholds the data).
 */
export function installAccessControl(app: FastifyInstance, { store, now }: { store: Store; now: () => Date }): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('rowSource', null);
  app.decorateRequest('auditTarget', null);
  app.decorateRequest('mustChangePassword', false);

  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.url)) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && !ruleFor(method, route.url))
        throw new Error(`no access rule for ${method} ${route.url}: add one to src/server/route-policy.ts`);
    }
  });

  app.addHook('onRequest', async (request) => {
    request.rowSource = null;
    request.mustChangePassword = false;
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const session = await resolveSession(store, token, now());
    if (!session) return;
    request.principal = session.principal;
    request.sessionToken = token;
    request.csrfToken = session.csrfToken;
    request.mustChangePassword = session.mustChangePassword;
  });

  app.addHook('preHandler', async (request) => {
    const url = request.routeOptions.url;
    if (url === undefined || !isApiRoute(url)) return; // the static web app and 404s carry no data
    const rule = ruleFor(request.method, url);
    if (!rule) throw new Error(`no access rule for ${request.method} ${url}`);
    authorise(rule, request);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    const rule = url === undefined ? undefined : ruleFor(request.method, url);
    if (!rule) return payload;
    if (request.principal) reply.header('cache-control', 'no-store'); // no shared or browser cache keeps a signed-in answer
    const refused = reply.statusCode === 401 || reply.statusCode === 403 || reply.statusCode === 423;
    if (changes.has(request.method) || rule.audit === 'microdata' || (refused && request.principal !== null)) {
      await recordAudit(store, {
        who: request.principal,
        action: rule.action,
        target: request.auditTarget ?? request.url,
        ip: request.ip,
        outcome: reply.statusCode,
        at: now(),
      });
    }
    return payload;
  });
}
