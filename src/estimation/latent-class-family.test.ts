import { describe, expect, it } from 'vitest';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { estimateLatentClass } from './latent-class/index.ts';
import { latentClassFamily } from './latent-class-family.ts';

const kosovo = readReferenceTable('Kosovo');

describe('latentClassFamily', () => {
  it('runs the chains again, four times as long, when they have not converged, and says so if they still have not', () => {
    const run = { chains: 2, iterations: 300, burnIn: 100, thinning: 3 };
    const short = estimateLatentClass(kosovo, { seed: 5, ...run });
    expect(short.diagnostics.converged).toBe(false);
    const longer = estimateLatentClass(kosovo, { seed: 5, ...run, iterations: 1200 });
    const family = latentClassFamily(kosovo, { seed: 5, run, published: true });
    expect(family).toMatchObject({
      family: 'latent-class',
      published: true,
      status: 'ok',
      total: longer.median,
      lower: longer.interval.lower,
      upper: longer.interval.upper,
      intervalMethod: 'posterior',
    });
    expect(family.status === 'ok' && family.model).toContain('2 chains × 1,200 iterations');
    // a row shown only beside the published figure is not run longer: it keeps the short run and its warning
    expect(latentClassFamily(kosovo, { seed: 5, run, published: false })).toMatchObject({
      status: 'ok',
      total: short.median,
      warning: expect.stringMatching(/^the chains did not converge/),
    });
    expect(family.status === 'ok' && family.warning).toMatch(
      /^the chains did not converge \(R-hat \d\.\d{3}, effective sample size \d+\)/,
    );
  });

  it('says why there is no answer for a table the model cannot take (two lists)', () => {
    const two = {
      sources: ['A', 'B'],
      cells: [
        { history: '10', count: 5 },
        { history: '11', count: 2 },
        { history: '01', count: 4 },
      ],
    };
    expect(latentClassFamily(two, { seed: 1, published: false })).toEqual({
      family: 'latent-class',
      published: false,
      status: 'not-estimable',
      reason: 'a latent-class model needs at least three lists (sources: ["A","B"])',
    });
  });
});
