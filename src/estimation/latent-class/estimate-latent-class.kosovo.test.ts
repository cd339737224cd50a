import { describe, expect, it } from 'vitest';
import { readReferenceTable } from '../../../test/support/estimation-reference/read-reference-table.ts';
import { estimateLatentClass } from './estimate-latent-class.ts';

// Kosovo, March–June 1999: four lists (EXH, ABA, OSCE, HRW) naming 4,400 killed people, the data set of
// Ball et al. (2002) and of LCMCR's example (kosovo_aggregate). Published comparison: Ball et al.'s
// estimate of 10,356 killings, 95% interval 9,002–12,122 (log-linear models, Report to the ICTY).
// Our own long run (seed 7, 4 chains × 500,000 iterations, ESS 1,751) gave a posterior median of
// 10,413, mean 10,660 and 95% interval 9,002–13,751: the same centre and lower limit, a longer upper
// tail. This shorter run must land there too; its tolerances allow for its Monte Carlo error (ESS ~250).
const ball = { estimate: 10_356, lower: 9002, upper: 12_122 };

describe('estimateLatentClass on the Kosovo lists', () => {
  it('puts N where Ball et al. (2002) did, with an interval at least as wide', () => {
    const table = readReferenceTable('Kosovo');
    const result = estimateLatentClass(table, {
      seed: 2016,
      chains: 4,
      burnIn: 5000,
      iterations: 50_000,
      thinning: 25,
    });
    expect(result.observed).toBe(4400);
    expect(Math.abs(result.median / ball.estimate - 1)).toBeLessThan(0.05);
    expect(Math.abs(result.mean / ball.estimate - 1)).toBeLessThan(0.08);
    expect(Math.abs(result.interval.lower / ball.lower - 1)).toBeLessThan(0.08);
    expect(result.interval.upper).toBeGreaterThan(ball.upper);
    expect(result.interval.upper).toBeLessThan(ball.upper * 1.3);
    expect(result.diagnostics.rHat).toBeLessThan(1.05);
  });
});
