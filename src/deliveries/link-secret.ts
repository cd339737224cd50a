/** At least 32 characters: 24 random bytes in base64, far beyond guessing even over the small BSN space. */
export const minimumLinkSecretLength = 32;

/**
 * The secret of the synthetic pipeline. It ships with the code, so anyone can recompute every token
 * made with it (a BSN has only nine digits): it is for synthetic data only, never for real extracts.
 */
export const demoLinkSecret = 'zicht-demo-secret-for-synthetic-data-only';

const howTo = `the partners' shared linkage secret of at least ${minimumLinkSecretLength} random characters (for example from \`openssl rand -base64 32\`)`;

/** A partner's linkage secret that is missing or too weak to pseudonymise real data with. */
export class LinkSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkSecretError';
  }
}

/** Why a secret is unfit for real data (one sentence, never quoting the secret), or null when it will do. */
export function linkSecretProblem(secret: string | undefined): string | null {
  if (secret === undefined || secret.trim() === '')
    return `ZICHT_LINK_SECRET is not set: set it to ${howTo} before pseudonymising.`;
  if (secret === demoLinkSecret)
    return `ZICHT_LINK_SECRET is the demo secret that ships with Zicht, for synthetic data only: set it to ${howTo}.`;
  const length = [...secret].length;
  if (length < minimumLinkSecretLength) return `ZICHT_LINK_SECRET has only ${length} characters: set it to ${howTo}.`;
  // a long run of few characters ('aaaa…', '1212…') is long but not secret
  if (new Set(secret).size < 10)
    return `ZICHT_LINK_SECRET repeats too few different characters to be secret: set it to ${howTo}.`;
  return null;
}

/** The partners' linkage secret for real extracts, from `ZICHT_LINK_SECRET`; refuses a missing or weak one. */
export function linkSecretFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const secret = env.ZICHT_LINK_SECRET;
  const problem = linkSecretProblem(secret);
  if (problem !== null || secret === undefined) throw new LinkSecretError(problem ?? 'ZICHT_LINK_SECRET is not set.');
  return secret;
}

/** The synthetic pipeline's secret: `ZICHT_LINK_SECRET` when it is set (checked as for real data), otherwise the demo secret. */
export function syntheticLinkSecret(env: Readonly<Record<string, string | undefined>>): string {
  return env.ZICHT_LINK_SECRET === undefined || env.ZICHT_LINK_SECRET === '' ? demoLinkSecret : linkSecretFromEnv(env);
}
