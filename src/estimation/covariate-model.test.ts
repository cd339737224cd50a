import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rCovariateFits } from '../../test/support/estimation-reference/r-covariate-fits.ts';
import { parseCsv } from '../csv/index.ts';
import { createRng } from '../random/index.ts';
import { type CovariateCaptureTable, covariateFamily, fitCovariateModel } from './covariate-model.ts';
import { fitLogLinear } from './fit-log-linear.ts';

/** A table written by r-covariate-fits.R: A, B, C, age, sex (empty: not known), count. */
function readCovariateTable(name: string): CovariateCaptureTable {
  const url = new URL(`../../test/support/estimation-reference/data/${name}`, import.meta.url);
  const [, ...rows] = parseCsv(readFileSync(url, 'utf8'));
  return {
    sources: ['A', 'B', 'C'],
    covariates: ['age', 'sex'],
    counts: rows.map((r) => ({
      history: r.slice(0, 3).join(''),
      values: [r[3] || null, r[4] || null],
      count: Number(r[5]),
    })),
  };
}

const ok = <T extends { status: string }>(x: T) => {
  if (x.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(x)}`);
  return x as Extract<T, { status: 'ok' }>;
};

/**
 * N children in four groups (age × sex) that differ in how visible they are to three lists, the
 * first two dependent; age unknown for those seen by the third alone, sex unknown for a share of
 * those seen by the second alone (what is known depends on the lists only).
 */
function drawTable(seed: number, size: number): CovariateCaptureTable & { readonly truth: Map<string, number> } {
  const rng = createRng(seed, 'covariate-model.test');
  const groups = [
    { age: 'young', sex: 'F', share: 0.4, p: [0.3, 0.2, 0.25] },
    { age: 'old', sex: 'F', share: 0.3, p: [0.45, 0.15, 0.35] },
    { age: 'young', sex: 'M', share: 0.18, p: [0.15, 0.25, 0.1] },
    { age: 'old', sex: 'M', share: 0.12, p: [0.25, 0.08, 0.3] },
  ];
  const counts = new Map<string, number>();
  const truth = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    let u = rng.next();
    let g = groups[groups.length - 1];
    for (const group of groups) {
      u -= group.share;
      if (u < 0) {
        g = group;
        break;
      }
    }
    if (!g) throw new Error('no group');
    truth.set(`${g.age}/${g.sex}`, (truth.get(`${g.age}/${g.sex}`) ?? 0) + 1);
    const [pa = 0, pb = 0, pc = 0] = g.p;
    const a = rng.bernoulli(pa);
    const b = rng.bernoulli(a ? Math.min(1, 2.5 * pb) : pb);
    const c = rng.bernoulli(pc);
    if (!a && !b && !c) continue;
    const history = `${+a}${+b}${+c}`;
    const age = history === '001' ? '' : g.age;
    const sex = history === '010' && rng.bernoulli(0.3) ? '' : g.sex;
    const key = `${history}|${age}|${sex}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    truth,
    sources: ['A', 'B', 'C'],
    covariates: ['age', 'sex'],
    counts: [...counts].map(([key, count]) => {
      const [history = '', age, sex] = key.split('|');
      return { history, values: [age || null, sex || null], count };
    }),
  };
}

