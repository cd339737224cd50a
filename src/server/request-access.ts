import type { Principal } from '../access/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for the public. */
    principal: Principal | null;
    sessionToken: string | null;
    csrfToken: string | null;
    /** The only source whose rows this request may see (a steward's organisation); null: every source. */
    rowSource: string | null;
    /** What the audit log names as the target, when the URL alone does not say it (login: the e-mail). */
    auditTarget: string | null;
  }
}

export const sessionCookie = 'zicht_session';
