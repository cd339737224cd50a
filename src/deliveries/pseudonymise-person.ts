import { createHmac } from 'node:crypto';
import { encodeBloomFilter, encodePersonName } from './encode-bloom-filter.ts';

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
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Dutch surname particles ("tussenvoegsels"), longest first, left out of the name key. */
const particles = [
  'van der',
  'van den',
  'van de',
  "van 't",
  'van het',
  "in 't",
  'in de',
  'op de',
  'op den',
  'uit de',
  'uit den',
  'aan de',
  'bij de',
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ten',
  'ter',
  'te',
  'la',
  'le',
  'du',
  "d'",
  'von',
  'zu',
];

/** The surname without its particles, whether they were delivered apart or inside the surname. */
export function surnameCore(surname: string | null): string {
  let rest = (surname ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  for (let changed = true; changed; ) {
    changed = false;
    for (const particle of particles) {
      if (
        rest.startsWith(`${particle} `) ||
        (particle.endsWith("'") && rest.startsWith(particle) && rest.length > particle.length)
      ) {
        rest = rest.slice(particle.length).trim();
        changed = true;
        break;
      }
    }
  }
  return normaliseName(rest);
}

/** A valid BSN (9 digits, a leading zero may be missing) passing the 11-test, or null. */
export function normaliseBsn(bsn: string | null): string | null {
  const digits = (bsn ?? '').replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 9) return null;
  const padded = digits.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(padded[i]) * (9 - i);
  sum -= Number(padded[8]);
  return sum % 11 === 0 && padded !== '000000000' ? padded : null;
}

/** Reads the date formats Dutch systems export (2010-03-04, 04-03-2010, 4/3/2010, 04.03.2010, 20100304) as YYYY-MM-DD. */
export function normaliseDate(text: string | null): string | null {
  const t = (text ?? '').trim();
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (isoLike) [, y, m, d] = isoLike;
  else if (dayFirst) [, d, m, y] = dayFirst;
  else if (compact) [, y, m, d] = compact;
  if (!y || !m || !d) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/**
 * Keyed exact-match tokens (HMAC-SHA256 under the partners' shared secret, which the central office
 * never holds) and hardened Bloom-filter encodings of the name and birth date for fuzzy linkage.
 */
export function pseudonymisePerson(ids: DirectIdentifiers, secret: string): LinkageTokens {
  const token = (purpose: string, value: string) =>
    createHmac('sha256', secret).update(`${purpose}\u0000${value}`).digest('hex');
  const bsn = normaliseBsn(ids.bsn);
  const surname = surnameCore(ids.surname);
  const initial = normaliseName(ids.first_names).slice(0, 1);
  const dob = normaliseDate(ids.date_of_birth);
  return {
    link_bsn: bsn ? token('bsn', bsn) : null,
    link_name_dob: surname && initial && dob ? token('name_dob', `${surname}|${initial}|${dob}`) : null,
    link_bloom_name: encodePersonName(ids, secret),
    link_bloom_dob: dob ? encodeBloomFilter(dob, 'dob', secret) : null,
  };
}
