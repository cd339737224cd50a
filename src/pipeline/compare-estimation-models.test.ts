import { describe, expect, it } from 'vitest';
import { estimatePopulationSize, selectLogLinearModel } from '../estimation/index.ts';
import { compareEstimationModels } from './compare-estimation-models.ts';

// Four lists, invented counts with every pattern seen (as in estimate-population-size.test.ts).
const four = {
  sources: ['justice', 'csg', 'veilig_thuis', 'victim_support'],
  cells: [
    { history: '1000', count: 1500 },
    { history: '0100', count: 700 },
    { history: '0010', count: 600 },
    { history: '0001', count: 60 },
    { history: '1100', count: 180 },
    { history: '1010', count: 210 },
    { history: '1001', count: 400 },
    { history: '0110', count: 90 },
    { history: '0101', count: 20 },
    { history: '0011', count: 15 },
    { history: '1110', count: 45 },
    { history: '1101', count: 60 },
    { history: '1011', count: 55 },
    { history: '0111', count: 8 },
    { history: '1111', count: 20 },
  ],
};
const three = {
  sources: ['A', 'B', 'C'],
  cells: [
    { history: '100', count: 50 },
    { history: '010', count: 40 },
    { history: '001', count: 30 },
    { history: '110', count: 10 },
    { history: '101', count: 8 },
    { history: '011', count: 6 },
    { history: '111', count: 2 },
  ],
};

describe('compareEstimationModels', () => {
  it('puts the chosen pairwise model beside the best pairwise models by BIC, with the figures of their own fits', () => {
    const estimate = estimatePopulationSize(four, { bootstrapReplicates: 50 });
    if (estimate.status !== 'ok') throw new Error(estimate.reason);
    const comparison = compareEstimationModels(four, estimate, 5);
    expect(comparison.tried).toBe(64); // every subset of the six pairs
    const chosen = comparison.candidates.filter((c) => c.chosen);
    expect(chosen).toHaveLength(1);
    // four lists: the AIC-chosen model, whose own N̂ is shown (the published figure may combine families)
    const aic = selectLogLinearModel(four, { criterion: 'aic', profileInterval: false }).chosen;
    expect(chosen[0]).toMatchObject({
      family: 'pairwise',
      model: estimate.model,
      total: estimate.fit.nHat,
      parameters: estimate.fit.coefficients.length,
      aic: estimate.fit.aic,
      bic: estimate.fit.bic,
    });
    expect(chosen[0]?.aic).toBeCloseTo(aic?.aic ?? Number.NaN, 6);
    expect(comparison.candidates.filter((c) => !c.chosen)).toHaveLength(5);
    // the chosen model's fit per pattern: every observable pattern, the seen as given, and (a
    // Poisson model with an intercept and main effects) the expected adding up to the seen per list
    const cells = comparison.cells ?? [];
    expect(cells.map((c) => c.history).sort()).toEqual(four.cells.map((c) => c.history).sort());
    for (const c of cells) expect(c.observed).toBe(four.cells.find((x) => x.history === c.history)?.count);
    for (let j = 0; j < 4; j++) {
      const onList = cells.filter((c) => c.history[j] === '1');
      expect(onList.reduce((s, c) => s + c.fitted, 0)).toBeCloseTo(
        onList.reduce((s, c) => s + c.observed, 0),
        6,
      );
    }
    expect(cells.some((c) => Math.abs(c.fitted - c.observed) > 1)).toBe(true);
    const bics = comparison.candidates.map((c) => c.bic);
    expect(bics).toEqual([...bics].sort((a, b) => a - b));
    const best = selectLogLinearModel(four, { criterion: 'bic', profileInterval: false }).chosen;
    const bestPairwise = comparison.candidates[0];
    expect(bestPairwise?.bic).toBeCloseTo(best?.bic ?? Number.NaN, 6);
    expect(bestPairwise?.total).toBeCloseTo(best?.nHat ?? Number.NaN, 4);
    expect(bestPairwise?.deviance).toBeCloseTo(best?.deviance ?? Number.NaN, 6);
  });

  it('does not list the chosen model twice when the BIC search chose it (three lists)', () => {
    const estimate = estimatePopulationSize(three, { bootstrapReplicates: 50 });
    if (estimate.status !== 'ok') throw new Error(estimate.reason);
    const comparison = compareEstimationModels(three, estimate);
    const names = comparison.candidates.map((c) => c.model);
    expect(new Set(names).size).toBe(names.length);
    expect(comparison.candidates[0]).toMatchObject({ chosen: true, family: 'pairwise', model: estimate.model });
    expect(comparison.tried).toBe(8);
    expect(comparison.candidates.length).toBe(comparison.tried - comparison.excluded);
  });
});
