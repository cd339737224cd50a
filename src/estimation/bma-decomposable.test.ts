import { describe, expect, it } from 'vitest';
import { bmaDecomposable } from './bma-decomposable.ts';
import { type CaptureHistory, type CaptureTable, toCaptureTable } from './capture-table.ts';
import { decomposableGraphs } from './decomposable-graphs.ts';
import { logGamma } from './log-gamma.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { bmaReferenceFits } from '../../test/support/estimation-reference/r-bma-fits.ts';
import { seededRandom } from '../random/index.ts';

// R's dga (bma.cr) is the reference: its posteriors, written by test/support/estimation-reference/r-bma-reference.R,
// are checked below. Besides: the model space against its known size, one graph's posterior against a direct
// computation, invariances, and coverage on simulations.

/** Madigan & York's five-list example as in dga's documentation (list 1 the fastest index). */
const madiganYork: CaptureTable = (() => {
  const y = [
    0, 27, 37, 19, 4, 4, 1, 1, 97, 22, 37, 25, 2, 1, 3, 5, 83, 36, 34, 18, 3, 5, 0, 2, 30, 5, 23, 8, 0, 3, 0, 2,
  ];
  const cells = y.map((count, mask) => ({
    history: [0, 1, 2, 3, 4].map((i) => ((mask >> i) & 1 ? '1' : '0')).join(''),
    count,
  }));
  return { sources: ['a', 'b', 'c', 'd', 'e'], cells: cells.slice(1) };
})();

describe('decomposableGraphs', () => {
  it('finds the known number of labelled chordal graphs (OEIS A058862)', () => {
    expect([1, 2, 3, 4, 5].map((k) => decomposableGraphs(k).length)).toEqual([1, 2, 8, 61, 822]);
  });

  it('gives cliques and separators of a junction tree', () => {
    const star = decomposableGraphs(4).find((g) => g.edges === 0b000111); // 0–1, 0–2, 0–3
    expect(star?.cliques).toEqual([0b0011, 0b0101, 0b1001]);
    expect(star?.separators).toEqual([0b0001, 0b0001]);
    const empty = decomposableGraphs(4)[0];
    expect(empty?.components).toBe(4);
  });
});

