import { describe, expect, it } from 'vitest';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { fitLogLinear, type LogLinearFitOk } from './fit-log-linear.ts';
import { modelAveragedInterval } from './model-averaged-interval.ts';
import { normalCdf } from './normal-cdf.ts';
import { normalQuantile } from './normal-quantile.ts';
import { type ModelCandidate, selectLogLinearModel } from './select-log-linear-model.ts';

const z = normalQuantile(0.975);

/** A candidate's own Wald limits give back its centre and spread on the log scale of the unseen. */
function waldOf(fit: LogLinearFitOk) {
  const centre = Math.log(fit.nHat - fit.observedTotal);
  return { centre, se: (Math.log(fit.interval.wald.upper - fit.observedTotal) - centre) / z };
}

function fitOf(table: ReturnType<typeof readReferenceTable>, candidate: ModelCandidate): LogLinearFitOk {
  const fit = fitLogLinear(
    table,
    { interactions: candidate.interactions.map((t) => t.split(':')) },
    { profileInterval: false },
  );
  if (fit.status !== 'ok') throw new Error(`${candidate.interactions.join(' + ')} did not fit`);
  return fit;
}

describe('modelAveragedInterval', () => {
  for (const [name, criterion] of [
    ['UKdat_5', 'aic'],
    ['NewOrl_5', 'aic'],
    ['Western', 'bic'],
  ] as const) {
    const table = readReferenceTable(name);
    const { candidates } = selectLogLinearModel(table, { criterion, profileInterval: false });
    const estimable = candidates.filter((c) => c.status === 'ok');

    it(`puts the weighted tail areas of the candidates' own Wald intervals at 2.5% and 97.5% (${name}, ${criterion})`, () => {
      const interval = modelAveragedInterval(table, candidates, { criterion });
      if (!interval) throw new Error('no interval');
      expect(interval.models).toBe(estimable.length);
      // weights and spreads computed here from each model's own interval, not from the module's sums
      const best = Math.min(...estimable.map((c) => c.score as number));
      const parts = estimable.map((c) => ({
        w: Math.exp(-((c.score as number) - best) / 2),
        ...waldOf(fitOf(table, c)),
      }));
      const total = parts.reduce((s, p) => s + p.w, 0);
      const seen = table.cells.reduce((s, c) => s + c.count, 0);
      const tail = (n: number) =>
        parts.reduce((s, p) => s + (p.w / total) * normalCdf((Math.log(n - seen) - p.centre) / p.se), 0);
      expect(tail(interval.lower)).toBeCloseTo(0.025, 6);
      expect(tail(interval.upper)).toBeCloseTo(0.975, 6);
      expect(interval.bestWeight).toBeCloseTo(Math.max(...parts.map((p) => p.w / total)), 10);
    });

    it(`lies within the candidates' own Wald limits, lowest to highest (${name})`, () => {
      const interval = modelAveragedInterval(table, candidates, { criterion });
      const walds = estimable.map((c) => fitOf(table, c).interval.wald);
      expect(interval?.lower).toBeGreaterThanOrEqual(Math.min(...walds.map((w) => w.lower)));
      expect(interval?.upper).toBeLessThanOrEqual(Math.max(...walds.map((w) => w.upper)));
    });
  }

  it("is the model's own Wald interval when one candidate is given", () => {
    const table = readReferenceTable('UKdat_5');
    const { candidates, chosen } = selectLogLinearModel(table, { criterion: 'aic', profileInterval: false });
    const interval = modelAveragedInterval(table, candidates.slice(0, 1), { criterion: 'aic' });
    expect(interval?.models).toBe(1);
    expect(interval?.bestWeight).toBe(1);
    // to the precision of the normal distribution function (relative error below 1.2e-7)
    const wald = chosen?.interval.wald;
    if (!interval || !wald) throw new Error('no interval');
    expect(Math.abs(interval.lower - wald.lower) / wald.lower).toBeLessThan(1e-7);
    expect(Math.abs(interval.upper - wald.upper) / wald.upper).toBeLessThan(1e-7);
  });

  it('leaves out candidates above the bound, and gives no interval when every one is', () => {
    const table = readReferenceTable('NewOrl_5');
    const { candidates } = selectLogLinearModel(table, { criterion: 'aic', profileInterval: false });
    const estimates = candidates.flatMap((c) => (c.status === 'ok' && c.nHat !== null ? [c.nHat] : []));
    const median = [...estimates].sort((a, b) => a - b)[Math.floor(estimates.length / 2)] as number;
    const bounded = modelAveragedInterval(table, candidates, { criterion: 'aic', maxTotal: median });
    expect(bounded?.models).toBe(estimates.filter((n) => n <= median).length);
    expect(bounded?.models).toBeLessThan(estimates.length);
    expect(
      modelAveragedInterval(table, candidates, { criterion: 'aic', maxTotal: Math.min(...estimates) - 1 }),
    ).toBeNull();
  });

  it('is moved by a candidate only as far as its weight says', () => {
    const table = readReferenceTable('UKdat_5');
    const { candidates, chosen } = selectLogLinearModel(table, { criterion: 'aic', profileInterval: false });
    const [first] = candidates;
    if (!first || !chosen) throw new Error('no model');
    // the same model twice, once with a score 40 points worse: its weight is e^-20
    const far = { ...first, score: (first.score as number) + 40, aic: (first.aic as number) + 40 };
    const centre = first.nHat ?? 0;
    const other = candidates.find(
      (c) => c.status === 'ok' && c !== first && Math.abs((c.nHat ?? 0) - centre) > 0.2 * centre,
    );
    if (!other) throw new Error('no distant model');
    const distant = { ...other, score: (first.score as number) + 40, aic: (first.aic as number) + 40 };
    const alone = modelAveragedInterval(table, [first], { criterion: 'aic' });
    const withFar = modelAveragedInterval(table, [first, far, distant], { criterion: 'aic' });
    expect(withFar?.lower).toBeCloseTo(alone?.lower as number, 4);
    expect(withFar?.upper).toBeCloseTo(alone?.upper as number, 4);
  });
});
