import { describe, expect, it } from 'vitest';
import { fitLogLinear } from './fit-log-linear.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { referenceFits } from '../../test/support/estimation-reference/r-reference-fits.ts';
import { type PairwiseModelSearch, searchPairwiseModels } from './search-pairwise-models.ts';

const relative = (actual: number | null, expected: number) =>
  Math.abs((actual ?? Number.NaN) - expected) / Math.abs(expected);

/** The fast path must give what the R-checked fitLogLinear gives, model by model. */
function expectSameAsFitLogLinear(name: string, search: PairwiseModelSearch, every = 1) {
  const table = readReferenceTable(name);
  search.models.forEach((model, i) => {
    if (i % every !== 0) return;
    const interactions = model.pairs.map((pair) => search.design.pairs[pair] as readonly [number, number]);
    const fit = fitLogLinear(table, { interactions }, { profileInterval: false });
    expect(model.status, `${name}: ${model.interactions.join(' + ')}`).toBe(fit.status);
    if (fit.status !== 'ok') return;
    expect(relative(model.deviance, fit.deviance)).toBeLessThan(1e-9);
    expect(relative(model.aic, fit.aic)).toBeLessThan(1e-9);
    expect(relative(model.bic, fit.bic)).toBeLessThan(1e-9);
    expect(relative(model.nHat, fit.nHat)).toBeLessThan(1e-9);
  });
}

describe('searchPairwiseModels', () => {
  for (const name of ['Cormack4', 'Kosovo', 'NewOrl_5']) {
    it(`agrees with fitLogLinear on every two-way model of ${name}`, () => {
      const search = searchPairwiseModels(readReferenceTable(name), { search: 'all-subsets', criterion: 'aic' });
      expect(search.models).toHaveLength(2 ** search.design.pairs.length);
      expectSameAsFitLogLinear(name, search);
    });
  }

  it('fits all 2^15 models of the six UK lists, excluding exactly the supersets of models without MLE', () => {
    const search = searchPairwiseModels(readReferenceTable('UKdat'), { search: 'all-subsets', criterion: 'aic' });
    expect(search.models).toHaveLength(32_768);
    // A sample of models, spread over the bitmask range, checked against the full fit.
    expectSameAsFitLogLinear('UKdat', search, 1031);
    const excluded = search.models.filter((model) => model.status !== 'ok');
    expect(excluded.filter((m) => m.status !== 'mle-does-not-exist' || !m.problem?.offendingTerms.length)).toEqual([]);
    expect(excluded.every((m) => /does not exist/.test(m.problem?.message ?? ''))).toBe(true);
    // Non-existence is inherited: adding a pair to an excluded model never makes it estimable.
    const violations: number[] = [];
    search.models.forEach((model, mask) => {
      if (model.status !== 'ok') return;
      for (let bit = 0; bit < 15; bit++) {
        if ((mask >> bit) & 1 && search.models[mask ^ (1 << bit)]?.status !== 'ok') violations.push(mask);
      }
    });
    expect(violations).toEqual([]);
    // The AIC winner is a model R's glm was run on (reference/r-reference-fits.R).
    const best = [...search.models]
      .filter((m) => m.aic !== null)
      .sort((a, b) => (a.aic as number) - (b.aic as number))[0];
    const reference = referenceFits.find(
      (r) => r.table === 'UKdat' && r.interactions.join() === best?.interactions.join(),
    );
    expect(reference).toBeDefined();
    expect(relative(best?.nHat ?? null, reference?.nHat ?? 0)).toBeLessThan(1e-6);
    expect(relative(best?.aic ?? null, reference?.aic ?? 0)).toBeLessThan(1e-6);
    expect(relative(best?.deviance ?? null, reference?.deviance ?? 0)).toBeLessThan(1e-6);
  });

  it('searches forward for eight lists (New Orleans) and lands on the model R confirms', () => {
    const search = searchPairwiseModels(readReferenceTable('NewOrl'), { search: 'forward', criterion: 'bic' });
    expect(search.design.pairs).toHaveLength(28);
    expectSameAsFitLogLinear('NewOrl', search, 3);
    const best = [...search.models]
      .filter((m) => m.bic !== null)
      .sort((a, b) => (a.bic as number) - (b.bic as number))[0];
    expect(best?.interactions).toEqual(['D:E']);
    const reference = referenceFits.find((r) => r.table === 'NewOrl' && r.interactions.join() === 'D:E');
    expect(relative(best?.nHat ?? null, reference?.nHat ?? 0)).toBeLessThan(1e-6);
    expect(relative(best?.bic ?? null, reference?.bic ?? 0)).toBeLessThan(1e-6);
  });
});
