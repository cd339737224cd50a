import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AcceptedPair, clusterPairs } from './cluster-pairs.ts';

const pairArb = (n: number) =>
  fc.record({
    left: fc.integer({ min: 0, max: n - 1 }),
    right: fc.integer({ min: 0, max: n - 1 }),
    weight: fc.integer({ min: 1, max: 5 }),
  });
const tokensArb = (n: number) =>
  fc.array(fc.option(fc.constantFrom('t1', 't2', 't3'), { nil: null }), { minLength: n, maxLength: n });

/** Connected components by plain search, rooted at the smallest index: the reference without constraints. */
function components(n: number, pairs: readonly AcceptedPair[]): number[] {
  const next = Array.from({ length: n }, () => [] as number[]);
  for (const p of pairs) {
    next[p.left]?.push(p.right);
    next[p.right]?.push(p.left);
  }
  const root = Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (root[i] !== -1) continue;
    const stack = [i];
    root[i] = i;
    while (stack.length > 0) {
      for (const j of next[stack.pop() as number] ?? [])
        if (root[j] === -1) {
          root[j] = i;
          stack.push(j);
        }
    }
  }
  return root;
}

/** The different tokens of each cluster that holds more than one. */
function clustersWithTwoTokens(roots: Int32Array, tokens: readonly (string | null)[]): string[][] {
  const byRoot = new Map<number, Set<string>>();
  roots.forEach((root, i) => {
    const t = tokens[i];
    if (t) byRoot.set(root, (byRoot.get(root) ?? new Set()).add(t));
  });
  return [...byRoot.values()].filter((s) => s.size > 1).map((s) => [...s]);
}

