import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterPairs } from './cluster-pairs.ts';

const pairArb = (n: number) =>
  fc.record({
    left: fc.integer({ min: 0, max: n - 1 }),
    right: fc.integer({ min: 0, max: n - 1 }),
    weight: fc.integer({ min: 1, max: 5 }),
  });

describe('clusterPairs', () => {
  it('joins accepted pairs transitively, rooted at the smallest index, whatever their order (property)', () => {
    fc.assert(
      fc.property(fc.array(pairArb(20), { maxLength: 30 }), (pairs) => {
        const roots = clusterPairs(20, pairs);
        for (const p of pairs) expect(roots[p.left]).toBe(roots[p.right]);
        for (let i = 0; i < 20; i++) expect(roots[i]).toBeLessThanOrEqual(i);
        expect([...clusterPairs(20, [...pairs].reverse())]).toEqual([...roots]);
      }),
    );
  });

  it('never joins two records a reviewer said are different people, not even through others (property)', () => {
    fc.assert(
      fc.property(
        fc.array(pairArb(12), { maxLength: 30 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })), { maxLength: 4 }),
        (pairs, rejected) => {
          const cannotLink = rejected.filter(([a, b]) => a !== b);
          const roots = clusterPairs(12, pairs, cannotLink);
          for (const [a, b] of cannotLink) expect(roots[a]).not.toBe(roots[b]);
        },
      ),
    );
  });
});
