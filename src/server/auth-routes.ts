import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AccessError,
  authenticateUser,
  changePassword,
  createSession,
  endSession,
  type LockoutPolicy,
} from '../access/index.ts';
import type { Store } from '../store/index.ts';
import { cookieIsSecure } from './cookie-is-secure.ts';
import { parseInput } from './parse-input.ts';
import { sessionCookie } from './request-access.ts';

export type AuthRoutesOptions = {
  readonly store: Store;
  readonly now: () => Date;
  readonly lockout?: LockoutPolicy;
  /** 'auto': Secure unless the request came over plain http to a loopback address. */
  readonly secureCookies: boolean | 'auto';
  /** Sign-in attempts per minute per address. */
  readonly loginRateLimit: number;
  /** The organisation named on the "sign in with …" button when OpenID Connect is configured. */
  readonly signInWith: string | null;
};

const loginSchema = z.object({
  email: z.string().trim().min(1, 'give your e-mail address').max(320),
  password: z.string().min(1, 'give your password').max(1024),
});

/** POST /api/login, POST /api/logout, GET /api/session (who am I, and my CSRF token) and POST /api/account/password. */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, options) => {
  const { store, now } = options;
  const secure = (request: FastifyRequest) => cookieIsSecure(options.secureCookies, request);
  const clear = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(sessionCookie, { path: '/', httpOnly: true, sameSite: 'strict', secure: secure(request) });

  app.get('/api/session', async (request) => ({
    user: request.principal,
    csrfToken: request.csrfToken,
    mustChangePassword: request.mustChangePassword,
    signInWith: options.signInWith,
  }));

  app.post(
    '/api/login',
    { config: { rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const credentials = parseInput(loginSchema, request.body, 'sign-in');
      request.auditTarget = `user:${credentials.email.toLowerCase()}`;
      const { principal, mustChangePassword } = await authenticateUser(store, credentials, now(), options.lockout);
      // a new session id at every sign-in (no session fixation)
      if (request.sessionToken) await endSession(store, request.sessionToken);
      const session = await createSession(store, principal.userId, request.ip, now());
      request.principal = principal;
      reply.setCookie(sessionCookie, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secure(request),
      });
      return { user: principal, csrfToken: session.csrfToken, mustChangePassword };
    },
  );

  // the user's own password; their other sessions end, this one stays signed in. A wrong current
  // password counts towards the lock-out; the guess that locks the account ends all its sessions
  app.post('/api/account/password', async (request) => {
    const who = request.principal;
    if (!who) throw new AccessError('Sign in first: this needs an account.', 'unauthenticated');
    request.auditTarget = `user:${who.email}`;
    await changePassword(store, who.userId, request.body, request.sessionToken, now(), options.lockout);
    request.mustChangePassword = false;
    return { changed: true };
  });

  app.post('/api/logout', async (request, reply) => {
    if (request.sessionToken) await endSession(store, request.sessionToken);
    clear(request, reply);
    return { user: null };
  });
};
