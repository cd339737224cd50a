import { createHmac } from 'node:crypto';

/** Identifiers a partner holds and that must never leave its building. */
export type DirectIdentifiers = {
  readonly bsn: string | null;
  readonly first_names: string | null;
  readonly surname_prefix: string | null;
  readonly surname: string | null;
  readonly date_of_birth: string | null;
};

export type LinkageTokens = {
  readonly link_bsn: string | null;
  readonly link_name_dob: string | null;
  readonly link_bloom_name: string | null;
  readonly link_bloom_dob: string | null;
};

/** Lower case, no diacritics, letters only: "Ö'Brien-Jansen" and "obrien jansen" normalise alike. */
export function normaliseName(name: string | null): string {
  if (!name) return '';
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

export function normaliseBsn(bsn: string | null): string | null {
  const digits = (bsn ?? '').replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 9) return null;
  return digits.padStart(9, '0');
}

/**
 * Keyed exact-match tokens (HMAC-SHA256 under the partners' shared secret, which the central office
 * never holds). The Bloom-filter slots stay empty in contract v1.0.
 */
export function pseudonymisePerson(ids: DirectIdentifiers, secret: string): LinkageTokens {
  const token = (purpose: string, value: string) => createHmac('sha256', secret).update(`${purpose}\u0000${value}`).digest('hex');
  const bsn = normaliseBsn(ids.bsn);
  const surname = normaliseName(ids.surname);
  const initial = normaliseName(ids.first_names).slice(0, 1);
  const dob = ids.date_of_birth && /^\d{4}-\d{2}-\d{2}$/.test(ids.date_of_birth.trim()) ? ids.date_of_birth.trim() : null;
  return {
    link_bsn: bsn ? token('bsn', bsn) : null,
    link_name_dob: surname && initial && dob ? token('name_dob', `${surname}|${initial}|${dob}`) : null,
    link_bloom_name: null,
    link_bloom_dob: null,
  };
}
