// The short form of `npm run eval:estimation`: 60 of its 200 simulated years (seeds 1001–1060, scale
// 0.5, 2024), the capture table from the ground truth, and the estimator the pipeline publishes.
// Measured when the bars were set: its 95% interval covered the true number in 56 of 60 runs (93.3%),
// mean relative error −3.1%, mean |relative error| 16.7%, mean width 0.90 × N. On the same samples
// the BIC-chosen pairwise model (which ignores that children differ in visibility) covered 43 (71.7%).
import { describe, expect, it } from 'vitest';
import { estimators, scoreEstimators } from '../../bench/estimation-coverage.ts';

const runs = { runs: 60, scale: 0.5, year: 2024, firstSeed: 1001 };
const coverageBar = 0.85;

describe('estimation against truth (short eval:estimation)', () => {
  it(`the published estimator's 95% interval covers the true number of children in ≥ ${100 * coverageBar}% of ${runs.runs} simulated years, and a model that ignores heterogeneity does not`, () => {
    const published = estimators.filter((e) => e.published);
    const bic = estimators.filter((e) => e.name === 'BIC-chosen pairwise model, profile interval');
    expect(published).toHaveLength(1);
    expect(bic).toHaveLength(1);
    const [score, bicScore] = scoreEstimators([...published, ...bic], runs);
    if (!score || !bicScore) throw new Error('no scores');
    expect(score.failed).toBe(0);
    expect(score.covered / runs.runs).toBeGreaterThanOrEqual(coverageBar);
    // an interval wide enough to cover anything would pass the bar above; these keep it honest
    expect(score.meanWidthOverTruth).toBeLessThanOrEqual(1.2);
    expect(Math.abs(score.meanRelativeError)).toBeLessThanOrEqual(0.1);
    expect(score.meanAbsoluteRelativeError).toBeLessThanOrEqual(0.25);
    // the bar separates: a known-biased estimator misses it on the same samples
    expect(bicScore.covered / runs.runs).toBeLessThan(coverageBar);
  });
});
