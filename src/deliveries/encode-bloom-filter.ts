import { createHmac } from 'node:crypto';
import { normaliseName } from './pseudonymise-person.ts';

/** The identifiers that get a Bloom-filter encoding (contract slots `link_bloom_name`, `link_bloom_dob`). */
export type BloomField = 'name' | 'dob' | 'address' | 'number';

/** Length of every encoding in bits; the Dice kernel in `linkage/` assumes it. */
export const bloomFilterBits = 1024;
/** Bits of the filter before balancing: the encoding is this filter followed by its complement. */
const baseBits = bloomFilterBits / 2;
/** Hash functions per q-gram: about 40 % of the base filter is set for a typical name. */
const hashesPerGram = 15;

type FieldKey = {
  readonly key: Buffer;
  readonly permutation: Uint16Array;
  readonly positions: Map<string, Uint16Array>;
};
const fieldKeys = new Map<string, FieldKey>();

/**
 * The partner's per-field key (the field name salts the secret, so a q-gram sets unrelated bits in
 * the name and the date filters) and a keyed permutation of the 1,024 positions. Cached per secret:
 * the q-gram vocabulary is small, so each q-gram's positions are hashed once.
 */
function fieldKeyOf(secret: string, field: BloomField): FieldKey {
  const id = `${field}\u0000${secret}`;
  const known = fieldKeys.get(id);
  if (known) return known;
  const key = createHmac('sha256', secret).update(`zicht/bloom/v1/${field}`).digest();
  const permutation = Uint16Array.from({ length: bloomFilterBits }, (_, i) => i);
  let stream = Buffer.alloc(0);
  let used = 0;
  let counter = 0;
  const next32 = (): number => {
    if (used + 4 > stream.length) {
      stream = createHmac('sha256', key).update(`permutation/${counter++}`).digest();
      used = 0;
    }
    const v = stream.readUInt32BE(used);
    used += 4;
    return v;
  };
  for (let i = bloomFilterBits - 1; i > 0; i--) {
    const j = next32() % (i + 1);
    const t = permutation[i] as number;
    permutation[i] = permutation[j] as number;
    permutation[j] = t;
  }
  const made = { key, permutation, positions: new Map<string, Uint16Array>() };
  fieldKeys.set(id, made);
  return made;
}

/** Keyed double hashing: k positions in the base filter from one HMAC-SHA256 of the q-gram. */
function positionsOf(fieldKey: FieldKey, gram: string): Uint16Array {
  const known = fieldKey.positions.get(gram);
  if (known) return known;
  const digest = createHmac('sha256', fieldKey.key).update(gram).digest();
  const h1 = digest.readUInt32BE(0);
  const h2 = (digest.readUInt32BE(4) | 1) >>> 0;
  const positions = new Uint16Array(hashesPerGram);
  for (let i = 0; i < hashesPerGram; i++) positions[i] = (h1 + i * h2) % baseBits;
  fieldKey.positions.set(gram, positions);
  return positions;
}

/** Padded bigrams of each word: "jan" → _j ja an n_. */
function bigramsOf(word: string): string[] {
  const padded = `_${word}_`;
  const grams: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i++) grams.push(padded.slice(i, i + 2));
  return grams;
}

/**
 * The features a field is encoded from. Names: the bigrams of each normalised word. Dates
 * (YYYY-MM-DD): the bigrams of the eight digits plus year, month and day, and the unordered
 * {month, day} pair, so a swapped day and month still agrees on most of its bits.
 */
export function bloomFeaturesOf(value: string, field: BloomField): string[] {
  if (field !== 'dob') {
    const normalise =
      field === 'name'
        ? normaliseName
        : (w: string) =>
            w
              .normalize('NFD')
              .toLowerCase()
              .replace(/[^a-z0-9]/g, '');
    const words = value
      .split(/\s+/)
      .map(normalise)
      .filter((w) => w.length > 0);
    return [...new Set(words.flatMap(bigramsOf))];
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return [];
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const digits = `${y}${m}${d}`;
  const grams = bigramsOf(digits).slice(1, -1);
  return [...new Set([...grams, `y:${y}`, `m:${m}`, `d:${d}`, `md:${[m, d].sort().join('|')}`])];
}

/** The value of the name filter: the first given name and the surname without particles. */
export function bloomNameValue(ids: { readonly first_names: string | null; readonly surname: string | null }): string {
  const first = (ids.first_names ?? '').trim().split(/\s+/)[0] ?? '';
  return `${first} ${ids.surname ?? ''}`.trim();
}

/**
 * CLK-style Bloom-filter encoding of one identifier for fuzzy linkage, as base64 of 1,024 bits
 * (null when there is nothing to encode). Hardened against frequency and pattern-mining attacks:
 * keyed HMAC hashing salted per field (no secret, no q-gram → bit map), a balanced filter (the
 * 512-bit filter followed by its complement: every encoding has exactly 512 ones, so the weight
 * leaks neither name length nor q-gram count) and a keyed permutation of the positions (breaks the
 * arithmetic progressions of double hashing that pattern-mining attacks look for).
 */
export function encodeBloomFilter(value: string, field: BloomField, secret: string): string | null {
  const features = bloomFeaturesOf(value, field);
  if (features.length === 0) return null;
  const fieldKey = fieldKeyOf(secret, field);
  const base = new Uint8Array(baseBits);
  for (const feature of features) for (const p of positionsOf(fieldKey, feature)) base[p] = 1;
  const bytes = Buffer.alloc(bloomFilterBits / 8);
  for (let i = 0; i < bloomFilterBits; i++) {
    const bit = i < baseBits ? base[i] : 1 - (base[i - baseBits] as number);
    if (bit) {
      const p = fieldKey.permutation[i] as number;
      bytes[p >> 3] = (bytes[p >> 3] as number) | (1 << (p & 7));
    }
  }
  return bytes.toString('base64');
}
