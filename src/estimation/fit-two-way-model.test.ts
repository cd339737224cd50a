import { describe, expect, it } from 'vitest';
import { referenceFits } from '../../test/support/estimation-reference/r-reference-fits.ts';
import { sparseHeterogeneityReferenceFits } from '../../test/support/estimation-reference/r-heterogeneity-sparse-fits.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { fitTwoWayModel } from './fit-two-way-model.ts';

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe('fitTwoWayModel', () => {
  it('drops only the pairs it must: four of six on a sparse table where dropping every term of the escape direction left none', () => {
    // R (r-heterogeneity-sparse-fits.R): A:B + A:D is estimable, and each of the four dropped pairs put back runs off.
    const { fit, dropped } = fitTwoWayModel(readReferenceTable('sparse_four_lists'), { profileInterval: false });
    if (fit.status !== 'ok') throw new Error(fit.message);
    expect(fit.interactions).toEqual(['A:B', 'A:D']);
    expect(dropped.map((d) => d.term)).toEqual(['A:C', 'B:C', 'B:D', 'C:D']);
    const r = sparseHeterogeneityReferenceFits.find((f) => f.table === 'sparse_four_lists');
    expect(relative(fit.nHat, r?.nHat ?? 0)).toBeLessThan(1e-8);
  });

  it('on New Orleans (five lists) drops A:H, C:H, D:H, each named with its zero cells, never a main effect', () => {
    const { fit, dropped } = fitTwoWayModel(readReferenceTable('NewOrl_5'), { profileInterval: false });
    if (fit.status !== 'ok') throw new Error(fit.message);
    expect(dropped.map((d) => d.term)).toEqual(['A:H', 'C:H', 'D:H']);
    for (const d of dropped) {
      expect(d.reason).toMatch(
        new RegExp(`^with ${d.term} the maximum likelihood estimate does not exist: the zero cells [01]{5}`),
      );
      expect(d.reason).not.toContain('(Intercept)');
    }
    const r = referenceFits.find((f) => f.table === 'NewOrl_5' && f.interactions.length === 7);
    expect(fit.interactions).toEqual(r?.interactions);
    expect(relative(fit.nHat, r?.nHat ?? 0)).toBeLessThan(1e-8);
  });

  it('keeps every pair when nobody is on all four lists', () => {
    const { fit, dropped } = fitTwoWayModel(readReferenceTable('nobody_on_every_list'), { profileInterval: false });
    expect(dropped).toEqual([]);
    expect(fit.interactions).toHaveLength(6);
  });
});
