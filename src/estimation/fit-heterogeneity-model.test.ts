import { describe, expect, it } from 'vitest';
import { type CaptureHistory, toCaptureTable } from './capture-table.ts';
import { fitHeterogeneityModel, heterogeneityTerm } from './fit-heterogeneity-model.ts';
import { fitLogLinear, type LogLinearFit, type LogLinearFitOk } from './fit-log-linear.ts';
import type { TooLittleOverlap } from './refuse-too-little-overlap.ts';
import { heterogeneityReferenceFits } from '../../test/support/estimation-reference/r-heterogeneity-fits.ts';
import { sparseHeterogeneityReferenceFits } from '../../test/support/estimation-reference/r-heterogeneity-sparse-fits.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { seededRandom } from '../random/index.ts';

function ok(fit: LogLinearFit | TooLittleOverlap): LogLinearFitOk {
  if (fit.status !== 'ok') throw new Error(`${fit.status}: ${fit.message}`);
  return fit;
}

const lists = ['A', 'B', 'C', 'D'];
const pairs: [number, number][] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [1, 2],
  [1, 3],
  [2, 3],
];

describe('fitHeterogeneityModel', () => {
  it('recovers the unseen cell exactly from a table that follows the model', () => {
    // log m = u + Σ a_i h_i + Σ b_ij h_i h_j + λ C(s, 3): expected counts, no noise.
    const u = Math.log(3000);
    const a = [-1.2, -2, -1.6, -2.4];
    const b = [0.8, 0.1, 1.5, 0.4, 0.2, 0.6];
    const lambda = 0.7;
    const cells = [];
    for (let mask = 1; mask < 16; mask++) {
      const h = lists.map((_, i) => (mask >> i) & 1);
      const s = h.reduce((x, y) => x + y, 0);
      let eta = u + h.reduce((x, hi, i) => x + hi * (a[i] as number), 0);
      pairs.forEach(([i, j], p) => {
        eta += (h[i] as number) * (h[j] as number) * (b[p] as number);
      });
      eta += (lambda * s * (s - 1) * (s - 2)) / 6;
      cells.push({ history: h.join(''), count: Math.exp(eta) });
    }
    const { fit, dropped } = fitHeterogeneityModel({ sources: lists, cells });
    const result = ok(fit);
    expect(dropped).toEqual([]);
    expect(result.interactions).toEqual(['A:B', 'A:C', 'A:D', 'B:C', 'B:D', 'C:D', heterogeneityTerm]);
    expect(result.unobserved.estimate).toBeCloseTo(3000, 4);
    expect(result.coefficients.find((c) => c.term === heterogeneityTerm)?.estimate).toBeCloseTo(lambda, 6);
    expect(result.deviance).toBeLessThan(1e-8);
    expect(result.df).toBe(3);
  });

  it('on children who differ in visibility, covers N in about 95% of populations, with wider intervals than the pairwise model', () => {
    // Rasch-type heterogeneity: a latent visibility shared by all four lists (N = 5000 each time).
    const N = 5000;
    const intercepts = [-1.2, -2.2, -2.0, -2.6];
    let covered = 0;
    let width = 0;
    let pairwiseWidth = 0;
    const replicates = 30;
    for (let seed = 1; seed <= replicates; seed++) {
      const random = seededRandom(seed);
      const seen: CaptureHistory[] = [];
      for (let child = 0; child < N; child++) {
        const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
        const h = intercepts.map((c) => random() < 1 / (1 + Math.exp(-(c + 1.1 * z))));
        if (h.some(Boolean)) seen.push(h);
      }
      const table = toCaptureTable(seen, lists);
      const fit = ok(fitHeterogeneityModel(table).fit);
      const pairwise = ok(fitLogLinear(table, { interactions: pairs }));
      if (fit.interval.lower <= N && N <= fit.interval.upper) covered++;
      width += fit.interval.upper - fit.interval.lower;
      pairwiseWidth += pairwise.interval.upper - pairwise.interval.lower;
    }
    // With true coverage 95%, fewer than 26 of 30 happens with probability below 3%.
    expect(covered).toBeGreaterThanOrEqual(26);
    // The price of not assuming the heterogeneity away: the data pin N down less.
    expect(width).toBeGreaterThan(1.5 * pairwiseWidth);
  });

  it('has no three-way term with three lists, and names the terms it drops', () => {
    const three = fitHeterogeneityModel(
      toCaptureTable(
        [
          [true, false, false],
          [false, true, false],
          [true, true, false],
          [false, false, true],
          [true, false, true],
        ],
        ['A', 'B', 'C'],
      ),
    );
    expect(three.fit.interactions).not.toContain(heterogeneityTerm);
    // Nobody on both C and D: no model with C:D has an estimate.
    const histories: CaptureHistory[] = [];
    for (let i = 0; i < 40; i++)
      histories.push(
        [true, false, false, false],
        [false, true, false, false],
        [true, true, false, false],
        [true, false, true, false],
        [false, true, true, false],
        [true, false, false, true],
        [false, true, false, true],
        [true, true, true, false],
        [true, true, false, true],
        [false, false, true, false],
        [false, false, false, true],
      );
    const { fit, dropped } = fitHeterogeneityModel(toCaptureTable(histories, lists));
    expect(fit.status).toBe('ok');
    expect(dropped.map((d) => d.term)).toContain('C:D');
    expect(fit.interactions).not.toContain('C:D');
  });
});