describe('fitCovariateModel', () => {
  it("equals R's glm when every value is known", () => {
    const fit = ok(fitCovariateModel(readCovariateTable(rCovariateFits.everyKnown.table)));
    expect(fit.observed).toBe(rCovariateFits.observed);
    expect(fit.total).toBeCloseTo(rCovariateFits.everyKnown.total, 6);
    expect(fit.unknownShare).toBe(0);
    expect(fit.iterations).toBeLessThanOrEqual(2);
    expect(fit.dropped).toEqual([]);
  });

  it('shares out the children whose age or sex is unknown as EM in R does', () => {
    const fit = ok(fitCovariateModel(readCovariateTable(rCovariateFits.table)));
    expect(fit.observed).toBe(rCovariateFits.observed);
    expect(fit.total).toBeCloseTo(rCovariateFits.em.total, 4);
    for (const r of rCovariateFits.em.unseen) {
      const mine = fit.hiddenBy.find((h) => h.values.join('/') === `${r.age}/${r.sex}`);
      // EM stops when N̂ moves less than 1e-9 of itself, R's loop at 1e-11.
      expect(Math.abs((mine?.hidden ?? 0) / r.unseen - 1)).toBeLessThan(1e-6);
    }
    expect(fit.unknownShare).toBeGreaterThan(0.1);
    expect(fit.covariates).toEqual(['age', 'sex']);
    // Sharing out loses little against knowing every value (R: 7,354.6 against 7,358.9).
    expect(Math.abs(fit.total / rCovariateFits.everyKnown.total - 1)).toBeLessThan(0.01);
  });

  it('is the all-pairs model of the pooled table when no covariate has two known values', () => {
    const table = readCovariateTable(rCovariateFits.everyKnown.table);
    const oneValue = { ...table, counts: table.counts.map((c) => ({ ...c, values: ['all', null] })) };
    const fit = ok(fitCovariateModel(oneValue));
    expect(fit.covariates).toEqual([]);
    const pooled = new Map<string, number>();
    for (const c of table.counts) pooled.set(c.history, (pooled.get(c.history) ?? 0) + c.count);
    const allPairs = fitLogLinear(
      { sources: table.sources, cells: [...pooled].map(([history, count]) => ({ history, count })) },
      {
        interactions: [
          [0, 1],
          [0, 2],
          [1, 2],
        ],
      },
      { profileInterval: false },
    );
    if (allPairs.status !== 'ok') throw new Error(allPairs.message);
    expect(fit.total).toBeCloseTo(allPairs.nHat, 6);
  });

  it('shares out, and names, a value never seen with the other covariates known', () => {
    const table = readCovariateTable(rCovariateFits.table);
    const withX = {
      ...table,
      counts: [...table.counts, { history: '100', values: [null, 'X'], count: 7 }],
    };
    const fit = ok(fitCovariateModel(withX));
    expect(fit.observed).toBe(rCovariateFits.observed + 7);
    expect(fit.dropped).toEqual([
      {
        term: 'sex=X',
        reason:
          'never seen with the other covariates known: its 7 children are shared out as if the value were unknown',
      },
    ]);
    expect(fit.hiddenBy.map((x) => x.values[1])).not.toContain('X');
    expect(fit.model).toBe('independence + A×B + A×C + B×C + age×each list + sex×each list');
    // the family beside the others says so too
    const family = ok(covariateFamily(withX, { replicates: 20 }));
    expect(family.warning).toBe(`sex=X left out: ${fit.dropped[0]?.reason}`);
  });

  it('does not depend on the order of the counts, and ignores zero counts', () => {
    const table = readCovariateTable(rCovariateFits.table);
    const shuffled = {
      ...table,
      counts: [...table.counts].reverse().concat([{ history: '111', values: ['0-11', 'X'], count: 0 }]),
    };
    expect(ok(fitCovariateModel(shuffled)).total).toBeCloseTo(ok(fitCovariateModel(table)).total, 6);
  });

  it('recovers N: 20 tables, N = 6,000', () => {
    const errors: number[] = [];
    for (let seed = 1; seed <= 20; seed++) errors.push(ok(fitCovariateModel(drawTable(seed, 6000))).total / 6000 - 1);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean(errors))).toBeLessThan(0.02);
    expect(mean(errors.map(Math.abs))).toBeLessThan(0.06);
  });

  it('says "not estimable" instead of a number above ten times the observed', () => {
    const table: CovariateCaptureTable = {
      sources: ['A', 'B', 'C'],
      covariates: ['sex'],
      counts: [
        { history: '100', values: ['F'], count: 500 },
        { history: '010', values: ['F'], count: 400 },
        { history: '001', values: ['F'], count: 300 },
        { history: '110', values: ['F'], count: 1 },
        { history: '101', values: ['F'], count: 1 },
        { history: '011', values: ['F'], count: 1 },
        { history: '100', values: ['M'], count: 50 },
        { history: '010', values: ['M'], count: 40 },
        { history: '001', values: ['M'], count: 30 },
        { history: '110', values: ['M'], count: 2 },
        { history: '101', values: ['M'], count: 1 },
        { history: '011', values: ['M'], count: 1 },
      ],
    };
    const fit = fitCovariateModel(table);
    expect(fit.status).toBe('not-estimable');
    if (fit.status === 'not-estimable') expect(fit.reason).toMatch(/ten times the observed number/);
  });

  it('says why when no child seen has every value known', () => {
    const fit = fitCovariateModel({
      sources: ['A', 'B'],
      covariates: ['sex'],
      counts: [
        { history: '10', values: [null], count: 5 },
        { history: '11', values: [null], count: 5 },
      ],
    });
    expect(fit).toMatchObject({ status: 'not-estimable', observed: 10 });
  });

  it('refuses malformed input, naming what to fix', () => {
    const base = { sources: ['A', 'B'], covariates: ['sex'] };
    expect(() => fitCovariateModel({ ...base, counts: [{ history: '00', values: ['F'], count: 1 }] })).toThrow(
      /at least one 1/,
    );
    expect(() => fitCovariateModel({ ...base, counts: [{ history: '10', values: [], count: 1 }] })).toThrow(
      /one value per covariate/,
    );
    expect(() => fitCovariateModel({ ...base, counts: [{ history: '10', values: ['F'], count: 1.5 }] })).toThrow(
      /whole number/,
    );
  });
});