describe('bmaDecomposable', () => {
  it('matches a direct Dirichlet–multinomial computation for the complete graph', () => {
    const delta = 0.5;
    const result = bmaDecomposable(madiganYork, { delta, maxMissing: 300 });
    const complete = result.models.find((m) => m.cliques.length === 1);
    // Direct: p(y, m | complete graph) ∝ N!/(m! Π y!) · Γ(Σα)/Γ(N+Σα) · Π Γ(y+δ)/Γ(δ) · 1/N.
    const y = madiganYork.cells.map((c) => c.count);
    const n = y.reduce((s, c) => s + c, 0);
    const logPost = Array.from({ length: 301 }, (_, m) => {
      const total = n + m;
      let w =
        logGamma(total + 1) - logGamma(m + 1) + logGamma(32 * delta) - logGamma(total + 32 * delta) - Math.log(total);
      w += logGamma(m + delta) - logGamma(delta);
      for (const count of y) w += logGamma(count + delta) - logGamma(count + 1) - logGamma(delta);
      return w;
    });
    const max = Math.max(...logPost);
    const weights = logPost.map((w) => Math.exp(w - max));
    const mean = weights.reduce((s, w, m) => s + w * (n + m), 0) / weights.reduce((s, w) => s + w, 0);
    expect(complete?.nMean).toBeCloseTo(mean, 6);
    expect(result.models.reduce((s, m) => s + m.probability, 0)).toBeCloseTo(1, 12);
    expect(result.posterior.probability.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
  });

  it('does not depend on the order of the lists', () => {
    const table = readReferenceTable('Kosovo');
    const order = [2, 0, 3, 1];
    const permuted: CaptureTable = {
      sources: order.map((i) => table.sources[i] as string),
      cells: table.cells.map((c) => ({ history: order.map((i) => c.history[i]).join(''), count: c.count })),
    };
    const a = bmaDecomposable(table, { maxMissing: 20_000 });
    const b = bmaDecomposable(permuted, { maxMissing: 20_000 });
    expect(b.mean).toBeCloseTo(a.mean, 6);
    expect([b.interval.lower, b.interval.upper]).toEqual([a.interval.lower, a.interval.upper]);
    expect(b.models[0]?.probability).toBeCloseTo(a.models[0]?.probability ?? 0, 10);
  });

  it('puts its 95% credible interval around the true N in simulated populations', () => {
    const N = 1500;
    let covered = 0;
    const populations = 20;
    for (let seed = 1; seed <= populations; seed++) {
      const random = seededRandom(100 + seed);
      const histories: CaptureHistory[] = [];
      for (let person = 0; person < N; person++) {
        const a = random() < 0.3;
        const h = [a, random() < (a ? 0.45 : 0.25), random() < 0.2, random() < 0.25];
        if (h.some(Boolean)) histories.push(h);
      }
      const result = bmaDecomposable(toCaptureTable(histories, ['A', 'B', 'C', 'D']), { maxMissing: 5000 });
      expect(result.tailMass).toBeLessThan(1e-6);
      if (result.interval.lower <= N && N <= result.interval.upper) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(17);
  });

  it('refuses more than five lists', () => {
    expect(() => bmaDecomposable(readReferenceTable('UKdat'))).toThrow(/up to 5 lists/);
  });
});

describe('bmaDecomposable against R dga bma.cr', () => {
  // Madigan & York's three-list example uses their negative binomial prior on N (a = 13.14, b = 55.17), as dga's documentation does.
  const negativeBinomial = (n: number, a = 13.14, b = 55.17) =>
    n * Math.log(b) - (n + a) * Math.log(1 + b) + logGamma(n + a) - logGamma(n + 1) - logGamma(a);
  const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
  const cliquesKey = (cliques: readonly (readonly string[])[]) =>
    cliques
      .map((c) => [...c].sort().join(','))
      .sort()
      .join('|');

  it.each(bmaReferenceFits.map((reference) => ({ reference, name: reference.label })))(
    '$name: the same posterior of N and of every graph',
    ({ reference }) => {
      const cells = reference.counts.map((count, i) => ({
        history: reference.sources.map((_, j) => (((i + 1) >> j) & 1 ? '1' : '0')).join(''),
        count,
      }));
      const result = bmaDecomposable(
        { sources: reference.sources, cells },
        {
          delta: reference.delta,
          maxMissing: reference.maxMissing,
          ...(reference.label.endsWith('3 lists') ? { logPrior: (n: number) => negativeBinomial(n) } : {}),
        },
      );
      expect(result.posterior.n.length).toBe(reference.maxMissing + 1);
      expect(relative(result.mean, reference.mean)).toBeLessThan(1e-9);
      expect([result.median, result.interval.lower, result.interval.upper, result.mode]).toEqual([
        reference.median,
        ...reference.interval,
        reference.mode,
      ]);
      for (const [i, m] of reference.posteriorAt.m.entries()) {
        expect(
          relative(result.posterior.probability[m] as number, reference.posteriorAt.probability[i] as number),
          `m = ${m}`,
        ).toBeLessThan(1e-8);
      }
      const probabilityOf = new Map(result.models.map((m) => [cliquesKey(m.cliques), m.probability]));
      expect(reference.models.length).toBeGreaterThan(1);
      for (const model of reference.models)
        expect(relative(probabilityOf.get(model.cliques) ?? Number.NaN, model.probability), model.cliques).toBeLessThan(
          1e-8,
        );
      // the graphs dga gives less than 1e-6 are the rest of Zicht's too
      const listed = new Set(reference.models.map((m) => m.cliques));
      for (const [cliques, probability] of probabilityOf)
        if (!listed.has(cliques)) expect(probability, cliques).toBeLessThan(1e-6);
    },
  );
});
