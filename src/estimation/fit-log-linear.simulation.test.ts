import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/index.ts';
import { type CaptureHistory, toCaptureTable } from './capture-table.ts';
import { fitLogLinear, type LogLinearFit, type LogLinearFitOk } from './fit-log-linear.ts';

const N = 5000;

function ok(fit: LogLinearFit): LogLinearFitOk {
  if (fit.status !== 'ok') throw new Error(`${fit.status}: ${fit.message}`);
  return fit;
}

/** Simulates N people; `capture` says for one person which sources see them. Drops the unseen. */
function simulate(seed: number, capture: (random: () => number) => boolean[]): CaptureHistory[] {
  const random = seededRandom(seed);
  const seen: CaptureHistory[] = [];
  for (let person = 0; person < N; person++) {
    const history = capture(random);
    if (history.some(Boolean)) seen.push(history);
  }
  return seen;
}

describe('fitLogLinear on simulated populations with known N = 5000', () => {
  it('recovers N under independent sources, and its 95% intervals cover N about 95% of the time', () => {
    const probabilities = [0.3, 0.2, 0.25, 0.15];
    const replicates = 40;
    let covered = 0;
    let waldCovered = 0;
    let sum = 0;
    for (let seed = 1; seed <= replicates; seed++) {
      const histories = simulate(seed, (random) => probabilities.map((p) => random() < p));
      const fit = ok(fitLogLinear(toCaptureTable(histories, ['A', 'B', 'C', 'D']), { interactions: [] }));
      // Se(N-hat) is about 95 here, so every replicate lands within a few percent of N.
      expect(Math.abs(fit.nHat - N) / N).toBeLessThan(0.06);
      expect(fit.interval.method).toBe('profile');
      expect(fit.interval.lower).toBeGreaterThanOrEqual(fit.observedTotal);
      if (fit.interval.lower < N && fit.interval.upper > N) covered++;
      if (fit.interval.wald.lower < N && fit.interval.wald.upper > N) waldCovered++;
      sum += fit.nHat;
    }
    expect(Math.abs(sum / replicates - N) / N).toBeLessThan(0.01);
    // With true coverage 95%, 34 or fewer of 40 happens with probability below 2%.
    expect(covered).toBeGreaterThanOrEqual(35);
    expect(waldCovered).toBeGreaterThanOrEqual(35);
  });

  it('is biased when two sources refer to each other, and the A:B interaction removes the bias', () => {
    // Source B sees 50% of those A saw but only 10% of the others: positive dependence, so the
    // independence model underestimates N. The log-linear A:B term captures exactly this.
    const replicates = 20;
    let independentSum = 0;
    let dependentSum = 0;
    let covered = 0;
    let abInside = 0;
    for (let seed = 101; seed <= 100 + replicates; seed++) {
      const histories = simulate(seed, (random) => {
        const a = random() < 0.3;
        const b = random() < (a ? 0.5 : 0.1);
        return [a, b, random() < 0.25, random() < 0.2];
      });
      const table = toCaptureTable(histories, ['A', 'B', 'C', 'D']);
      const independence = ok(fitLogLinear(table, { interactions: [] }, { profileInterval: false }));
      const dependent = ok(fitLogLinear(table, { interactions: [['A', 'B']] }));
      // The data themselves reject independence: the A:B term cuts the deviance by far more than χ²₁.
      expect(independence.deviance - dependent.deviance).toBeGreaterThan(50);
      expect(independence.nHat).toBeLessThan(0.9 * N);
      expect(Math.abs(dependent.nHat - N) / N).toBeLessThan(0.08);
      independentSum += independence.nHat;
      dependentSum += dependent.nHat;
      if (dependent.interval.lower < N && dependent.interval.upper > N) covered++;
      // True log odds ratio of B given A: log((0.5/0.5)/(0.1/0.9)) = log 9.
      const ab = dependent.coefficients.find((coefficient) => coefficient.term === 'A:B');
      if (ab && Math.abs(ab.estimate - Math.log(9)) < 1.96 * ab.se) abInside++;
    }
    expect(independentSum / replicates).toBeLessThan(0.9 * N);
    expect(Math.abs(dependentSum / replicates - N) / N).toBeLessThan(0.015);
    // With true coverage 95%, 16 or fewer of 20 happens with probability below 2%.
    expect(covered).toBeGreaterThanOrEqual(17);
    expect(abInside).toBeGreaterThanOrEqual(17);
  });
});