describe('covariateFamily', () => {
  it('gives a seeded parametric-bootstrap interval around the estimate', () => {
    const table = readCovariateTable(rCovariateFits.table);
    const a = ok(covariateFamily(table, { seed: 3, replicates: 200 }));
    const b = ok(covariateFamily(table, { seed: 3, replicates: 200 }));
    expect(a).toEqual(b);
    expect(a.family).toBe('covariates');
    expect(a.intervalMethod).toBe('parametric-bootstrap');
    expect(a.total).toBeCloseTo(rCovariateFits.em.total, 4);
    expect(a.lower).toBeLessThan(a.total);
    expect(a.upper).toBeGreaterThan(a.total);
    expect(ok(covariateFamily(table, { seed: 4, replicates: 200 })).lower).not.toBe(a.lower);
    // per combination of values: the parts add up to the whole, each inside its own interval
    const strata = a.strata ?? [];
    expect(strata.map((t) => t.values.join('/'))).toEqual(['12-17/F', '0-11/F', '0-11/M', '12-17/M']);
    expect(strata.reduce((sum, t) => sum + t.total, 0)).toBeCloseTo(a.total, 6);
    expect(strata.reduce((sum, t) => sum + t.seen, 0)).toBeCloseTo(rCovariateFits.observed, 6);
    for (const t of strata) expect(t.lower < t.total && t.total < t.upper).toBe(true);
  });

  it('covers N, and each stratum its own number, in most of 30 simulated tables, N = 6,000', () => {
    let covered = 0;
    let strataCovered = 0;
    for (let seed = 101; seed <= 130; seed++) {
      const table = drawTable(seed, 6000);
      const f = ok(covariateFamily(table, { seed, replicates: 100 }));
      if (f.lower <= 6000 && 6000 <= f.upper) covered++;
      for (const t of f.strata ?? []) {
        const truth = table.truth.get(t.values.join('/')) ?? -1;
        if (t.lower <= truth && truth <= t.upper) strataCovered++;
      }
    }
    // 95% intervals: fewer than 25 of 30 happens by chance with probability below 1%; of the 120
    // strata (four per table, not independent), fewer than 100.
    expect(covered).toBeGreaterThanOrEqual(25);
    expect(strataCovered).toBeGreaterThanOrEqual(100);
  });

  it('reports progress and refuses a bootstrap of fewer than two tables', () => {
    const table = readCovariateTable(rCovariateFits.table);
    const seen: number[] = [];
    covariateFamily(table, { replicates: 5, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(() => covariateFamily(table, { replicates: 1 })).toThrow(/at least 2/);
  });
});
