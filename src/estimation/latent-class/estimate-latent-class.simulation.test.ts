import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { type CaptureTable, toCaptureTable } from '../capture-table.ts';
import { estimateLatentClass } from './estimate-latent-class.ts';

interface LatentClass {
  readonly share: number;
  /** capture probability per list */
  readonly capture: readonly number[];
}

/** N people drawn into classes by share; within a class each list sees a person independently. */
function simulate(seed: number, n: number, classes: readonly LatentClass[]): CaptureTable {
  const rng = createRng(seed, 'latent-class simulation');
  const histories: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    let cumulative = 0;
    const person =
      classes.find((c) => {
        cumulative += c.share;
        return u < cumulative;
      }) ?? (classes.at(-1) as LatentClass);
    const mask = person.capture.reduce((m, p, j) => (rng.next() < p ? m | (1 << j) : m), 0);
    if (mask > 0) histories.push(mask);
  }
  const lists = (classes[0] as LatentClass).capture.length;
  return toCaptureTable(
    histories,
    Array.from({ length: lists }, (_, j) => `list${j + 1}`),
  );
}

const N = 2000;
const covers = (r: { interval: { lower: number; upper: number } }) => r.interval.lower <= N && N <= r.interval.upper;

// Two classes with very different visibility: 60% of people are hard to see (about half of them are
// seen by no list), 40% easy (about 2.5% unseen). About 1,400 of 2,000 are observed, on five lists.
const heterogeneous: readonly LatentClass[] = [
  { share: 0.6, capture: [0.1, 0.15, 0.1, 0.2, 0.12] },
  { share: 0.4, capture: [0.5, 0.6, 0.45, 0.55, 0.5] },
];

describe('estimateLatentClass on simulated populations with known N', () => {
  // What is checked, and why it is a fair bar: the data come from the model itself (two latent classes,
  // lists independent within a class), so a correct sampler's 95% interval should cover N in about 95%
  // of replicates. In a study of 20 replicates (seeds 1–20, 4 chains × 8,000 iterations) it covered N in
  // 18, with posterior means 4% below N on average and within 10% of N in 18. Five replicates must cover
  // N at least four times (probability 0.98 at 95% coverage, 0.92 at 90%), and four of five posterior
  // means must be within 10% of N. The second test shows the bar has teeth: the same data with one class
  // (no heterogeneity allowed) miss N in most replicates.
  const replicates = [1, 2, 3, 4, 5].map((seed) => simulate(seed, N, heterogeneous));
  const run = { chains: 4, burnIn: 1000, iterations: 6000, thinning: 4 } as const;

  it('covers N and comes near it when visibility differs between latent classes', () => {
    const results = replicates.map((table, i) => estimateLatentClass(table, { seed: i + 1, ...run }));
    expect(results.filter(covers).length).toBeGreaterThanOrEqual(4);
    expect(results.filter((r) => Math.abs(r.mean / N - 1) <= 0.1).length).toBeGreaterThanOrEqual(4);
    expect(results.every((r) => r.observed < r.interval.lower)).toBe(true);
  });

  it('misses N on the same data when only one class is allowed', () => {
    const results = replicates.map((table, i) => estimateLatentClass(table, { seed: i + 1, ...run, maxClasses: 1 }));
    expect(results.filter(covers).length).toBeLessThanOrEqual(1);
    expect(results.every((r) => r.mean < N)).toBe(true);
  });

  it('covers N when the lists are independent and everyone is equally visible', () => {
    // No heterogeneity: the extra classes are not needed, and must not push the estimate away from N.
    const independent: readonly LatentClass[] = [{ share: 1, capture: [0.3, 0.25, 0.35, 0.2] }];
    const results = [11, 12, 13].map((seed) =>
      estimateLatentClass(simulate(seed, N, independent), {
        seed,
        chains: 4,
        burnIn: 1000,
        iterations: 4000,
        thinning: 4,
      }),
    );
    expect(results.every(covers)).toBe(true);
    expect(results.every((r) => Math.abs(r.mean / N - 1) <= 0.05)).toBe(true);
  });
});