// R 4.2.2's glm(family = poisson, epsilon = 1e-13) on the same design matrix: main effects, the pairs Zicht keeps and
// the column choose(s, 3), built column by column in test/support/estimation-reference/r-reference-fits.R and (the
// sparse tables, where the heterogeneity term goes too) r-heterogeneity-sparse-fits.R, which also check that each term
// Zicht drops does run off to the boundary with it back. Both converge far below 1e-8. The bound on N̂ is lifted here:
// these compare the fit (UKdat's N̂ is 12.6 times the number seen; the bound is tested below).
describe('fitHeterogeneityModel against R glm on the same design', () => {
  const relative = (actual: number, expected: number) =>
    Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  it.each(
    [...heterogeneityReferenceFits, ...sparseHeterogeneityReferenceFits].map((reference) => ({
      reference,
      name: `${reference.table}${reference.dropped.length > 0 ? ` without ${reference.dropped.join(', ')}` : ''}`,
    })),
  )('$name', ({ reference }) => {
    const { fit, dropped } = fitHeterogeneityModel(readReferenceTable(reference.table), {
      maxTotalPerObserved: Number.POSITIVE_INFINITY,
    });
    const result = ok(fit);
    expect(dropped.map((d) => d.term)).toEqual(reference.dropped);
    expect(result.coefficients.map((c) => c.term)).toEqual(reference.terms);
    result.coefficients.forEach((c, j) => {
      expect(Math.abs(c.estimate - (reference.estimates[j] as number)), c.term).toBeLessThan(1e-8);
      expect(relative(c.se, reference.se[j] as number), c.term).toBeLessThan(1e-8);
    });
    expect(Math.abs(result.deviance - reference.deviance)).toBeLessThan(1e-8);
    expect(result.df).toBe(reference.df);
    expect(relative(result.nHat, reference.nHat)).toBeLessThan(1e-8);
    expect(result.fitted.map((f) => f.history)).toEqual(reference.histories);
    for (const [i, f] of result.fitted.entries())
      expect(relative(f.fitted, reference.fitted[i] as number), f.history).toBeLessThan(1e-8);
  });
});

describe('fitHeterogeneityModel drops as little as it must', () => {
  const unbounded = { maxTotalPerObserved: Number.POSITIVE_INFINITY, profileInterval: false };

  it('keeps every pair when nobody is on all four lists: only the three-way term goes', () => {
    // With 1111 empty, choose(s, 3) = 1 − Σ h_i + Σ h_i h_j on every observed cell: it and the six pairs cannot all
    // be estimated, but the pairs can without it (R agrees: r-heterogeneity-sparse-fits.ts).
    const { fit, dropped } = fitHeterogeneityModel(readReferenceTable('nobody_on_every_list'));
    expect(ok(fit).interactions).toEqual(['A:B', 'A:C', 'A:D', 'B:C', 'B:D', 'C:D']);
    expect(dropped.map((d) => d.term)).toEqual([heterogeneityTerm]);
    expect(dropped[0]?.reason).toBe(
      'with heterogeneity the maximum likelihood estimate does not exist: the zero cells 1111 would be fitted as 0 and its coefficient runs to ±∞',
    );
  });

  it("keeps HIV's six pairs and drops only the three-way term: N̂ is R's all-pairs glm (23,443.5), not independence (11,124.6)", () => {
    const { fit, dropped } = fitHeterogeneityModel(readReferenceTable('HIV'), unbounded);
    const result = ok(fit);
    expect(dropped.map((d) => d.term)).toEqual([heterogeneityTerm]);
    expect(result.interactions).toEqual(['c1:c2', 'c1:c3', 'c1:c4', 'c2:c3', 'c2:c4', 'c3:c4']);
    const r = sparseHeterogeneityReferenceFits.find((f) => f.table === 'HIV');
    expect(Math.abs(result.nHat / (r?.nHat ?? 0) - 1)).toBeLessThan(1e-8);
    expect(result.nHat).toBeCloseTo(23443.54, 1);
  });

  it('never names the intercept or a main effect as dropped or as running off', () => {
    for (const { table } of sparseHeterogeneityReferenceFits) {
      const { sources } = readReferenceTable(table);
      const { dropped } = fitHeterogeneityModel(readReferenceTable(table), unbounded);
      expect(dropped.length).toBeGreaterThan(0);
      for (const d of dropped) {
        expect(d.term).toMatch(/:|heterogeneity/);
        expect(d.reason).not.toContain('(Intercept)');
        expect(d.reason.startsWith(`with ${d.term} the maximum likelihood estimate does not exist`)).toBe(true);
        expect(sources.some((s) => d.reason.includes(` ${s},`) || d.reason.includes(` ${s} `))).toBe(false);
      }
    }
  });
});

describe('fitHeterogeneityModel refuses an N̂ above ten times the number seen', () => {
  it.each([
    ['HIV', 1896, [heterogeneityTerm]],
    ['UKdat', 2744, ['LA:GP', 'LA:NCA']],
  ])('%s', (name, observed, droppedTerms) => {
    const table = readReferenceTable(name);
    const bounded = fitHeterogeneityModel(table, { profileInterval: false });
    const unbounded = fitHeterogeneityModel(table, {
      maxTotalPerObserved: Number.POSITIVE_INFINITY,
      profileInterval: false,
    });
    const free = ok(unbounded.fit);
    expect(free.nHat).toBeGreaterThan(10 * observed);
    expect(bounded.fit).toMatchObject({
      status: 'too-little-overlap',
      observedTotal: observed,
      interactions: free.interactions,
      message:
        'the estimate is more than ten times the observed number: the lists overlap too little to say how many were missed',
    });
    // what could and could not be estimated is still reported
    expect(bounded.dropped).toEqual(unbounded.dropped);
    expect(bounded.dropped.map((d) => d.term)).toEqual(droppedTerms);
    // and a bound above the estimate lets the number through
    const above = { maxTotalPerObserved: free.nHat / observed + 0.01, profileInterval: false };
    expect(ok(fitHeterogeneityModel(table, above).fit).nHat).toBe(free.nHat);
  });
});
