import { createHmac } from 'node:crypto';
import { firstGivenName, nameGroupsOf, soundKey, surnameWords } from './name-variants.ts';
import { normaliseName } from './pseudonymise-person.ts';

/** The identifiers that get a Bloom-filter encoding (contract slots `link_bloom_name`, `link_bloom_dob`). */
export type BloomField = 'name' | 'dob' | 'address' | 'number';
/** The two halves of a person's name filter (`encodePersonName`), each keyed on its own. */
type NameHalf = 'first_name' | 'surname';

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
function fieldKeyOf(secret: string, field: BloomField | NameHalf, bits = bloomFilterBits): FieldKey {
  const id = `${field}\u0000${secret}`;
  const known = fieldKeys.get(id);
  if (known) return known;
  const key = createHmac('sha256', secret).update(`zicht/bloom/v1/${field}`).digest();
  const permutation = Uint16Array.from({ length: bits }, (_, i) => i);
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
  for (let i = bits - 1; i > 0; i--) {
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
function positionsOf(fieldKey: FieldKey, gram: string, base = baseBits, hashes = hashesPerGram): Uint16Array {
  const known = fieldKey.positions.get(gram);
  if (known) return known;
  const digest = createHmac('sha256', fieldKey.key).update(gram).digest();
  const h1 = digest.readUInt32BE(0);
  const h2 = (digest.readUInt32BE(4) | 1) >>> 0;
  const positions = new Uint16Array(hashes);
  for (let i = 0; i < hashes; i++) positions[i] = (h1 + i * h2) % base;
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

/** Bits of each half of a person's name filter: the first given name, then the surname. */
export const nameHalfBits = bloomFilterBits / 2;
/** Hash functions per feature in a half's 256-bit base filter: about 40 % of it is set for a typical name. */
const hashesPerNameFeature = 10;

/**
 * The features of each half. First name: the bigrams of the first given name, or, when it is a
 * known call name or transliteration, of the names of its groups instead, and its sound key. Surname:
 * the bigrams and sound key of each word, particles dropped wherever they were written.
 */
export function personNameFeatures(ids: {
  readonly first_names: string | null;
  readonly surname_prefix?: string | null;
  readonly surname: string | null;
}): { readonly first: readonly string[]; readonly surname: readonly string[] } {
  const first = firstGivenName(ids.first_names);
  // a call name or transliteration stands for its group's names (Kees → cornelis, Nelleke →
  // cornelia and petronella): then Kees and Cornelis share all their bits, Nelleke and Cornelia most
  const groups = first ? nameGroupsOf(first) : [];
  const spelled = groups.length > 0 ? groups : [first];
  const firstFeatures = first ? [...spelled.flatMap(bigramsOf), `s:${soundKey(first)}`] : [];
  const words = surnameWords(ids.surname, ids.surname_prefix);
  const surnameFeatures = words.flatMap((w) => [...bigramsOf(w), `s:${soundKey(w)}`]);
  return { first: [...new Set(firstFeatures)], surname: [...new Set(surnameFeatures)] };
}

/** One balanced, permuted half (or 512 zero bits when there is nothing to encode) into `out` at `offset` bytes. */
function writeNameHalf(features: readonly string[], half: NameHalf, secret: string, out: Buffer, offset: number): void {
  if (features.length === 0) return;
  const half2 = nameHalfBits / 2;
  const fieldKey = fieldKeyOf(secret, half, nameHalfBits);
  const base = new Uint8Array(half2);
  for (const feature of features)
    for (const p of positionsOf(fieldKey, feature, half2, hashesPerNameFeature)) base[p] = 1;
  for (let i = 0; i < nameHalfBits; i++) {
    const bit = i < half2 ? base[i] : 1 - (base[i - half2] as number);
    if (bit) {
      const p = (fieldKey.permutation[i] as number) + offset * 8;
      out[p >> 3] = (out[p >> 3] as number) | (1 << (p & 7));
    }
  }
}

/**
 * The name filter of a person (contract slot `link_bloom_name`, layout 2): 1,024 bits, the first
 * 512 for the first given name and the last 512 for the surname, each a 256-bit keyed Bloom filter
 * followed by its complement (exactly 256 ones) under a keyed permutation of its own 512 positions;
 * a half with nothing to encode is all zeros, so the linkage can tell "no surname" (an anonymous
 * contact) from "another surname". Dice over the whole filter compares the full name, over a half
 * the first name or the surname alone (so twins, who share surname and birth date, can be told
 * apart by their first names). Null when neither part has a letter.
 */
export function encodePersonName(
  ids: {
    readonly first_names: string | null;
    readonly surname_prefix?: string | null;
    readonly surname: string | null;
  },
  secret: string,
): string | null {
  const { first, surname } = personNameFeatures(ids);
  if (first.length === 0 && surname.length === 0) return null;
  const out = Buffer.alloc(bloomFilterBits / 8);
  writeNameHalf(first, 'first_name', secret, out, 0);
  writeNameHalf(surname, 'surname', secret, out, nameHalfBits / 8);
  return out.toString('base64');
}
