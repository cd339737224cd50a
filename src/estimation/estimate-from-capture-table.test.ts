import { describe, expect, it } from 'vitest';
import { referenceFits } from '../../test/support/estimation-reference/r-reference-fits.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import {
  type CaptureTableEstimate,
  type CaptureTableEstimateOptions,
  estimateFromCaptureTable,
} from './estimate-from-capture-table.ts';

// The published tables of test/support/estimation-reference/data; the expected numbers come from
// R's glm (r-reference-fits.R there).
const defaults: CaptureTableEstimateOptions = {
  model: 'best',
  interval: 'profile',
  criterion: 'aic',
  replicates: 1000,
  seed: 1,
};
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

function estimate(table: string, options: Partial<CaptureTableEstimateOptions>): CaptureTableEstimate {
  const outcome = estimateFromCaptureTable(readReferenceTable(table), { ...defaults, ...options });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.estimate;
}

function expectMatchesR(result: CaptureTableEstimate, table: string, interactions: readonly string[]) {
  const reference = referenceFits.find((r) => r.table === table && r.interactions.join() === interactions.join());
  if (!reference) throw new Error(`no R reference for ${table} ${interactions.join(' + ')}`);
  expect(relative(result.nhat, reference.nHat)).toBeLessThan(1e-6);
  expect(relative(result.hidden, reference.nHat - result.observed)).toBeLessThan(1e-6);
  expect(relative(result.aic, reference.aic)).toBeLessThan(1e-6);
  expect(relative(result.bic, reference.bic)).toBeLessThan(1e-6);
  expect(relative(result.deviance, reference.deviance)).toBeLessThan(1e-6);
  expect(result.df).toBe(reference.df);
  if (result.ci.method === 'profile') {
    expect(relative(result.ci.low, reference.profile[0])).toBeLessThan(1e-6);
    expect(relative(result.ci.high, reference.profile[1])).toBeLessThan(1e-6);
  }
}

describe('estimateFromCaptureTable', () => {
  it('chooses the best of all 2^15 models for the six UK lists and matches R', () => {
    const result = estimate('UKdat', {});
    expect(result.lists).toEqual(['LA', 'NG', 'PF', 'GO', 'GP', 'NCA']);
    expect(result.observed).toBe(2744);
    expect(result.model).toBe('LA + NG + PF + GO + GP + NCA + LA:NG + LA:PF + NG:GO + NG:GP + PF:GP + PF:NCA + GO:GP');
    expect(result.ci.method).toBe('profile');
    expect(result.selection).toMatchObject({
      mode: 'best',
      criterion: 'aic',
      search: 'all-subsets',
      modelsTried: 32_768,
    });
    expectMatchesR(
      result,
      'UKdat',
      result.model.split(' + ').filter((t) => t.includes(':')),
    );
    // LA and GP never overlap: no model can hold LA:GP, and the estimate says so.
    expect(result.dropped.map((d) => d.term)).toContain('LA:GP');
  });

  it('fits the independence model (Kosovo) as R does', () => {
    const result = estimate('Kosovo', { model: 'independence' });
    expect(result.model).toBe('EXH + ABA + OSCE + HRW');
    expect(result.selection).toEqual({
      mode: 'independence',
      criterion: null,
      search: null,
      modelsTried: 1,
      modelsExcluded: 0,
    });
    expectMatchesR(result, 'Kosovo', []);
  });

  it('drops the two-way terms New Orleans cannot support, says why, and fits the rest as R does', () => {
    const result = estimate('NewOrl_5', { model: 'two-way', maxTotalPerObserved: Number.POSITIVE_INFINITY });
    expect(result.dropped.map((d) => d.term).sort()).toEqual(['A:H', 'C:H', 'D:H']);
    for (const d of result.dropped) expect(d.reason).toMatch(/does not exist/);
    expectMatchesR(result, 'NewOrl_5', ['A:BEFG', 'A:C', 'A:D', 'BEFG:C', 'BEFG:D', 'BEFG:H', 'C:D']);
  });

  it('gives a seeded bootstrap interval around N-hat, the same for the same seed', () => {
    const options = { interval: 'bootstrap', replicates: 40, seed: 3 } as const;
    const first = estimate('Kosovo', options);
    const again = estimate('Kosovo', options);
    const other = estimate('Kosovo', { ...options, seed: 4 });
    expect(first.ci.method).toBe('bootstrap');
    expect(again.ci).toEqual(first.ci);
    expect(other.ci).not.toEqual(first.ci);
    expect(first.ci.low).toBeLessThan(first.nhat);
    expect(first.ci.high).toBeGreaterThan(first.nhat);
    expect(first.bootstrap).toMatchObject({ replicates: 40, seed: 3 });
    expect(first.bootstrap?.chosenModels.reduce((n, m) => n + m.count, 0)).toBeLessThanOrEqual(40);
  });

  it('returns why there is no estimate instead of throwing when every model is excluded', () => {
    // Two lists that never overlap: no cell 11, so not even the independence model has an MLE.
    const disjoint = {
      sources: ['A', 'B'],
      cells: [
        { history: '10', count: 5 },
        { history: '01', count: 7 },
      ],
    };
    const outcome = estimateFromCaptureTable(disjoint, defaults);
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'no-estimable-model',
      message: expect.stringMatching(/no log-linear model can be estimated/),
    });
    const asked = estimateFromCaptureTable(disjoint, { ...defaults, model: 'independence' });
    expect(asked).toMatchObject({
      ok: false,
      reason: 'model-not-estimable',
      message: expect.stringMatching(/^the model cannot be estimated from this table: /),
    });
  });
});
