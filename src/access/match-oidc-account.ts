import type { Store } from '../store/index.ts';
import type { OidcConfig } from './oidc-config.ts';
import type { Principal } from './roles.ts';
import { findUserByEmail } from './user-accounts.ts';

/** Why an identity the IdP vouched for does not get into Zicht (the sign-in page says it in the user's language). */
export type OidcRefusal = 'no-email' | 'unknown-account' | 'disabled' | 'role' | 'organisation';

export type OidcMatch =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly reason: OidcRefusal; readonly email: string | null };

const asList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

/**
 * Finds the Zicht account for the claims of a verified ID token. Nobody gets in on the IdP's word
 * alone: an administrator must have created the account (matched by verified e-mail address), it
 * must be enabled, the IdP's groups must grant its role, and a steward's organisation claim must be
 * their own organisation.
 */
export async function matchOidcAccount(
  store: Store,
  claims: Readonly<Record<string, unknown>>,
  config: OidcConfig,
): Promise<OidcMatch> {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
  if (!email || claims.email_verified === false) return { ok: false, reason: 'no-email', email };
  const user = await findUserByEmail(store, email);
  if (!user) return { ok: false, reason: 'unknown-account', email };
  if (user.disabledAt) return { ok: false, reason: 'disabled', email };
  if (Object.keys(config.roles).length > 0) {
    const granted = new Set(asList(claims[config.roleClaim]).map((group) => config.roles[group]));
    if (!granted.has(user.role)) return { ok: false, reason: 'role', email };
  }
  if (config.organisationClaim && user.role === 'steward' && claims[config.organisationClaim] !== user.organisation) {
    return { ok: false, reason: 'organisation', email };
  }
  return {
    ok: true,
    principal: {
      userId: user.userId,
      name: user.name,
      email: user.email,
      role: user.role,
      organisation: user.organisation,
    },
  };
}
