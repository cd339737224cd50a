import { describe, expect, it } from 'vitest';
import { estimatePopulationSize } from './estimate-population-size.ts';
import { fitHeterogeneityModel } from './fit-heterogeneity-model.ts';
import { selectLogLinearModel } from './select-log-linear-model.ts';

// Four lists, invented counts with every pattern seen.
const table = {
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

describe('estimatePopulationSize', () => {
  it("uses the heterogeneity model with four lists, and its figures are that fit's", () => {
    const e = estimatePopulationSize(table);
    const fit = fitHeterogeneityModel(table).fit;
    if (!e || fit.status !== 'ok') throw new Error('no estimate');
    expect(e.method).toBe('heterogeneity');
    expect(e.total).toBeCloseTo(fit.nHat, 9);
    expect(e.observed).toBe(3963);
    expect(e.hidden + e.observed).toBeCloseTo(e.total, 9);
    expect(e.lower).toBeLessThanOrEqual(e.total);
    expect(e.upper).toBeGreaterThanOrEqual(e.total);
    expect(e.model).toBe(
      'independence + justice×csg + justice×veilig_thuis + justice×victim_support + csg×veilig_thuis + csg×victim_support + veilig_thuis×victim_support + heterogeneity',
    );
  });

  it('falls back to the BIC-chosen pairwise model with three lists, and gives nothing for an empty table', () => {
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
    const e = estimatePopulationSize(three);
    expect(e?.method).toBe('bic');
    expect(e?.total).toBeCloseTo(selectLogLinearModel(three, { criterion: 'bic' }).chosen?.nHat ?? Number.NaN, 9);
    expect(estimatePopulationSize({ sources: ['A', 'B'], cells: [] })).toBeNull();
  });
});
