import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { createSession, endSession, matchOidcAccount, type OidcConfig, type OidcRefusal } from '../access/index.ts';
import type { Store } from '../store/index.ts';
import { cookieIsSecure } from './cookie-is-secure.ts';
import { sessionCookie } from './request-access.ts';

export type OidcRoutesOptions = {
  readonly store: Store;
  readonly now: () => Date;
  readonly config: OidcConfig;
  readonly secureCookies: boolean | 'auto';
};

type Language = 'nl' | 'en';
type PendingLogin = {
  readonly verifier: string;
  readonly nonce: string;
  readonly language: Language;
  readonly expires: number;
};

/** Binds the browser to its sign-in attempt. Lax, not Strict: it must come back on the IdP's redirect. */
const stateCookie = 'zicht_oidc_state';
const pendingMinutes = 10;
const maxPending = 10_000;
const loopback = new Set(['127.0.0.1', 'localhost', '::1']);
/** The web app's query for a language: Dutch is the default and needs none. */
const withLanguage = (query: string, language: Language) => {
  const params = new URLSearchParams(query);
  if (language === 'en') params.set('lang', 'en');
  const text = params.toString();
  return text ? `?${text}` : '';
};

/**
 * GET /api/oidc/start and GET /api/oidc/callback: sign-in at the organisation's identity provider
 * with the authorization code flow and PKCE (S256), checking state and nonce. The verifier never
 * leaves the server: pending sign-ins live in memory for ten minutes (one server process).
 */
export const oidcRoutes: FastifyPluginAsync<OidcRoutesOptions> = async (app, { store, now, config, secureCookies }) => {
  const pending = new Map<string, PendingLogin>();
  let discovered: Promise<client.Configuration> | undefined;
  const issuer = new URL(config.issuer);
  // plain http only for an IdP on this machine (tests, a local Keycloak)
  const insecure = issuer.protocol === 'http:' && loopback.has(issuer.hostname);
  const configuration = () => {
    discovered ??= client
      .discovery(
        issuer,
        config.clientId,
        undefined,
        client.ClientSecretBasic(config.clientSecret),
        insecure ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered = undefined; // try again at the next sign-in
        throw error;
      });
    return discovered;
  };
  const cookieOptions = (request: FastifyRequest) => ({
    path: '/api/oidc/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: cookieIsSecure(secureCookies, request),
  });
  const refuse = (
    request: FastifyRequest,
    reply: FastifyReply,
    reason: OidcRefusal | 'expired' | 'failed',
    language: Language,
  ) => {
    request.auditTarget = `${request.auditTarget ?? 'oidc'} refused:${reason}`;
    return reply.redirect(`/inloggen${withLanguage(`sso=${reason}`, language)}`);
  };

  app.get('/api/oidc/start', async (request, reply) => {
    const language: Language = (request.query as { lang?: unknown }).lang === 'en' ? 'en' : 'nl';
    const t = now().getTime();
    for (const [state, login] of pending) if (login.expires < t) pending.delete(state);
    if (pending.size >= maxPending)
      return reply.code(503).send({ error: 'Too many sign-ins are under way; try again in a few minutes.' });
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(await configuration(), {
      redirect_uri: config.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    pending.set(state, { verifier, nonce, language, expires: t + pendingMinutes * 60_000 });
    reply.setCookie(stateCookie, state, { ...cookieOptions(request), maxAge: pendingMinutes * 60 });
    return reply.redirect(url.href);
  });

  app.get('/api/oidc/callback', async (request, reply) => {
    const state = request.cookies[stateCookie];
    reply.clearCookie(stateCookie, cookieOptions(request));
    const login = state ? pending.get(state) : undefined;
    if (state) pending.delete(state);
    if (!state || !login || login.expires < now().getTime()) return refuse(request, reply, 'expired', 'nl');
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(
        await configuration(),
        new URL(request.url, config.redirectUri),
        {
          pkceCodeVerifier: login.verifier,
          expectedState: state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        },
      );
      claims = { ...(tokens.claims() ?? {}) };
    } catch (error) {
      request.auditTarget = `oidc ${error instanceof Error ? error.message.slice(0, 120) : 'error'}`;
      return refuse(request, reply, 'failed', login.language);
    }
    const match = await matchOidcAccount(store, claims, config);
    request.auditTarget = `user:${match.ok ? match.principal.email : (match.email ?? `sub ${String(claims.sub)}`)}`;
    if (!match.ok) return refuse(request, reply, match.reason, login.language);
    if (request.sessionToken) await endSession(store, request.sessionToken);
    const session = await createSession(store, match.principal.userId, request.ip, now());
    request.principal = match.principal;
    reply.setCookie(sessionCookie, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: cookieIsSecure(secureCookies, request),
    });
    return reply.redirect(`/werk${withLanguage('', login.language)}`);
  });
};
