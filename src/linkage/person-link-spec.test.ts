import { describe, expect, it } from 'vitest';
import { encodeBloomFilter } from '../deliveries/index.ts';
import { dateSimilarity } from './person-link-spec.ts';

// The date levels' similarity bounds are properties of the date encoding, not of any data: checked
// here over random dates under a key of this test's own.
const secret = 'date-levels-test-secret-0123456789';
const similarity = (a: string, b: string) => {
  const x = Buffer.from(encodeBloomFilter(a, 'dob', secret) ?? '', 'base64');
  const y = Buffer.from(encodeBloomFilter(b, 'dob', secret) ?? '', 'base64');
  let differ = 0;
  for (let i = 0; i < x.length; i++) for (let v = (x[i] as number) ^ (y[i] as number); v; v >>= 1) differ += v & 1;
  return 1 - differ / (x.length * 8);
};
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const share = (xs: readonly boolean[]) => xs.filter(Boolean).length / xs.length;

describe('the birth-date levels', () => {
  let seed = 20_261_205;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const dates = Array.from({ length: 2000 }, () => ({
    y: 1990 + Math.floor(random() * 30),
    m: 1 + Math.floor(random() * 12),
    d: 1 + Math.floor(random() * 28),
    m2: 1 + Math.floor(random() * 12),
    d2: 1 + Math.floor(random() * 28),
  }));

  it('keep a day and month swapped above the bound that an unrelated date of the same year stays under', () => {
    const swapped = dates
      .filter((x) => x.d <= 12 && x.d !== x.m)
      .map((x) => similarity(iso(x.y, x.m, x.d), iso(x.y, x.d, x.m)));
    const unrelated = dates
      .filter((x) => x.m2 !== x.m)
      .map((x) => similarity(iso(x.y, x.m, x.d), iso(x.y, x.m2, x.d2)));
    expect(share(swapped.map((s) => s >= dateSimilarity.swapped))).toBeGreaterThan(0.95);
    expect(share(unrelated.map((s) => s < dateSimilarity.swapped))).toBeGreaterThan(0.95);
  });

  it('keep a birth year one off (same day and month) above its bound', () => {
    const slipped = dates.map((x) => similarity(iso(x.y, x.m, x.d), iso(x.y + 1, x.m, x.d)));
    expect(share(slipped.map((s) => s >= dateSimilarity.yearOff))).toBeGreaterThan(0.95);
  });
});
