// The short form of `npm run eval:estimation`: 200 simulated years (seeds 1001–1200, scale 0.5,
// 2024), the capture table from the ground truth, and the estimator the pipeline publishes.
// Measured 2026-12 (the chain with twins and siblings abused together): its 95% interval covered the
// true number in 160 of 200 runs (80%), mean relative error −8.9%, mean width 0.34 × N; on the same
// samples the BIC-chosen pairwise model (which ignores that children differ in visibility) covered
// 141 (70.5%). Before those co-victims the published estimator covered 164 of 200 (82%). The issue's
// bar of 90% is not met on the chain (issue 16): this test guards the level reached, with a margin of
// two standard errors (0.80 − 2 × 0.028), and that the estimator stays clearly ahead of one that
// ignores heterogeneity. (Until 2026-12 it asked ≥ 85% of the first 60 of these years, which those
// seeds met while 200 years gave 82%: a bar above the estimator's own level, met by the draw.)
import { describe, expect, it } from 'vitest';
import { estimators, scoreEstimators } from '../../bench/estimation-coverage.ts';

const runs = { runs: 200, scale: 0.5, year: 2024, firstSeed: 1001 };
const coverageBar = 0.75;
/** Coverage points the published estimator must gain over the BIC-chosen model on the same samples (measured: 9.5). */
const leadOverBic = 0.05;

describe('estimation against truth (short eval:estimation)', () => {
  it(`the published estimator's 95% interval covers the true number of children in ≥ ${100 * coverageBar}% of ${runs.runs} simulated years, ${100 * leadOverBic} points more than a model that ignores heterogeneity`, () => {
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
    // a known-biased estimator covers clearly less on the same samples
    expect((score.covered - bicScore.covered) / runs.runs).toBeGreaterThanOrEqual(leadOverBic);
  }, 400_000);
});
