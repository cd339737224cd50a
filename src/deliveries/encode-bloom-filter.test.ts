import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bloomFeaturesOf, bloomFilterBits, encodeBloomFilter } from './encode-bloom-filter.ts';

const secret = 'partners-shared-secret-for-tests';
const bitsOf = (encoded: string | null): Uint8Array => {
  const bytes = Buffer.from(encoded ?? '', 'base64');
  return Uint8Array.from({ length: bloomFilterBits }, (_, i) => ((bytes[i >> 3] as number) >> (i & 7)) & 1);
};
const dice = (a: string | null, b: string | null) => {
  const x = bitsOf(a);
  const y = bitsOf(b);
  let both = 0;
  let ones = 0;
  for (let i = 0; i < x.length; i++) {
    both += (x[i] as number) & (y[i] as number);
    ones += (x[i] as number) + (y[i] as number);
  }
  return (2 * both) / ones;
};
const names = [
  'jan jansen',
  'anna de vries',
  'daan bakker',
  'sanne visser',
  'hannah smit',
  'johan mulder',
  'marianne bos',
  'stan de graaf',
  'joanna vos',
  'dean peters',
];

describe('encodeBloomFilter', () => {
  it('fits the contract slot, is deterministic under one secret and different under another', () => {
    const a = encodeBloomFilter('Éva van den Berg', 'name', secret);
    expect(a).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(Buffer.from(a ?? '', 'base64')).toHaveLength(bloomFilterBits / 8);
    expect(encodeBloomFilter('eva van den berg', 'name', secret)).toBe(a);
    expect(encodeBloomFilter('Éva van den Berg', 'name', 'another-secret-of-16+chars')).not.toBe(a);
    expect(encodeBloomFilter('Éva van den Berg', 'dob', secret)).toBeNull();
    expect(encodeBloomFilter('', 'name', secret)).toBeNull();
  });

  it('keeps similar values similar: a typo or a swapped day and month stays close, another person does not', () => {
    const jansen = encodeBloomFilter('pieter jansen', 'name', secret);
    expect(dice(jansen, encodeBloomFilter('pieter janssen', 'name', secret))).toBeGreaterThan(0.85);
    expect(dice(jansen, encodeBloomFilter('sophie de boer', 'name', secret))).toBeLessThan(0.7);
    const dob = encodeBloomFilter('2010-03-04', 'dob', secret);
    expect(dice(dob, encodeBloomFilter('2010-04-03', 'dob', secret))).toBeGreaterThan(0.8);
    expect(dice(dob, encodeBloomFilter('1987-11-25', 'dob', secret))).toBeLessThan(0.7);
  });

  it('leaks no length: every encoding has exactly half its bits set (balanced)', () => {
    for (const value of ['al', 'maximiliaan alexander van oranje-nassau', ...names]) {
      expect(bitsOf(encodeBloomFilter(value, 'name', secret)).reduce((a, b) => a + b, 0)).toBe(bloomFilterBits / 2);
    }
  });

  it('gives an attacker without the secret no q-gram: bits hashed under a guessed key are set at chance rate', () => {
    // every name here contains the bigram "an"; under the real key all its bits are set in every filter
    expect(names.every((n) => bloomFeaturesOf(n, 'name').includes('an'))).toBe(true);
    const filters = names.map((n) => bitsOf(encodeBloomFilter(n, 'name', secret)));
    for (const guess of ['', 'zicht', 'another-secret-of-16+chars']) {
      const digest = createHmac('sha256', guess).update('an').digest();
      const h1 = digest.readUInt32BE(0);
      const h2 = (digest.readUInt32BE(4) | 1) >>> 0;
      for (const modulus of [bloomFilterBits, bloomFilterBits / 2]) {
        const positions = Array.from({ length: 15 }, (_, i) => (h1 + i * h2) % modulus);
        const share =
          filters.reduce((n, f) => n + positions.filter((p) => f[p] === 1).length, 0) /
          (filters.length * positions.length);
        expect(share).toBeGreaterThan(0.3);
        expect(share).toBeLessThan(0.7);
      }
    }
  });

  it('breaks the arithmetic progression of double hashing: the bits one q-gram adds show no common step', () => {
    const without = bitsOf(encodeBloomFilter('q', 'name', secret)); // _q q_
    const withQq = bitsOf(encodeBloomFilter('qq', 'name', secret)); // _q qq q_
    const added = Array.from({ length: bloomFilterBits }, (_, p) => p).filter(
      (p) => without[p] === 0 && withQq[p] === 1,
    );
    expect(added.length).toBeGreaterThanOrEqual(10);
    // unpermuted, these would be ≥ 10 terms of one progression: the most common gap would repeat ≥ 9 times
    const gaps = new Map<number, number>();
    for (const a of added)
      for (const b of added)
        if (b > a) gaps.set((b - a) % (bloomFilterBits / 2), (gaps.get((b - a) % (bloomFilterBits / 2)) ?? 0) + 1);
    expect(Math.max(...gaps.values())).toBeLessThan(4);
  });
});