describe('clusterPairs', () => {
  it('joins accepted pairs transitively, rooted at the smallest index, whatever their order (property)', () => {
    fc.assert(
      fc.property(fc.array(pairArb(20), { maxLength: 30 }), (pairs) => {
        const { roots } = clusterPairs(20, pairs);
        for (const p of pairs) expect(roots[p.left]).toBe(roots[p.right]);
        for (let i = 0; i < 20; i++) expect(roots[i]).toBeLessThanOrEqual(i);
        expect([...clusterPairs(20, [...pairs].reverse()).roots]).toEqual([...roots]);
      }),
    );
  });

  it('never joins two records a reviewer said are different people, not even through others (property)', () => {
    fc.assert(
      fc.property(
        fc.array(pairArb(12), { maxLength: 30 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })), { maxLength: 4 }),
        tokensArb(12),
        (pairs, rejected, tokens) => {
          const cannotLink = rejected.filter(([a, b]) => a !== b);
          for (const distinctKeys of [undefined, tokens]) {
            const { roots } = clusterPairs(12, pairs, { cannotLink, distinctKeys });
            for (const [a, b] of cannotLink) expect(roots[a]).not.toBe(roots[b]);
          }
        },
      ),
    );
  });

  it('splits a chain whose ends carry different BSN tokens at its weakest link', () => {
    const tokens = ['bsn-a', null, 'bsn-c'];
    // A–B strong, B–C weak: B stays with A
    const weakRight = clusterPairs(
      3,
      [
        { left: 0, right: 1, weight: 12 },
        { left: 1, right: 2, weight: 4 },
      ],
      { distinctKeys: tokens },
    );
    expect([...weakRight.roots]).toEqual([0, 0, 2]);
    expect(weakRight.refused).toEqual({ differentKey: 1, cannotLink: 0, outweighed: 0 });
    // A–B weak, B–C strong: B goes with C
    const weakLeft = clusterPairs(
      3,
      [
        { left: 0, right: 1, weight: 4 },
        { left: 1, right: 2, weight: 12 },
      ],
      { distinctKeys: tokens },
    );
    expect([...weakLeft.roots]).toEqual([0, 1, 1]);
    // without tokens the chain is one cluster, as before
    expect([
      ...clusterPairs(3, [
        { left: 0, right: 1, weight: 4 },
        { left: 1, right: 2, weight: 12 },
      ]).roots,
    ]).toEqual([0, 0, 0]);
  });

  it('merges records whose tokens are equal or missing', () => {
    const pairs = [
      { left: 0, right: 1, weight: 3 },
      { left: 1, right: 2, weight: 2 },
      { left: 2, right: 3, weight: 1 },
    ];
    const equal = clusterPairs(4, pairs, { distinctKeys: ['t', 't', null, 't'] });
    expect([...equal.roots]).toEqual([0, 0, 0, 0]);
    expect(equal.refused.differentKey).toBe(0);
    expect([...clusterPairs(4, pairs, { distinctKeys: [null, null, '', null] }).roots]).toEqual([0, 0, 0, 0]);
  });

  it("joins a reviewer's accepted pair even across tokens, and still refuses a third token", () => {
    const { roots, refused } = clusterPairs(3, [{ left: 1, right: 2, weight: 20 }], {
      mustLink: [[0, 1]],
      distinctKeys: ['bsn-a', 'bsn-b', 'bsn-c'],
    });
    expect([...roots]).toEqual([0, 0, 2]);
    expect(refused.differentKey).toBe(1);
    // a record carrying one of the cluster's tokens still joins it
    expect([
      ...clusterPairs(3, [{ left: 1, right: 2, weight: 20 }], {
        mustLink: [[0, 1]],
        distinctKeys: ['bsn-a', 'bsn-b', 'bsn-b'],
      }).roots,
    ]).toEqual([0, 0, 0]);
  });

  it("a reviewer's rejection beats a reviewer's acceptance that would break it", () => {
    const { roots, refused } = clusterPairs(3, [], {
      cannotLink: [[0, 2]],
      mustLink: [
        [0, 1],
        [1, 2],
      ],
    });
    expect(roots[0]).not.toBe(roots[2]);
    expect(refused.cannotLink).toBe(1);
  });

  it('never puts two different tokens in one cluster, and without tokens gives the connected components (property)', () => {
    fc.assert(
      fc.property(fc.array(pairArb(15), { maxLength: 40 }), tokensArb(15), (pairs, tokens) => {
        const constrained = clusterPairs(15, pairs, { distinctKeys: tokens });
        expect(clustersWithTwoTokens(constrained.roots, tokens)).toEqual([]);
        // a refused pair stays split (a cluster keeps its token), so the split pairs are the refused ones
        const split = pairs.filter((p) => constrained.roots[p.left] !== constrained.roots[p.right]);
        expect(constrained.refused.differentKey).toBe(split.length);
        expect([...clusterPairs(15, pairs).roots]).toEqual(components(15, pairs));
        expect([...clusterPairs(15, pairs, { distinctKeys: Array(15).fill(null) }).roots]).toEqual(
          components(15, pairs),
        );
      }),
    );
  });

  it('with tokens, refines the unconstrained clusters: it only ever splits, never joins differently (property)', () => {
    fc.assert(
      fc.property(fc.array(pairArb(15), { maxLength: 40 }), tokensArb(15), (pairs, tokens) => {
        const free = clusterPairs(15, pairs).roots;
        const { roots } = clusterPairs(15, pairs, { distinctKeys: tokens });
        for (let i = 0; i < 15; i++)
          for (let j = 0; j < 15; j++) if (roots[i] === roots[j]) expect(free[i]).toBe(free[j]);
      }),
    );
  });
  describe('weighing a merge by the scored pairs between two clusters (evidence)', () => {
    // a child's three records (0, 1, 2) joined strongly; parts are [name, birth date, incident]
    // and every weight is the prior (−14 bits) plus its parts
    const prior = -14;
    const rows: number[] = [];
    const pair = (left: number, right: number, parts: number[]) => {
      rows.push(...parts);
      return { left, right, weight: prior + parts.reduce((a, b) => a + b, 0), partsAt: rows.length / 3 - 1 };
    };
    const child = [pair(0, 1, [12, 10, 12]), pair(1, 2, [12, 10, 12])];
    const weighing = () => ({ aggregate: ['mean', 'mean', 'max'] as const, prior, parts: Float32Array.from(rows) });

    it('counts the prior once: a contact that shares an incident with one record joins the child', () => {
      // first name only, no birth date: it shares the incident with record 0, not with 1 or 2
      const evidence = [pair(3, 1, [8, 0, -3]), pair(3, 2, [8, 0, -3])];
      const pairs = [...child, pair(3, 0, [8, 0, 13])];
      // summed weights count the prior three times and refuse it
      const summed = clusterPairs(4, pairs, { evidence });
      expect(summed.roots[3]).toBe(3);
      expect(summed.refused.outweighed).toBe(1);
      const weighed = clusterPairs(4, pairs, { evidence, ...weighing() });
      expect([...weighed.roots]).toEqual([0, 0, 0, 0]);
      expect(weighed.refused.outweighed).toBe(0);
    });

    it("counts a name once: a namesake whose birth date disagrees with the child's records stays apart", () => {
      const pairs = [...child, pair(3, 0, [8, 2, 13])];
      const evidence = [pair(3, 1, [8, -12, -3]), pair(3, 2, [8, -12, -3])];
      const { roots, refused } = clusterPairs(4, pairs, { evidence, ...weighing() });
      expect(roots[3]).toBe(3);
      expect(refused.outweighed).toBe(1);
    });

    it('joins two clusters that share a BSN token whatever the other pairs weigh', () => {
      const pairs = [...child, pair(3, 0, [8, 2, 13])];
      const evidence = [pair(3, 1, [8, -12, -3]), pair(3, 2, [8, -12, -3])];
      const { roots } = clusterPairs(4, pairs, { evidence, ...weighing(), distinctKeys: ['t', null, null, 't'] });
      expect([...roots]).toEqual([0, 0, 0, 0]);
    });
  });
});
