import { describe, expect, it } from 'vitest';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { estimatePopulationSize, type PopulationSizeResult } from './estimate-population-size.ts';
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

const tenTimes =
  'the estimate is more than ten times the observed number: the lists overlap too little to say how many were missed';

function ok(e: PopulationSizeResult) {
  if (e.status !== 'ok') throw new Error(e.reason);
  return e;
}

describe('estimatePopulationSize', () => {
  it("uses the heterogeneity model with four lists, and its figures are that fit's", () => {
    const e = ok(estimatePopulationSize(table));
    const fit = fitHeterogeneityModel(table).fit;
    if (fit.status !== 'ok') throw new Error('no estimate');
    expect(e.method).toBe('heterogeneity');
    expect(e.total).toBeCloseTo(fit.nHat, 9);
    expect(e.observed).toBe(3963);
    expect(e.hidden + e.observed).toBeCloseTo(e.total, 9);
    expect(e.lower).toBeLessThanOrEqual(e.total);
    expect(e.upper).toBeGreaterThanOrEqual(e.total);
    expect(e.droppedLists).toEqual([]);
    expect(e.model).toBe(
      'independence + justice×csg + justice×veilig_thuis + justice×victim_support + csg×veilig_thuis + csg×victim_support + veilig_thuis×victim_support + heterogeneity',
    );
  });

  it('falls back to the BIC-chosen pairwise model with three lists, and says an empty table is not estimable', () => {
    const e = ok(estimatePopulationSize(three));
    expect(e.method).toBe('bic');
    expect(e.total).toBeCloseTo(selectLogLinearModel(three, { criterion: 'bic' }).chosen?.nHat ?? Number.NaN, 9);
    expect(estimatePopulationSize({ sources: ['A', 'B'], cells: [] })).toMatchObject({
      status: 'not-estimable',
      observed: 0,
      reason: 'nobody is on any list: there is nothing to estimate from',
    });
  });

  it('keeps every pair when nobody is on all four lists, dropping only the three-way term', () => {
    const e = ok(estimatePopulationSize(readReferenceTable('nobody_on_every_list')));
    expect(e.method).toBe('heterogeneity');
    expect(e.model).toBe('independence + A×B + A×C + A×D + B×C + B×D + C×D');
    expect(e.dropped.map((d) => d.term)).toEqual(['heterogeneity']);
  });
});

describe('estimatePopulationSize on a sparse stratum: a list that saw nobody', () => {
  // victim_support saw nobody: the table is that of the other three lists.
  const withoutVictimSupport = {
    sources: ['justice', 'csg', 'veilig_thuis'],
    cells: table.cells.filter((c) => c.history[3] === '0').map((c) => ({ ...c, history: c.history.slice(0, 3) })),
  };
  const emptyList = {
    sources: table.sources,
    cells: table.cells.map((c) => (c.history[3] === '1' ? { ...c, count: 0 } : c)),
  };

  it('is left out and named, and the estimate is that of the other lists', () => {
    const e = ok(estimatePopulationSize(emptyList));
    const others = ok(estimatePopulationSize(withoutVictimSupport));
    expect(e.droppedLists).toEqual([
      {
        list: 'victim_support',
        reason:
          'victim_support saw nobody here: its main effect and every interaction with it cannot be estimated, so the estimate uses the other lists',
      },
    ]);
    expect(e.fit.sources).toEqual(['justice', 'csg', 'veilig_thuis']);
    // three lists remain, so the BIC-chosen pairwise model, as for any three-list table
    expect(e.method).toBe('bic');
    expect(e.total).toBeCloseTo(others.total, 9);
    expect(e.observed).toBe(others.observed);
  });

  it('with five lists and one empty, fits the heterogeneity model on the four that saw someone', () => {
    const five = {
      sources: [...table.sources, 'hospital'],
      cells: [...table.cells.map((c) => ({ ...c, history: `${c.history}0` })), { history: '10001', count: 0 }],
    };
    const e = ok(estimatePopulationSize(five));
    const fit = fitHeterogeneityModel(table).fit;
    if (fit.status !== 'ok') throw new Error(fit.message);
    expect(e.droppedLists.map((d) => d.list)).toEqual(['hospital']);
    expect(e.method).toBe('heterogeneity');
    expect(e.dropped).toEqual([]);
    expect(e.total).toBeCloseTo(fit.nHat, 9);
  });

  it('is not estimable, with the reason, when only one list saw anyone', () => {
    const e = estimatePopulationSize({
      sources: ['A', 'B', 'C'],
      cells: [
        { history: '100', count: 40 },
        { history: '010', count: 0 },
      ],
    });
    expect(e).toMatchObject({
      status: 'not-estimable',
      observed: 40,
      reason: 'only A saw anyone: it takes at least two lists that overlap to estimate how many were missed',
    });
    expect(e.droppedLists.map((d) => d.list)).toEqual(['B', 'C']);
  });
});

describe('estimatePopulationSize refuses an estimate above ten times the number seen', () => {
  it('on HIV: the largest estimable heterogeneity model gives 23,444 for 1,896 seen; no smaller model stands in', () => {
    const hiv = readReferenceTable('HIV');
    const e = estimatePopulationSize(hiv);
    expect(e).toMatchObject({ status: 'not-estimable', observed: 1896, reason: tenTimes, method: 'heterogeneity' });
    expect(e.dropped.map((d) => d.term)).toEqual(['heterogeneity']);
    // the BIC model would have given a number under the bound: it is not used to hide the problem
    expect(selectLogLinearModel(hiv, { criterion: 'bic', profileInterval: false }).chosen?.nHat).toBeLessThan(
      10 * 1896,
    );
  });

  it('on the BIC model when fewer than four lists overlap too little', () => {
    const sparse = {
      sources: ['A', 'B', 'C'],
      cells: [
        { history: '100', count: 300 },
        { history: '010', count: 250 },
        { history: '001', count: 200 },
        { history: '110', count: 2 },
        { history: '101', count: 1 },
        { history: '011', count: 2 },
      ],
    };
    const chosen = selectLogLinearModel(sparse, { criterion: 'bic', profileInterval: false }).chosen;
    expect(chosen?.nHat).toBeGreaterThan(10 * 755);
    expect(estimatePopulationSize(sparse)).toMatchObject({
      status: 'not-estimable',
      observed: 755,
      reason: tenTimes,
      method: 'bic',
    });
  });
});
