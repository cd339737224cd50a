// The capture scenarios of `npm run eval:estimation` draw the tables their model says, and the eval
// scores and judges them as it says: checked against the scenarios' own parameters with a large N
// (the unseen count is N − observed, so the full 2^K table is known here), and against fake estimators.
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import {
  type CaptureScenario,
  captureScenarios,
  drawCaptureTable,
  drawCovariateTable,
} from '../../bench/capture-scenarios.ts';
import { captureScenarioOptions, scenarioGrid } from '../../bench/eval-capture-scenarios.ts';
import { main } from '../../bench/eval-estimation.ts';
import { scoreScenarioCell } from '../../bench/scenario-coverage.ts';
import type { ScenarioEstimator } from '../../bench/scenario-estimators.ts';
import { binomialAtMost, scenarioTargets } from '../../bench/scenario-targets.ts';
import type { CaptureTable } from '../../src/estimation/index.ts';

const scenario = (id: string): CaptureScenario => {
  const found = captureScenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

/** The full table as counts by bitmask (bit j: on list j), the unseen from the known N. */
function fullCounts(table: CaptureTable, size: number): number[] {
  const counts = new Array<number>(2 ** table.sources.length).fill(0);
  for (const cell of table.cells) {
    const mask = [...cell.history].reduce((m, bit, j) => m | (bit === '1' ? 1 << j : 0), 0);
    counts[mask] = cell.count;
  }
  counts[0] = size - counts.reduce((s, c) => s + c, 0);
  return counts;
}

const share = (counts: readonly number[], j: number, size: number) =>
  counts.reduce((s, c, mask) => s + ((mask >> j) & 1 ? c : 0), 0) / size;

/** Odds ratio of lists i and j in the full table. */
function oddsRatio(counts: readonly number[], i: number, j: number): number {
  const n = [0, 0, 0, 0];
  counts.forEach((c, mask) => {
    const k = ((mask >> i) & 1) * 2 + ((mask >> j) & 1);
    n[k] = (n[k] as number) + c;
  });
  const [n00, n01, n10, n11] = n as [number, number, number, number];
  return (n11 * n00) / (n10 * n01);
}

const size = 200_000;

/** Each list's share of the N people within ±0.005 (about four standard errors at this N). */
function expectShares(counts: readonly number[], expected: readonly number[]): void {
  for (const [j, p] of expected.entries()) expect(share(counts, j, size)).toBeCloseTo(p, 2);
}
const base = [0.25, 0.2, 0.3, 0.15, 0.25];
const draw = (id: string, lists = 5) => fullCounts(drawCaptureTable({ scenario: scenario(id), lists, size }, 7), size);

describe('capture scenarios draw what their model says', () => {
  it('the same seed gives the same table, another seed another', () => {
    const cell = { scenario: scenario('logit-normal'), lists: 4, size: 500 };
    expect(drawCaptureTable(cell, 3)).toEqual(drawCaptureTable(cell, 3));
    expect(drawCaptureTable(cell, 3)).not.toEqual(drawCaptureTable(cell, 4));
  });

  it('independence: each list sees its share, and pairs are independent', () => {
    const counts = draw('independence');
    expectShares(
      counts,
      base.map((p) => p),
    );
    for (const [i, j] of [
      [0, 1],
      [2, 3],
      [1, 4],
    ] as const)
      expect(Math.log(oddsRatio(counts, i, j))).toBeCloseTo(0, 1);
  });

  it('dependence: A → B and C → D with odds ratio 4 (positive) or 1/4 (negative); other pairs independent', () => {
    for (const [id, logOr] of [
      ['positive-dependence', Math.log(4)],
      ['negative-dependence', -Math.log(4)],
    ] as const) {
      const counts = draw(id);
      expect(Math.log(oddsRatio(counts, 0, 1))).toBeCloseTo(logOr, 1);
      expect(Math.log(oddsRatio(counts, 2, 3))).toBeCloseTo(logOr, 1);
      expect(Math.log(oddsRatio(counts, 0, 2))).toBeCloseTo(0, 1);
      expect(Math.log(oddsRatio(counts, 1, 4))).toBeCloseTo(0, 1);
    }
    // with three lists only A → B
    const three = draw('positive-dependence', 3);
    expect(Math.log(oddsRatio(three, 0, 1))).toBeCloseTo(Math.log(4), 1);
    expect(Math.log(oddsRatio(three, 1, 2))).toBeCloseTo(0, 1);
  });

  it('referral chain: each list raises the next one’s odds 4×; lists further apart are independent given the one between', () => {
    const counts = draw('referral-chain');
    for (const j of [0, 1, 2, 3]) expect(Math.log(oddsRatio(counts, j, j + 1))).toBeCloseTo(Math.log(4), 1);
    // A and C given B: the people with B (or without) only
    for (const b of [0, 1]) {
      const given = counts.map((c, mask) => (((mask >> 1) & 1) === b ? c : 0));
      expect(Math.log(oddsRatio(given, 0, 2))).toBeCloseTo(0, 1);
    }
    // A and C are dependent through B when B is not held
    expect(oddsRatio(counts, 0, 2)).toBeGreaterThan(1.1);
    expect(scenario('referral-chain').truePairs?.(4, 1)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('the variants scored only when named: a weaker chain, and two classes of equal size', () => {
    const weak = draw('referral-chain-weak');
    expect(Math.log(oddsRatio(weak, 1, 2))).toBeCloseTo(Math.log(2), 1);
    expect(share(weak, 0, size)).toBeCloseTo(0.2, 2);
    const equal = draw('two-class-equal');
    expectShares(equal, [0.25, 0.25, 0.25, 0.25, 0.25]);
    // two classes at 0.4 and 0.1 make every pair positive: OR = (0.085 × 0.585) / 0.165² ≈ 1.83
    expect(oddsRatio(equal, 0, 4)).toBeCloseTo(1.83, 1);
    const ids = (argv: string[]) => scenarioGrid(captureScenarioOptions(argv)).scenarios.map((s) => s.id);
    expect(ids([])).not.toContain('two-class-equal');
    expect(ids([])).not.toContain('random-loglinear');
    expect(ids([])).toContain('referral-chain');
    expect(ids(['--scenarios', 'two-class-equal,referral-chain-weak'])).toEqual([
      'referral-chain-weak',
      'two-class-equal',
    ]);
  });

  it('random log-linear truths: one per table seed; pairs dependent about half the time; no three-way term', () => {
    const random = scenario('random-loglinear');
    const pairsOf = (seed: number, k: number) => random.truePairs?.(k, seed) ?? [];
    const cell = { scenario: random, lists: 4, size: 500 };
    expect(drawCaptureTable(cell, 3)).toEqual(drawCaptureTable(cell, 3));
    expect(new Set(Array.from({ length: 40 }, (_, seed) => JSON.stringify(pairsOf(seed + 1, 3)))).size).toBeGreaterThan(
      4,
    );
    const dependent = Array.from({ length: 200 }, (_, seed) => pairsOf(seed + 1, 5).length).reduce((a, b) => a + b, 0);
    // 200 models × 10 pairs, each dependent with chance ½: 1,000 ± 22 (one standard deviation)
    expect(dependent).toBeGreaterThan(900);
    expect(dependent).toBeLessThan(1100);
    // in the full table of one three-list model, each pair's odds ratio given the third list is the
    // same whether or not the person is on it (no three-way term), and 1 for a pair not in the model
    for (const seed of [1, 2, 3, 4]) {
      const counts = fullCounts(drawCaptureTable({ scenario: random, lists: 3, size }, seed), size);
      const truth = pairsOf(seed, 3).map(([a, b]) => `${a}${b}`);
      for (const [a, b, c] of [
        [0, 1, 2],
        [0, 2, 1],
        [1, 2, 0],
      ] as const) {
        const given = (level: number) =>
          Math.log(
            oddsRatio(
              counts.map((n, mask) => (((mask >> c) & 1) === level ? n : 0)),
              a,
              b,
            ),
          );
        expect(given(0)).toBeCloseTo(given(1), 0);
        if (!truth.includes(`${a}${b}`)) expect(Math.abs(given(0))).toBeLessThan(0.15);
      }
    }
  });

  it('two classes: shares are the mixture, and every pair looks positively dependent', () => {
    const counts = draw('two-class');
    expectShares(
      counts,
      base.map((p) => 0.3 * 2.2 * p + 0.7 * 0.4 * p),
    );
    expect(oddsRatio(counts, 0, 1)).toBeGreaterThan(2);
    expect(oddsRatio(counts, 3, 4)).toBeGreaterThan(2);
  });

  it('logit-normal: each share is E[expit(θ + logit p)] over θ ~ N(0, 1)', () => {
    const counts = draw('logit-normal');
    const expected = (p: number) => {
      // midpoint rule over ±8 standard deviations
      let sum = 0;
      const step = 0.001;
      for (let z = -8; z < 8; z += step) {
        const x = z + step / 2;
        sum +=
          ((Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * step) / (1 + Math.exp(-(x + Math.log(p / (1 - p)))));
      }
      return sum;
    };
    expectShares(
      counts,
      base.map((p) => expected(p)),
    );
    expect(oddsRatio(counts, 0, 1)).toBeGreaterThan(1.5);
  });

  it('sparse: 0.3 × the shares; small list: the last list sees 3%', () => {
    const sparse = draw('sparse');
    expectShares(
      sparse,
      base.map((p) => 0.3 * p),
    );
    const small = draw('small-list', 3);
    expect(share(small, 2, size)).toBeCloseTo(0.03, 2);
    expect(share(small, 0, size)).toBeCloseTo(0.25, 2);
  });

  it('covariate: the same people as the pooled table, the groups visible unlike, the value missing by history only', () => {
    const cell = { scenario: scenario('covariate'), lists: 4, size };
    const pooled = drawCaptureTable(cell, 7);
    const split = drawCovariateTable(cell, 7);
    if (!split) throw new Error('no covariate table');
    const byHistory = new Map<string, number>();
    for (const c of split.counts) byHistory.set(c.history, (byHistory.get(c.history) ?? 0) + c.count);
    expect(Object.fromEntries(byHistory)).toEqual(Object.fromEntries(pooled.cells.map((c) => [c.history, c.count])));
    // the value is unknown exactly for those seen by the last list alone
    for (const c of split.counts) expect(c.values[0] === null).toBe(c.history === '0001');
    // list A sees 1.6 × 0.25 of group a and 0.5 × 0.25 of group b: 0.6 · 0.4 + 0.4 · 0.125
    expect(share(fullCounts(pooled, size), 0, size)).toBeCloseTo(0.6 * 0.4 + 0.4 * 0.125, 2);
    const onA = (value: string) =>
      split.counts.filter((c) => c.values[0] === value && c.history[0] === '1').reduce((s, c) => s + c.count, 0);
    expect(onA('a') / size).toBeCloseTo(0.6 * 0.4, 2);
    expect(onA('b') / size).toBeCloseTo(0.4 * 0.125, 2);
    expect(drawCovariateTable({ scenario: scenario('independence'), lists: 4, size: 500 }, 7)).toBeNull();
  });
});

describe('scoring and judging a cell', () => {
  const cell = { scenario: scenario('independence'), lists: 3, size: 500 };
  const fake = (id: string, estimate: ScenarioEstimator['estimate'], published?: true): ScenarioEstimator => ({
    id,
    name: id,
    estimate,
    ...(published ? { published } : {}),
  });

  it('counts covered, not estimable and errors; bias and width over the estimated tables only', () => {
    let calls = 0;
    const scored = scoreScenarioCell(
      cell,
      [
        fake('wide', () => ({ nHat: 600, lower: 0, upper: 1000 })),
        fake('alternate', () => (calls++ % 2 === 0 ? { nHat: 400, lower: 390, upper: 410 } : { notEstimable: 'why' })),
        fake('warns', () => ({ nHat: 500, lower: 450, upper: 550, warning: 'not converged' })),
        fake('throws', () => {
          throw new Error('a bug');
        }),
      ],
      { replicates: 4, firstSeed: 1 },
    );
    const [wide, alternate, warns, throws] = scored.scores;
    expect(wide).toMatchObject({ covered: 4, notEstimable: [], errors: [] });
    expect(wide?.meanRelativeBias).toBeCloseTo(0.2);
    expect(wide?.meanWidthOverN).toBeCloseTo(2);
    expect(alternate).toMatchObject({ covered: 0, notEstimable: ['why', 'why'] });
    expect(alternate?.meanRelativeBias).toBeCloseTo(-0.2);
    expect(warns).toMatchObject({ covered: 4, notEstimable: [], warnings: Array(4).fill('not converged') });
    expect(throws).toMatchObject({ covered: 0, notEstimable: [], errors: ['a bug', 'a bug', 'a bug', 'a bug'] });
    expect(Number.isNaN(throws?.meanWidthOverN)).toBe(true);
    expect(Number.isNaN(throws?.medianWidthOverN)).toBe(true);
    expect(scored.seenShare).toBeGreaterThan(0.5);
    expect(scored.seenShare).toBeLessThan(0.7);
  });

  it('gives the median width beside the mean: one very wide table moves the mean, not the median', () => {
    let table = 0;
    const scored = scoreScenarioCell(
      cell,
      [
        fake('one-wide', () =>
          table++ === 2 ? { nHat: 500, lower: 100, upper: 5100 } : { nHat: 500, lower: 450, upper: 550 },
        ),
      ],
      { replicates: 5, firstSeed: 1 },
    );
    const [s] = scored.scores;
    expect(s?.meanWidthOverN).toBeCloseTo((4 * 0.2 + 10) / 5);
    expect(s?.medianWidthOverN).toBeCloseTo(0.2);
  });

  it('binomialAtMost is the binomial distribution function', () => {
    expect(binomialAtMost(17, 20, 0.95)).toBeCloseTo(0.0755, 4);
    expect(binomialAtMost(20, 20, 0.95)).toBeCloseTo(1, 12);
    expect(binomialAtMost(0, 3, 0.5)).toBeCloseTo(0.125, 12);
  });

  it('the bars: PASS only when every judged cell meets them, and only the published estimator counts', () => {
    const cells = [500, 2000].map((size) =>
      scoreScenarioCell(
        { ...cell, size },
        [
          // covers at N = 500 only, 0.4 N wide
          fake('published', () => ({ nHat: 500, lower: 400, upper: 600 }), true),
          fake('other', () => ({ nHat: size, lower: 0, upper: 1e9 })),
        ],
        { replicates: 2, firstSeed: 1 },
      ),
    );
    const results = scenarioTargets(cells);
    expect(results.map((r) => [r.pass, r.name])).toEqual([
      [false, 'capture scenarios, independence: the published 95% interval covers N in every cell'],
      [true, "capture scenarios, independence: the published interval's mean width at N = 2,000"],
    ]);
    expect(results[0]?.figure).toMatch(/^lowest 0\.0% \(0\/2 at K = 3, N = 2,000; .*\), 1 of 2 cells below$/);
    expect(results[1]?.figure).toBe('widest 0.10 N (K = 3; median 0.10 N), 0 of 1 cells above');
    // heterogeneity bars judge K ≥ 4 only
    const heterogeneous = scoreScenarioCell(
      { scenario: scenario('two-class'), lists: 3, size: 500 },
      [fake('published', () => ({ notEstimable: 'why' }), true)],
      { replicates: 1, firstSeed: 1 },
    );
    expect(scenarioTargets([heterogeneous])).toEqual([]);
  });
});

describe('npm run eval:estimation -- --scenarios-only', () => {
  // the eval prints its table and progress; each test reads what it logged
  let log: MockInstance<typeof console.log>;
  beforeEach(() => {
    log = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it('scores the part of the grid asked for and returns its bars, without the chain', async () => {
    const args = ['--scenarios-only', '--replicates', '2', '--lists', '4', '--sizes', '2000', '--methods', 'published'];
    const results = await main([...args, '--scenarios', 'sparse,logit-normal']);
    expect(results.map((r) => r.name)).toEqual([
      'capture scenarios, sparse: the published 95% interval covers N in every cell',
      "capture scenarios, sparse: the published interval's mean width at N = 2,000",
      'capture scenarios, logit-normal: the published 95% interval covers N in every cell with K ≥ 4',
    ]);
    const printed = log.mock.calls.map((c) => String(c[0]));
    expect(printed.filter((line) => /^(sparse|logit-normal) +4 +2,000 .* published /.test(line))).toHaveLength(2);
    expect(printed.some((line) => line.includes('simulated chains'))).toBe(false);
    await expect(main([...args, '--scenarios', 'no-such'])).rejects.toThrow(/--scenarios: no no-such; choose from/);
  });

  it('--workers 2 scores the cells in two child processes and prints the same rows, in grid order', async () => {
    const args = [
      '--scenarios-only',
      '--replicates',
      '2',
      '--lists',
      '3,4',
      '--sizes',
      '500',
      '--methods',
      'published',
    ];
    const rows = async (extra: string[]) => {
      log.mockClear();
      const results = await main([...args, '--scenarios', 'independence,sparse', ...extra]);
      const printed = log.mock.calls.map((c) => String(c[0]));
      // the last column is milliseconds per table, which differs from run to run
      const cells = printed
        .filter((l) => /^(independence|sparse) +[34] +500 /.test(l))
        .map((l) => l.replace(/\s+\d+$/, ''));
      return { results, cells };
    };
    const one = await rows([]);
    const two = await rows(['--workers', '2']);
    expect(one.cells).toHaveLength(4);
    expect(two.cells).toEqual(one.cells);
    expect(two.results).toEqual(one.results);
  }, 120_000);
});
