import { z } from 'zod';
import { AccessError } from './access-error.ts';
import { roles } from './roles.ts';

const roleMap = z
  .string()
  .trim()
  .default('')
  .transform((text, ctx) => {
    const map: Record<string, (typeof roles)[number]> = {};
    for (const pair of text.split(',').filter((p) => p.trim() !== '')) {
      const [group, role] = pair.split('=').map((p) => p.trim());
      const parsed = z.enum(roles).safeParse(role);
      if (!group || !parsed.success) {
        ctx.addIssue({ code: 'custom', message: `"${pair}" is not group=role with role one of ${roles.join(', ')}` });
        continue;
      }
      map[group] = parsed.data;
    }
    return map;
  });

/**
 * Sign-in through an organisation's identity provider (OpenID Connect, authorization code + PKCE).
 * Off unless ZICHT_OIDC_ISSUER is set. The IdP only vouches for who someone is: Zicht still needs an
 * account with that e-mail address, and the IdP's groups must grant that account's role.
 */
export const oidcConfigSchema = z.object({
  issuer: z.url({ protocol: /^https?$/ }),
  clientId: z.string().trim().min(1),
  clientSecret: z.string().min(1),
  /** Zicht's callback as registered at the IdP: https://<host>/api/oidc/callback */
  redirectUri: z
    .url({ protocol: /^https?$/ })
    .refine((u) => new URL(u).pathname === '/api/oidc/callback', 'the redirect URI must end in /api/oidc/callback'),
  /** Shown on the sign-in button: "Sign in with <label>". */
  label: z.string().trim().min(1).max(80),
  /** The ID-token claim with the user's groups (a list or one string). */
  roleClaim: z.string().trim().min(1).default('groups'),
  /** IdP group → Zicht role; empty: the IdP's groups are not checked. */
  roles: roleMap,
  /** For stewards: the claim whose value must equal their organisation's source code. */
  organisationClaim: z.string().trim().min(1).optional(),
});
export type OidcConfig = z.output<typeof oidcConfigSchema>;

/** Reads ZICHT_OIDC_* from the environment; null when OpenID Connect is not configured. */
export function oidcConfigFromEnv(env: Readonly<Record<string, string | undefined>>): OidcConfig | null {
  if (!env.ZICHT_OIDC_ISSUER) return null;
  const parsed = oidcConfigSchema.safeParse({
    issuer: env.ZICHT_OIDC_ISSUER,
    clientId: env.ZICHT_OIDC_CLIENT_ID,
    clientSecret: env.ZICHT_OIDC_CLIENT_SECRET,
    redirectUri: env.ZICHT_OIDC_REDIRECT_URI,
    label: env.ZICHT_OIDC_LABEL,
    roleClaim: env.ZICHT_OIDC_ROLE_CLAIM || undefined,
    roles: env.ZICHT_OIDC_ROLES,
    organisationClaim: env.ZICHT_OIDC_ORGANISATION_CLAIM || undefined,
  });
  if (parsed.success) return parsed.data;
  const names: Record<string, string> = {
    issuer: 'ZICHT_OIDC_ISSUER',
    clientId: 'ZICHT_OIDC_CLIENT_ID',
    clientSecret: 'ZICHT_OIDC_CLIENT_SECRET',
    redirectUri: 'ZICHT_OIDC_REDIRECT_URI',
    label: 'ZICHT_OIDC_LABEL',
    roleClaim: 'ZICHT_OIDC_ROLE_CLAIM',
    roles: 'ZICHT_OIDC_ROLES',
    organisationClaim: 'ZICHT_OIDC_ORGANISATION_CLAIM',
  };
  const problems = parsed.error.issues.map((i) => `${names[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`);
  throw new AccessError(
    `OpenID Connect is switched on (ZICHT_OIDC_ISSUER) but not configured right: ${problems.join('; ')}.`,
    'invalid-input',
    problems,
  );
}
